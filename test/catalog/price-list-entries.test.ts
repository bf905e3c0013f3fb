import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pricesFor } from '../../src/catalog/catalog.service.js';
import {
  createPriceList, createProduct, entryPage, setPrices, uniqueTag,
  type PriceListFields, type ProductFields,
} from '../support/catalog.js';
import { createStaff } from '../support/fixtures.js';
import { graphql } from '../generated/index.js';
import type { EntryCountQueryVariables, ProductPageQuery } from '../generated/graphql.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PRODUCTS = graphql(`query ProductPage($first: Int, $after: String, $search: String) {
  products(first: $first, after: $after, search: $search) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id sku name } }
  }
}`);
const PRICE_LISTS = graphql(`query PriceListPage($first: Int, $after: String, $search: String) {
  priceLists(first: $first, after: $after, search: $search) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name } }
  }
}`);
const ENTRY_COUNT = graphql(`query EntryCount(
  $id: ID!, $first: Int, $after: String, $search: String
) {
  priceList(id: $id) { entries(first: $first, after: $after, search: $search) { totalCount } }
}`);
const REMOVE_PRICE = graphql(`mutation RemovePrice($l: ID!, $p: [ID!]!) {
  removePrices(priceListId: $l, productIds: $p) { id }
}`);

let api: TestApp;
let staff: GraphQLClient;
let list: PriceListFields;
let products: ProductFields[];
const tag = uniqueTag();

beforeAll(async () => {
  api = await startTestApp();
  staff = (await createStaff(api)).client;
  list = await createPriceList(staff, { name: `Entries ${tag}` });

  products = [];
  for (let i = 1; i <= 25; i += 1) {
    const number = String(i).padStart(3, '0');
    const name = i % 5 === 0 ? `Șurub inox ${number}` : `Diblu plastic ${number}`;
    products.push(await createProduct(staff, { sku: `E${tag}-${number}`, name }));
  }
  await setPrices(
    staff,
    list.id,
    products.map((p, i) => ({ productId: p.id, unitPrice: `${i + 1}.50` })),
  );
});

afterAll(async () => {
  await api?.stop();
});

async function allPages(first: number, search?: string): Promise<string[]> {
  const skus: string[] = [];
  let after: string | null | undefined = null;
  for (;;) {
    const page = await entryPage(staff, list.id, { first, after, search });
    skus.push(...page.edges.map((e) => e.node.product.sku));
    if (!page.pageInfo.hasNextPage) return skus;
    after = page.pageInfo.endCursor;
  }
}

describe('PriceList.entries', () => {
  it('walks every entry once, in SKU order, page by page', async () => {
    const skus = await allPages(10);
    expect(skus).toEqual(products.map((p) => p.sku));

    const first = await entryPage(staff, list.id, { first: 10 });
    expect(first.totalCount).toBe(25);
    expect(first.edges).toHaveLength(10);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges[0]!.node.unitPrice).toEqual({ amount: '1.50', currency: 'RON' });
  });

  it('keeps its place when entries are added before the cursor meanwhile', async () => {
    const first = await entryPage(staff, list.id, { first: 10 });
    const early = await createProduct(staff, { sku: `D${tag}-000` });
    await setPrices(staff, list.id, [{ productId: early.id, unitPrice: '9.99' }]);

    const second = await entryPage(staff, list.id, { first: 10, after: first.pageInfo.endCursor });

    expect(second.edges.map((e) => e.node.product.sku)).toEqual(
      products.slice(10, 20).map((p) => p.sku),
    );
    expect(second.totalCount).toBe(26);
    await staff.ok(REMOVE_PRICE, { l: list.id, p: [early.id] });
  });

  it('searches SKU and name, ignoring case and diacritics, with the count to match', async () => {
    const byName = await entryPage(staff, list.id, { search: 'SURUB', first: 2 });
    expect(byName.totalCount).toBe(5);
    expect(byName.edges.map((e) => e.node.product.name)).toEqual([
      'Șurub inox 005', 'Șurub inox 010',
    ]);

    expect(await allPages(2, 'șurub')).toEqual(
      products.filter((_, i) => (i + 1) % 5 === 0).map((p) => p.sku),
    );
    expect(await allPages(100, `e${tag.toLowerCase()}-01`)).toEqual(
      products.slice(9, 19).map((p) => p.sku),
    );
    expect(await allPages(100, '  ')).toHaveLength(25);
  });

  it('treats % and _ in a search as plain characters', async () => {
    expect((await entryPage(staff, list.id, { search: '%' })).totalCount).toBe(0);
    expect((await entryPage(staff, list.id, { search: 'Diblu_plastic' })).totalCount).toBe(0);
  });

  const badPages: [string, Omit<EntryCountQueryVariables, 'id'>, string][] = [
    ['first above 100', { first: 101 }, 'first'],
    ['first of zero', { first: 0 }, 'first'],
    ['a cursor it never gave out', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
    ['a cursor of another shape', { after: Buffer.from('[1,2]').toString('base64url') }, 'after'],
    ['an over-long search', { search: 'x'.repeat(101) }, 'search'],
  ];

  it.each(badPages)('refuses %s', async (_, args, field) => {
    const error = await staff.fails(ENTRY_COUNT, { id: list.id, ...args });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('products and priceLists for staff', () => {
  it('page through products by SKU and search them', async () => {
    const page = await staff.ok(PRODUCTS, { first: 5, search: `e${tag}` });
    expect(page.products.totalCount).toBe(25);
    const skus = (data: ProductPageQuery) => data.products.edges.map((e) => e.node.sku);
    expect(skus(page)).toEqual(products.slice(0, 5).map((p) => p.sku));

    const next = await staff.ok(PRODUCTS, {
      first: 5, search: `e${tag}`, after: page.products.pageInfo.endCursor,
    });
    expect(skus(next)).toEqual(products.slice(5, 10).map((p) => p.sku));
  });

  it('refuse more than 100 products at once', async () => {
    const error = await staff.fails(PRODUCTS, { first: 500 });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('find price lists by part of their name', async () => {
    const other = await createPriceList(staff, { name: `Angro ${tag}` });
    const data = await staff.ok(PRICE_LISTS, { search: `angro ${tag.toLowerCase()}` });
    expect(data.priceLists.edges.map((e) => e.node.id)).toEqual([other.id]);
  });
});

describe('pricesFor', () => {
  it('answers the prices of listed products only, keyed by product id', async () => {
    const otherList = await createPriceList(staff);
    const unlisted = await createProduct(staff);
    await setPrices(staff, otherList.id, [{ productId: unlisted.id, unitPrice: '3.00' }]);
    const em = api.app.database.orm.em.fork();

    const ids = [products[0]!.id, products[4]!.id, unlisted.id, 'not-an-id', products[0]!.id];
    const prices = await pricesFor(em, list.id, ids);

    expect([...prices.keys()].sort()).toEqual([products[0]!.id, products[4]!.id].sort());
    expect(prices.get(products[4]!.id)!.unitPrice).toBe('5.50');
    expect(prices.get(products[4]!.id)!.product.sku).toBe(products[4]!.sku);
    expect((await pricesFor(em, list.id, [])).size).toBe(0);
    expect((await pricesFor(em, 'nope', ids)).size).toBe(0);
  });
});
