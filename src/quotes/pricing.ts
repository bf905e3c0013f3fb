import { Dec, toAmount } from '../shared/decimal.js';

/** What a line costs, net and VAT, each rounded to 2 decimals. */
export interface LineAmounts {
  lineTotal: string;
  taxAmount: string;
}

/** A document's totals: net, VAT and gross. */
export interface DocumentTotals {
  subtotal: string;
  taxTotal: string;
  total: string;
}

/**
 * Prices one line: `quantity × unitPrice × (1 − discountPercent/100)`,
 * computed exactly and rounded half-up to 2 decimals once, at the end; its
 * VAT is that rounded net amount times the product's rate, rounded the same
 * way. Rounding per line (not on the sum) is what the printed document shows:
 * every line adds up to the totals below.
 */
export function priceLine(
  quantity: string,
  unitPrice: string,
  discountPercent: string,
  vatRate: string,
): LineAmounts {
  const factor = new Dec(1).minus(new Dec(discountPercent).div(100));
  const lineTotal = toAmount(new Dec(quantity).times(unitPrice).times(factor));
  const taxAmount = toAmount(new Dec(lineTotal).times(vatRate).div(100));
  return { lineTotal, taxAmount };
}

/** Sums the lines: subtotal of the net amounts, taxTotal of their VAT, total of both. */
export function sumLines(lines: readonly LineAmounts[]): DocumentTotals {
  const subtotal = lines.reduce((sum, line) => sum.plus(line.lineTotal), new Dec(0));
  const taxTotal = lines.reduce((sum, line) => sum.plus(line.taxAmount), new Dec(0));
  return {
    subtotal: toAmount(subtotal),
    taxTotal: toAmount(taxTotal),
    total: toAmount(subtotal.plus(taxTotal)),
  };
}
