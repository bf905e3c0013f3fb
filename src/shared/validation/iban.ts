import { BadUserInput } from '../errors.js';

// Lengths of the countries our customers bank in; others get the generic 15–34 bound.
const IBAN_LENGTHS: Record<string, number> = {
  AT: 20, BE: 16, BG: 22, CH: 21, CZ: 24, DE: 22, DK: 18, ES: 24, FR: 27, GB: 22, GR: 27,
  HU: 28, IT: 27, MD: 24, NL: 18, PL: 28, PT: 25, RO: 24, SE: 24, SK: 24,
};

/**
 * The IBAN in upper case without spaces when it passes ISO 13616 (country
 * code, check digits, its country's length, mod-97 remainder 1), otherwise null.
 */
export function normalizeIban(raw: string): string | null {
  const iban = raw.replace(/[\s-]+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return null;

  const expectedLength = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expectedLength !== undefined && iban.length !== expectedLength) return null;

  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder === 1 ? iban : null;
}

/** The normalised IBAN, or BAD_USER_INPUT on `field`. */
export function checkIban(raw: string, field: string): string {
  const iban = normalizeIban(raw);
  if (iban === null) {
    throw new BadUserInput(field, 'The IBAN is not valid: check its letters and digits.');
  }
  return iban;
}
