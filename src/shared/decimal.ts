import { Decimal } from 'decimal.js';

/**
 * Exact decimal arithmetic for money and quantities. Precision 40 holds any
 * product of our columns without loss; rounding is half-up (0.005 → 0.01),
 * as Romanian invoices round, and happens only where `toAmount` says so.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** Anything `Dec` accepts: a decimal string, a number we wrote ourselves, or a Decimal. */
export type DecValue = Decimal.Value;

/** Rounds half-up to 2 decimals and writes it as a money amount, e.g. `"1234.50"`. */
export function toAmount(value: DecValue): string {
  return new Dec(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** Writes a decimal without trailing zeros or exponent, e.g. `"2.5"` for `2.500`. */
export function toPlain(value: DecValue): string {
  return new Dec(value).toFixed();
}

/** A value made by `Dec`. */
export type Dec = Decimal;
