import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Connection, decodeCursor, pageSize, toConnection } from '../graphql/connection.js';
import { BadUserInput } from '../shared/errors.js';
import { isPlainText } from '../shared/validation/text.js';
import { containsPattern, escapeLike } from './search-text.js';
import { PriceEntry } from './price-entry.entity.js';
import { PriceList } from './price-list.entity.js';
import { Product } from './product.entity.js';

/** A page of a catalog list: Relay's `first`/`after` and an optional search text. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
  search?: string | null;
}

const MAX_SEARCH_LENGTH = 100;

/**
 * Products by SKU. Keyset pagination on the unique SKU: a cursor names the
 * last SKU seen, so rows added meanwhile do not shift or repeat a page.
 */
export async function productPage(
  em: EntityManager,
  page: PageRequest,
): Promise<Connection<Product>> {
  const size = pageSize(page.first);
  const after = afterKey(page.after);
  const matching = productsMatching(page.search);

  const rows = await em.find(Product, withAfter(matching, after), {
    orderBy: { sku: 'asc' },
    limit: size + 1,
  });
  const total = await em.count(Product, matching);
  return toConnection(rows, size, total, (product) => [product.sku]);
}

/** Price lists by name (unique), searchable by name. */
export async function priceListPage(
  em: EntityManager,
  page: PageRequest,
): Promise<Connection<PriceList>> {
  const size = pageSize(page.first);
  const after = afterKey(page.after);
  const text = searchInput(page.search);
  // Price lists are few and have no folded column: ILIKE folds case as the database's locale does.
  const matching: FilterQuery<PriceList> = text === null
    ? {}
    : { name: { $ilike: `%${escapeLike(text)}%` } };

  const rows = await em.find(
    PriceList,
    after === null ? matching : { $and: [matching, { name: { $gt: after } }] },
    { orderBy: { name: 'asc' }, limit: size + 1 },
  );
  const total = await em.count(PriceList, matching);
  return toConnection(rows, size, total, (list) => [list.name]);
}

/** The entries of one price list by product SKU, searchable by SKU or product name. */
export async function entryPage(
  em: EntityManager,
  priceListId: string,
  page: PageRequest,
): Promise<Connection<PriceEntry>> {
  const size = pageSize(page.first);
  const after = afterKey(page.after);
  const matching = productsMatching(page.search);

  const rows = await em.find(
    PriceEntry,
    { priceList: priceListId, product: withAfter(matching, after) },
    // The list itself comes along so each entry knows its currency without another query.
    { populate: ['product', 'priceList'], orderBy: { product: { sku: 'asc' } }, limit: size + 1 },
  );
  const total = await em.count(PriceEntry, { priceList: priceListId, product: matching });
  return toConnection(rows, size, total, (entry) => [entry.product.sku]);
}

/** Products whose SKU or name contains the search text, ignoring case and diacritics. */
function productsMatching(search: string | null | undefined): FilterQuery<Product> {
  const text = searchInput(search);
  return text === null ? {} : { searchText: { $like: containsPattern(text) } };
}

function withAfter(matching: FilterQuery<Product>, after: string | null): FilterQuery<Product> {
  return after === null ? matching : { $and: [matching, { sku: { $gt: after } }] };
}

/** The trimmed search text, or null when there is none. */
function searchInput(search: string | null | undefined): string | null {
  const text = search?.trim() ?? '';
  if (text.length > MAX_SEARCH_LENGTH) {
    throw new BadUserInput('search', `Search for at most ${MAX_SEARCH_LENGTH} characters.`);
  }
  return text.length === 0 ? null : text;
}

/** The sort key a cursor carries; every catalog list sorts on one unique text column. */
function afterKey(after: string | null | undefined): string | null {
  if (after === null || after === undefined) return null;
  const values = decodeCursor(after);
  // A NUL in a made-up cursor would fail in PostgreSQL (22021), not here.
  if (values.length !== 1 || typeof values[0] !== 'string' || !isPlainText(values[0])) {
    throw new BadUserInput('after', 'The cursor is not one this list gave out.');
  }
  return values[0];
}
