import type { EntityManager } from '@mikro-orm/postgresql';
import { loadProductsById, pricesFor } from '../catalog/catalog.service.js';
import type { Product } from '../catalog/product.entity.js';
import { Dec } from '../shared/decimal.js';
import { BadUserInput } from '../shared/errors.js';
import { isRecordId } from '../shared/ids.js';
import { type DocumentTotals, priceLine, sumLines } from './pricing.js';

/** A line as a caller asks for it; the price comes from the list unless staff set one. */
export interface LineRequest {
  productId: string;
  quantity: string;
  unitPrice?: string | null;
  discountPercent?: string | null;
}

/** A priced line, ready to be stored on a quote. */
export interface PricedLineData {
  position: number;
  product: Product;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  vatRate: string;
  lineTotal: string;
  taxAmount: string;
  currency: string;
}

export const MAX_LINES = 200;

// numeric(14,2) and numeric(14,3): what the columns hold.
const MAX_AMOUNT = new Dec('1e12');
const MAX_QUANTITY = new Dec('1e11');

/**
 * Checks the lines' numbers before anything is read or written: a quantity
 * above zero with at most 3 decimals, a price of at least zero with at most
 * 2, a discount from 0 to 100 with at most 2. Errors name the input path.
 */
export function checkLineRequests(lines: readonly LineRequest[], field: string): void {
  if (lines.length === 0) throw new BadUserInput(field, 'Add at least one line.');
  if (lines.length > MAX_LINES) {
    throw new BadUserInput(field, `A quote has at most ${MAX_LINES} lines; split it in two.`);
  }

  lines.forEach((line, index) => {
    const at = `${field}.${index}`;
    if (!isRecordId(line.productId)) {
      throw new BadUserInput(`${at}.productId`, 'No product has this id.');
    }
    checkNumber(line.quantity, `${at}.quantity`, 'The quantity', {
      min: 'above zero', decimals: 3, max: MAX_QUANTITY,
    });
    if (line.unitPrice !== null && line.unitPrice !== undefined) {
      checkNumber(line.unitPrice, `${at}.unitPrice`, 'The unit price', {
        min: 'zero or more', decimals: 2, max: MAX_AMOUNT,
      });
    }
    if (line.discountPercent !== null && line.discountPercent !== undefined) {
      checkNumber(line.discountPercent, `${at}.discountPercent`, 'The discount', {
        min: 'zero or more', decimals: 2, max: new Dec(100), maxInclusive: true,
      });
    }
  });
}

/**
 * Prices checked lines against a price list. Customers (`offListAllowed`
 * false) may order only what their list sells; staff may quote a product off
 * the list when they give its unit price.
 */
export async function priceLineRequests(
  em: EntityManager,
  lines: readonly LineRequest[],
  priceList: { id: string; currency: string },
  options: { offListAllowed: boolean; field: string },
): Promise<{ lines: PricedLineData[]; totals: DocumentTotals }> {
  const ids = lines.map((l) => l.productId);
  const listed = await pricesFor(em, priceList.id, ids);
  const offList = [...new Set(ids.filter((id) => !listed.has(id)))];
  const others = new Map<string, Product>();
  if (options.offListAllowed && offList.length > 0) {
    const found = await loadProductsById(em, offList);
    for (const product of found) if (product !== null) others.set(product.id, product);
  }

  const priced = lines.map((request, index): PricedLineData => {
    const at = `${options.field}.${index}`;
    const entry = listed.get(request.productId);
    const product = entry?.product ?? others.get(request.productId);
    if (product === undefined) {
      throw new BadUserInput(`${at}.productId`, options.offListAllowed
        ? 'No product has this id.'
        : 'This product is not in your price list; choose one from it.');
    }
    const unitPrice = request.unitPrice ?? entry?.unitPrice;
    if (unitPrice === undefined) {
      throw new BadUserInput(`${at}.unitPrice`,
        "This product is not in the account's price list; give its unit price.");
    }

    const quantity = new Dec(request.quantity).toFixed();
    const discountPercent = new Dec(request.discountPercent ?? '0').toFixed();
    const amounts = priceLine(quantity, unitPrice, discountPercent, product.vatRate);
    return {
      position: index + 1,
      product,
      quantity,
      unitPrice: new Dec(unitPrice).toFixed(2),
      discountPercent,
      vatRate: product.vatRate,
      currency: priceList.currency,
      ...amounts,
    };
  });

  const totals = sumLines(priced);
  if (new Dec(totals.total).gte(MAX_AMOUNT)) {
    throw new BadUserInput(options.field, 'The total is too large for one quote; split it.');
  }
  return { lines: priced, totals };
}

function checkNumber(
  value: string,
  field: string,
  what: string,
  rule: { min: 'above zero' | 'zero or more'; decimals: number; max: Dec; maxInclusive?: boolean },
): void {
  const number = new Dec(value);
  const tooSmall = rule.min === 'above zero' ? number.lte(0) : number.lt(0);
  if (tooSmall) throw new BadUserInput(field, `${what} must be ${rule.min}.`);
  if (number.decimalPlaces() > rule.decimals) {
    throw new BadUserInput(field, `${what} has at most ${rule.decimals} decimals.`);
  }
  const inclusive = rule.maxInclusive === true;
  if (inclusive ? number.gt(rule.max) : number.gte(rule.max)) {
    const bound = `${inclusive ? 'at most' : 'below'} ${rule.max.toFixed()}`;
    throw new BadUserInput(field, `${what} must be ${bound}.`);
  }
}
