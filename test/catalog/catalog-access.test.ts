import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREATE_PRICE_LIST, CREATE_PRODUCT, MY_PRICE_LIST, PRICE_LIST_ENTRIES, REMOVE_PRICES,
  SET_PRICES, UPDATE_PRODUCT, createPriceList, createProduct, entryPage, setPrices,
  type PriceListFields, type ProductFields,
} from '../support/catalog.js';
import { createCustomer, createStaff, type CustomerFixture } from '../support/fixtures.js';
import { graphql } from '../generated/index.js';
import { type GraphQLClient, sending, type Sending } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PRODUCTS = graphql(`query CatalogSnapshotProducts {
  products(first: 100) {
    totalCount
    edges { node { id sku name unit vatRate listPrice { amount currency } } }
  }
}`);
const PRICE_LISTS = graphql(`query CatalogSnapshotPriceLists {
  priceLists(first: 100) { totalCount edges { node { id name currency } } }
}`);
const PRODUCT_COUNT = graphql(`query StaffOnlyProductCount { products { totalCount } }`);
const PRODUCT = graphql(`query StaffOnlyProduct($id: ID!) { product(id: $id) { id } }`);
const PRICE_LIST_COUNT = graphql(`query StaffOnlyPriceListCount { priceLists { totalCount } }`);

let api: TestApp;
let staff: GraphQLClient;
let listA: PriceListFields;
let listB: PriceListFields;
let products: ProductFields[];
let customerA: CustomerFixture;

beforeAll(async () => {
  api = await startTestApp();
  staff = (await createStaff(api)).client;
  listA = await createPriceList(staff, { name: 'Retail A', currency: 'RON' });
  listB = await createPriceList(staff, { name: 'Secret B', currency: 'EUR' });
  products = [
    await createProduct(staff, { sku: 'CAB-001', name: 'Cablu NYY 3x2,5', unit: 'm' }),
    await createProduct(staff, { sku: 'SUR-001', name: 'Șurub M8', unit: 'buc' }),
    await createProduct(staff, { sku: 'CAR-001', name: 'Carte tehnică', vatRate: '11' }),
  ];
  await setPrices(staff, listA.id, [
    { productId: products[0]!.id, unitPrice: '4.10' },
    { productId: products[1]!.id, unitPrice: '0.45' },
  ]);
  await setPrices(staff, listB.id, products.map((p) => ({ productId: p.id, unitPrice: '1.00' })));
  customerA = await createCustomer(api, { priceListId: listA.id });
});

afterAll(async () => {
  await api?.stop();
});

/** Everything the catalog holds, as staff see it. */
async function snapshot(): Promise<unknown[]> {
  return [
    await staff.ok(PRODUCTS),
    await staff.ok(PRICE_LISTS),
    await entryPage(staff, listA.id, { first: 100 }),
    await entryPage(staff, listB.id, { first: 100 }),
  ];
}

describe('staff-only catalog operations', () => {
  const operations: [string, () => Sending][] = [
    ['createProduct', () => sending(CREATE_PRODUCT, {
      input: { sku: 'NEW-1', name: 'New', unit: 'buc', listPrice: '1', vatRate: '21' },
    })],
    ['updateProduct', () => sending(UPDATE_PRODUCT, {
      id: products[0]!.id, input: { listPrice: '0.01', name: 'Hacked' },
    })],
    ['createPriceList', () => sending(CREATE_PRICE_LIST, {
      input: { name: 'Mine', currency: 'RON' },
    })],
    ['setPrices', () => sending(SET_PRICES, {
      priceListId: listA.id, entries: [{ productId: products[0]!.id, unitPrice: '0.01' }],
    })],
    ['removePrices', () => sending(REMOVE_PRICES, {
      priceListId: listA.id, productIds: [products[0]!.id],
    })],
    ['products', () => sending(PRODUCT_COUNT, {})],
    ['product', () => sending(PRODUCT, { id: products[0]!.id })],
    ['priceLists', () => sending(PRICE_LIST_COUNT, {})],
    ['priceList (another account\'s)', () => sending(PRICE_LIST_ENTRIES, { id: listB.id })],
    ['priceList (the customer\'s own)', () => sending(PRICE_LIST_ENTRIES, { id: listA.id })],
  ];

  const callers: [string, string, () => GraphQLClient][] = [
    ['an anonymous caller', 'UNAUTHENTICATED', () => api.client],
    ['a customer', 'FORBIDDEN', () => customerA.client],
  ];

  for (const [who, code, client] of callers) {
    it.each(operations)(`refuse ${who} %s, and change nothing`, async (_, operation) => {
      const before = await snapshot();

      const { document, variables } = operation();
      const result = await client().request(document, variables);

      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.data ?? null).toBeNull();
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe('a customer', () => {
  it('reads the prices of their own account\'s price list only', async () => {
    const data = await customerA.client.ok(MY_PRICE_LIST, { first: 10 });

    const list = data.me.account!.priceList!;
    expect(list.id).toBe(listA.id);
    expect(list.currency).toBe('RON');
    expect(list.entries.totalCount).toBe(2);
    expect(list.entries.edges.map((e) => [e.node.product.sku, e.node.unitPrice.amount])).toEqual([
      ['CAB-001', '4.10'],
      ['SUR-001', '0.45'],
    ]);
    expect(list.entries.edges[0]!.node.product.vatRate).toBe('21.00');
  });

  it('searches their price list by name, ignoring case and diacritics', async () => {
    for (const search of ['șURUB', 'surub m8', 'ȘUR']) {
      const data = await customerA.client.ok(MY_PRICE_LIST, { search });
      const skus = data.me.account!.priceList!.entries.edges.map((e) => e.node.product.sku);
      expect(skus, search).toEqual(['SUR-001']);
    }
  });

  it('of an account without a price list gets null, not an error', async () => {
    const customer = await createCustomer(api);
    const data = await customer.client.ok(MY_PRICE_LIST);
    expect(data.me.account).not.toBeNull();
    expect(data.me.account!.priceList).toBeNull();
  });

  it('sees a new price as soon as staff set it', async () => {
    await setPrices(staff, listA.id, [{ productId: products[2]!.id, unitPrice: '99.90' }]);

    const data = await customerA.client.ok(MY_PRICE_LIST, { search: 'car-' });

    const edges = data.me.account!.priceList!.entries.edges;
    expect(edges.map((e) => [e.node.product.sku, e.node.unitPrice.amount])).toEqual([
      ['CAR-001', '99.90'],
    ]);
  });
});

describe('staff', () => {
  it('have no account of their own', async () => {
    const data = await staff.ok(MY_PRICE_LIST);
    expect(data.me.account).toBeNull();
  });
});
