import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BatchLoad } from '../graphql/loaders.js';
import type { Connection } from '../graphql/connection.js';
import type { Logger } from '../logging/logger.js';
import { BadUserInput, Conflict, NotFound } from '../shared/errors.js';
import { isRecordId } from '../shared/ids.js';
import {
  checkCurrency, checkPrice, checkSku, checkVatRate, escapeLike, requiredText,
} from './catalog-checks.js';
import { entryPage, type PageRequest, priceListPage, productPage } from './catalog-pages.js';
import { PriceEntry } from './price-entry.entity.js';
import { PriceList } from './price-list.entity.js';
import { Product } from './product.entity.js';

/** Most entries one `setPrices` call takes; bigger lists are sent in several calls. */
export const MAX_PRICE_ENTRIES = 5000;

/** What staff give for a new product; `currency` defaults to RON. */
export interface ProductData {
  sku: string;
  name: string;
  unit: string;
  listPrice: string;
  currency?: string | null;
  vatRate: string;
}

/** A product's fields to change; absent (or null) ones stay as they are. */
export type ProductChanges = { [K in keyof ProductData]?: string | null };

export interface PriceListData {
  name: string;
  currency: string;
}

export interface PriceData {
  productId: string;
  unitPrice: string;
}

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

/** Products and price lists: staff maintain them; quotes and orders read prices from them. */
export class CatalogService {
  constructor(private readonly log: Logger) {}

  async product(em: EntityManager, id: string): Promise<Product> {
    const product = isRecordId(id) ? await em.findOne(Product, { id }) : null;
    if (product === null) throw new NotFound('The product');
    return product;
  }

  async priceList(em: EntityManager, id: string): Promise<PriceList> {
    const list = isRecordId(id) ? await em.findOne(PriceList, { id }) : null;
    if (list === null) throw new NotFound('The price list');
    return list;
  }

  products(em: EntityManager, page: PageRequest): Promise<Connection<Product>> {
    return productPage(em, page);
  }

  priceLists(em: EntityManager, page: PageRequest): Promise<Connection<PriceList>> {
    return priceListPage(em, page);
  }

  /** The entries of a price list, by product SKU; the caller checks who may read the list. */
  entries(em: EntityManager, list: PriceList, page: PageRequest): Promise<Connection<PriceEntry>> {
    return entryPage(em, list.id, page);
  }

  async createProduct(em: EntityManager, data: ProductData): Promise<Product> {
    const fields = {
      sku: checkSku(data.sku, 'input.sku'),
      name: requiredText(data.name, 'input.name', 300),
      unit: requiredText(data.unit, 'input.unit', 20),
      listPrice: checkPrice(data.listPrice, 'input.listPrice'),
      currency: checkCurrency(data.currency ?? 'RON', 'input.currency'),
      vatRate: checkVatRate(data.vatRate, 'input.vatRate'),
    };

    const product = await skuMustBeFree(fields.sku, () =>
      em.transactional(async (tx) => {
        await this.refuseTakenSku(tx, fields.sku, null);
        return tx.create(Product, fields);
      }),
    );

    this.log.info({ productId: product.id, sku: product.sku }, 'product created');
    return product;
  }

  async updateProduct(em: EntityManager, id: string, changes: ProductChanges): Promise<Product> {
    const fields: Partial<Pick<Product, keyof ProductData>> = {};
    if (changes.sku != null) fields.sku = checkSku(changes.sku, 'input.sku');
    if (changes.name != null) fields.name = requiredText(changes.name, 'input.name', 300);
    if (changes.unit != null) fields.unit = requiredText(changes.unit, 'input.unit', 20);
    if (changes.listPrice != null) {
      fields.listPrice = checkPrice(changes.listPrice, 'input.listPrice');
    }
    if (changes.currency != null) {
      fields.currency = checkCurrency(changes.currency, 'input.currency');
    }
    if (changes.vatRate != null) fields.vatRate = checkVatRate(changes.vatRate, 'input.vatRate');

    const product = await skuMustBeFree(fields.sku ?? '', () =>
      em.transactional(async (tx) => {
        const found = isRecordId(id)
          ? await tx.findOne(Product, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
          : null;
        if (found === null) throw new NotFound('The product');
        if (fields.sku !== undefined) await this.refuseTakenSku(tx, fields.sku, found.id);
        return tx.assign(found, fields);
      }),
    );

    this.log.info({ productId: product.id, changed: Object.keys(fields) }, 'product updated');
    return product;
  }

  async createPriceList(em: EntityManager, data: PriceListData): Promise<PriceList> {
    const name = requiredText(data.name, 'input.name', 100);
    const currency = checkCurrency(data.currency, 'input.currency');

    const list = await em.transactional(async (tx) => {
      // Names differing only in case would be told apart by nobody; the index enforces it too.
      const taken = await tx.count(PriceList, { name: { $ilike: escapeLike(name) } });
      if (taken > 0) throw new Conflict(`A price list named "${name}" exists already.`);
      return tx.create(PriceList, { name, currency });
    }).catch((error: unknown) => {
      if (error instanceof UniqueConstraintViolationException) {
        throw new Conflict(`A price list named "${name}" exists already.`);
      }
      throw error;
    });

    this.log.info({ priceListId: list.id, currency }, 'price list created');
    return list;
  }

  /**
   * Sets the prices of the given products in a price list, adding or
   * replacing entries; the others stay. All entries are written in one
   * statement, or none when any entry is refused.
   */
  async setPrices(
    em: EntityManager,
    priceListId: string,
    entries: PriceData[],
  ): Promise<PriceList> {
    if (entries.length > MAX_PRICE_ENTRIES) {
      throw new BadUserInput('entries', `Send at most ${MAX_PRICE_ENTRIES} entries per call.`);
    }
    const prices = entries.map((entry, i) => ({
      productId: entry.productId,
      unitPrice: checkPrice(entry.unitPrice, `entries.${i}.unitPrice`),
    }));
    refuseRepeatedProducts(prices.map((p) => p.productId), 'entries');

    const list = await em.transactional(async (tx) => {
      // Serializes writers of one list, so two concurrent calls do not interleave their rows.
      const locked = await this.lockPriceList(tx, priceListId);
      await refuseUnknownProducts(tx, prices.map((p) => p.productId), 'entries');
      if (prices.length === 0) return locked;

      const now = new Date();
      await tx.createQueryBuilder(PriceEntry)
        .insert(prices.map((p) => ({
          id: randomUUID(), createdAt: now, updatedAt: now,
          priceList: locked.id, product: p.productId, unitPrice: p.unitPrice,
        })))
        .onConflict(['priceList', 'product'])
        .merge(['unitPrice', 'updatedAt'])
        .execute();
      locked.updatedAt = now;
      return locked;
    });

    this.log.info({ priceListId: list.id, entries: prices.length }, 'prices set');
    return list;
  }

  /** Takes products off a price list; customers of that list can no longer order them. */
  async removePrices(
    em: EntityManager,
    priceListId: string,
    productIds: string[],
  ): Promise<PriceList> {
    refuseRepeatedProducts(productIds, 'productIds', '');
    const ids = productIds.filter(isRecordId);

    const { list, removed } = await em.transactional(async (tx) => {
      const locked = await this.lockPriceList(tx, priceListId);
      const count = ids.length === 0
        ? 0
        : await tx.nativeDelete(PriceEntry, { priceList: locked.id, product: { $in: ids } });
      if (count > 0) locked.updatedAt = new Date();
      return { list: locked, removed: count };
    });

    this.log.info({ priceListId: list.id, removed }, 'prices removed');
    return list;
  }

  private async lockPriceList(tx: EntityManager, id: string): Promise<PriceList> {
    const list = isRecordId(id)
      ? await tx.findOne(PriceList, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (list === null) throw new NotFound('The price list');
    return list;
  }

  private async refuseTakenSku(tx: EntityManager, sku: string, exceptId: string | null) {
    const other = await tx.findOne(Product, { sku }, { fields: ['id'] });
    if (other !== null && other.id !== exceptId) throw takenSku(sku);
  }
}

function takenSku(sku: string): Conflict {
  return new Conflict(`A product with SKU ${sku} exists already; choose another SKU.`);
}

/** Runs a write; a unique violation (a concurrent product took the SKU) becomes CONFLICT. */
async function skuMustBeFree<T>(sku: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw takenSku(sku);
    throw error;
  }
}

/** Refuses a product named twice, naming the second occurrence, e.g. `entries.3.productId`. */
function refuseRepeatedProducts(ids: string[], list: string, suffix = '.productId'): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      const field = `${list}.${i}${suffix}`;
      throw new BadUserInput(field, 'This product is listed twice; give it once.');
    }
    seen.add(id);
  });
}

/** Refuses the first entry whose product does not exist, by its input path. */
async function refuseUnknownProducts(tx: EntityManager, ids: string[], list: string) {
  const valid = ids.filter(isRecordId);
  const rows: { id: string }[] = valid.length === 0
    ? []
    : await tx.createQueryBuilder(Product)
      .select('id')
      .where({ id: { $in: valid } })
      .execute('all');
  const known = new Set(rows.map((row) => row.id));

  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0) {
    throw new BadUserInput(
      `${list}.${missing}.productId`,
      'No product has this id; create the product first or leave the entry out.',
    );
  }
}
