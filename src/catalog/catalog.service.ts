import type { EntityManager } from '@mikro-orm/postgresql';
import type { BatchLoad } from '../graphql/loaders.js';
import { isRecordId } from '../shared/ids.js';
import { PriceEntry } from './price-entry.entity.js';
import { PriceList } from './price-list.entity.js';
import { Product } from './product.entity.js';

/** A product's price in one price list (net of VAT, in the list's currency). */
export interface ListedPrice {
  product: Product;
  unitPrice: string;
}

/**
 * The prices of the given products in one price list, in one query, keyed by
 * product id. Products not on the list (or not existing) are absent from the
 * map: the caller decides what that means, e.g. "cannot be ordered".
 */
export async function pricesFor(
  em: EntityManager,
  priceListId: string,
  productIds: string[],
): Promise<Map<string, ListedPrice>> {
  const ids = [...new Set(productIds)].filter(isRecordId);
  const prices = new Map<string, ListedPrice>();
  if (ids.length === 0 || !isRecordId(priceListId)) return prices;

  const entries = await em.find(
    PriceEntry,
    { priceList: priceListId, product: { $in: ids } },
    { populate: ['product'] },
  );
  for (const entry of entries) {
    prices.set(entry.product.id, { product: entry.product, unitPrice: entry.unitPrice });
  }
  return prices;
}

/** Products by id for resolvers; null for an id that names no product. */
export const loadProductsById: BatchLoad<string, Product | null> = async (em, ids) => {
  const found = await em.find(Product, { id: { $in: ids.filter(isRecordId) } });
  const byId = new Map(found.map((product) => [product.id, product]));
  return ids.map((id) => byId.get(id) ?? null);
};

/** Price lists by id for resolvers; null for an id that names no price list. */
export const loadPriceListsById: BatchLoad<string, PriceList | null> = async (em, ids) => {
  const found = await em.find(PriceList, { id: { $in: ids.filter(isRecordId) } });
  const byId = new Map(found.map((list) => [list.id, list]));
  return ids.map((id) => byId.get(id) ?? null);
};
