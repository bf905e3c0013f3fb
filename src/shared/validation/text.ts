import { BadUserInput } from '../errors.js';

/** The text trimmed, or BAD_USER_INPUT on `field` when empty or longer than `max`. */
export function checkText(raw: string, field: string, max: number): string {
  const text = raw.trim();
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
