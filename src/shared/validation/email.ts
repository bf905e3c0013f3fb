import { BadUserInput } from '../errors.js';

// Practical, not RFC 5322: one @, no spaces, a dotted domain of letters, digits and dashes.
const EMAIL = /^[^\s@"<>()[\]\\,;:]+@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;
const MAX_EMAIL_LENGTH = 254;

/** The address trimmed and in lower case when it looks deliverable, otherwise null. */
export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email)) return null;
  return email;
}

/** The normalised email, or BAD_USER_INPUT on `field`. */
export function checkEmail(raw: string, field: string): string {
  const email = normalizeEmail(raw);
  if (email === null) {
    throw new BadUserInput(field, 'The email address is not valid, e.g. name@company.ro.');
  }
  return email;
}
