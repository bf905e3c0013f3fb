import type { EntityManager } from '@mikro-orm/postgresql';
import { PriceEntry } from '../catalog/price-entry.entity.js';
import { Product } from '../catalog/product.entity.js';

/** A product as a price list sells it. */
export interface ListedPrice {
  product: Product;
  unitPrice: string;
}

/**
 * The prices of the given products in one price list, by product id; a
 * product missing from the map is not on the list.
 */
export async function listedPrices(
  em: EntityManager,
  priceListId: string,
  productIds: readonly string[],
): Promise<Map<string, ListedPrice>> {
  const entries = await em.find(
    PriceEntry,
    { priceList: priceListId, product: { $in: [...new Set(productIds)] } },
    { populate: ['product'] },
  );
  return new Map(entries.map((e) => [e.product.id, { product: e.product, unitPrice: e.unitPrice }]));
}

/** The products with these ids, by id; unknown ids are missing from the map. */
export async function productsById(
  em: EntityManager,
  productIds: readonly string[],
): Promise<Map<string, Product>> {
  const products = await em.find(Product, { id: { $in: [...new Set(productIds)] } });
  return new Map(products.map((p) => [p.id, p]));
}
