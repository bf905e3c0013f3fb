import { BadUserInput } from '../errors.js';

// C0 controls and DEL, except tab, line feed and carriage return. PostgreSQL refuses NUL in
// text outright (22021); the others have no place in a name, a note or a message.
const CONTROL_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** Whether the text holds no control character other than tab, line feed or carriage return. */
export function isPlainText(raw: string): boolean {
  return !CONTROL_CHARACTER.test(raw);
}

/**
 * The text unchanged, or BAD_USER_INPUT on `field` when it holds a control
 * character other than tab, line feed or carriage return. Every text input
 * passes here: the GraphQL edge checks each string an operation brings
 * (src/graphql/plain-text-inputs.ts), and the text checks below check again.
 */
export function checkPlainText(raw: string, field: string): string {
  if (!isPlainText(raw)) {
    throw new BadUserInput(
      field, 'This field may not contain control characters, other than tabs and line breaks.',
    );
  }
  return raw;
}

/**
 * The text trimmed, or BAD_USER_INPUT on `field` when empty, longer than
 * `max` or holding a control character.
 */
export function checkText(raw: string, field: string, max: number): string {
  const text = checkPlainText(raw, field).trim();
  if (text.length === 0) throw new BadUserInput(field, 'This field cannot be empty.');
  if (text.length > max) {
    throw new BadUserInput(field, `This field may have at most ${max} characters.`);
  }
  return text;
}

/** Like checkText, but null and blank become null. */
export function checkOptionalText(
  raw: string | null | undefined,
  field: string,
  max: number,
): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  return checkText(raw, field, max);
}

/** `ro` or `en`; absent means `ro`. */
export function checkLocale(raw: string | null | undefined, field: string): string {
  if (raw === null || raw === undefined) return 'ro';
  const locale = raw.trim().toLowerCase();
  if (locale !== 'ro' && locale !== 'en') {
    throw new BadUserInput(field, 'The locale must be ro or en.');
  }
  return locale;
}
