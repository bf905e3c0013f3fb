import { BadUserInput } from '../errors.js';

/**
 * A Romanian phone number in E.164 (`+40` and 9 digits) when the input is
 * one, otherwise null. Accepts `07xx…`, `+407xx…`, `00407xx…` with spaces,
 * dots, dashes or brackets; only mobile (7) and fixed (2, 3) numbers, since
 * 8xx and 9xx numbers are toll-free or premium lines, not a person's phone.
 */
export function normalizeRomanianPhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()/]+/g, '');
  const match = /^(?:\+40|0040|0)([237]\d{8})$/.exec(compact);
  return match === null ? null : `+40${match[1]}`;
}

/** The phone in E.164, or BAD_USER_INPUT on `field`. */
export function checkPhone(raw: string, field: string): string {
  const phone = normalizeRomanianPhone(raw);
  if (phone === null) {
    throw new BadUserInput(
      field,
      'The phone must be a Romanian number, such as 0722 123 456 or +40 21 123 4567.',
    );
  }
  return phone;
}
