import { Decimal } from 'decimal.js';
import { BadUserInput } from '../shared/errors.js';

// numeric(14,2): twelve digits before the point, two after.
const MAX_AMOUNT = new Decimal('999999999999.99');
// ICU's list of ISO 4217 codes, so that a typo such as `LEI` is refused, not stored.
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Trims a required text input; refuses empty and over-long values. */
export function requiredText(value: string, field: string, maxLength: number): string {
  const text = value.trim();
  if (text.length === 0) throw new BadUserInput(field, `${field} must not be empty.`);
  if (text.length > maxLength) {
    throw new BadUserInput(field, `${field} may have at most ${maxLength} characters.`);
  }
  return text;
}

/** SKUs are kept in upper case without inner spaces, so search and sorting agree. */
export function checkSku(value: string, field: string): string {
  const sku = requiredText(value, field, 64).toUpperCase();
  if (/\s/.test(sku)) throw new BadUserInput(field, 'A SKU may not contain spaces.');
  return sku;
}

/** A known ISO 4217 code, answered in upper case. */
export function checkCurrency(value: string, field: string): string {
  const currency = value.trim().toUpperCase();
  if (!CURRENCIES.has(currency)) {
    throw new BadUserInput(field, 'The currency must be a three-letter ISO 4217 code, e.g. RON.');
  }
  return currency;
}

/** A price above zero with at most two decimals; answered as a fixed two-decimal string. */
export function checkPrice(value: string, field: string): string {
  const price = new Decimal(value);
  if (price.lte(0)) throw new BadUserInput(field, 'The price must be greater than zero.');
  if (price.decimalPlaces() > 2) {
    throw new BadUserInput(field, 'The price may have at most two decimals.');
  }
  if (price.gt(MAX_AMOUNT)) {
    throw new BadUserInput(field, `The price may be at most ${MAX_AMOUNT.toFixed(2)}.`);
  }
  return price.toFixed(2);
}

/** A VAT rate in percent, from 0 to 100 with at most two decimals. */
export function checkVatRate(value: string, field: string): string {
  const rate = new Decimal(value);
  if (rate.lt(0) || rate.gt(100)) {
    throw new BadUserInput(field, 'The VAT rate is a percentage from 0 to 100, e.g. "21".');
  }
  if (rate.decimalPlaces() > 2) {
    throw new BadUserInput(field, 'The VAT rate may have at most two decimals.');
  }
  return rate.toFixed(2);
}

/** Escapes LIKE wildcards so that `50%` or `A_B` match those very characters. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** An ILIKE pattern matching values that contain `search`. */
export function containsPattern(search: string): string {
  return `%${escapeLike(search)}%`;
}
