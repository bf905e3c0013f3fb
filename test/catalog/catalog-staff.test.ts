import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles.js';
import {
  CREATE_PRICE_LIST, CREATE_PRODUCT, REMOVE_PRICES, SET_PRICES, UPDATE_PRODUCT,
  createPriceList, createProduct, entryPage, setPrices, uniqueTag, type ProductFields,
} from '../support/catalog.js';
import { createStaff } from '../support/fixtures.js';
import { graphql } from '../generated/index.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const PRODUCT = graphql(`query Product($id: ID!) {
  product(id: $id) { id sku name unit vatRate listPrice { amount currency } }
}`);
const PRODUCT_COUNT = graphql(`query ProductCount { products(first: 1) { totalCount } }`);
const PRICE_LIST_COUNT = graphql(`query PriceListCount { priceLists(first: 1) { totalCount } }`);

let api: TestApp;
let staff: GraphQLClient;
let admin: GraphQLClient;

beforeAll(async () => {
  api = await startTestApp();
  staff = (await createStaff(api, Role.STAFF)).client;
  admin = await api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
});

afterAll(async () => {
  await api?.stop();
});

async function productCount(): Promise<number> {
  return (await staff.ok(PRODUCT_COUNT)).products.totalCount;
}

async function priceListCount(): Promise<number> {
  const data = await staff.ok(PRICE_LIST_COUNT);
  return data.priceLists.totalCount;
}

describe('products', () => {
  it('are created by staff, in RON by default, with the SKU in upper case', async () => {
    const tag = uniqueTag();
    const product = await createProduct(staff, {
      sku: ` ab-${tag} `,
      name: 'Șurub autoforant 4,2×16',
      unit: 'buc',
      listPrice: '0.35',
      vatRate: '21',
    });

    expect(product).toMatchObject({
      sku: `AB-${tag}`,
      name: 'Șurub autoforant 4,2×16',
      unit: 'buc',
      vatRate: '21.00',
      listPrice: { amount: '0.35', currency: 'RON' },
    });
    const read = await staff.ok(PRODUCT, { id: product.id });
    expect(read.product).toEqual(product);
  });

  it('are created by administrators too, in another currency', async () => {
    const product = await createProduct(admin, {
      listPrice: '1250', currency: 'eur', vatRate: '9',
    });
    expect(product.listPrice).toEqual({ amount: '1250.00', currency: 'EUR' });
    expect(product.vatRate).toBe('9.00');
  });

  it('refuse a SKU that is taken, whatever its case, and write nothing', async () => {
    const first = await createProduct(staff);
    const before = await productCount();

    const error = await staff.fails(CREATE_PRODUCT, {
      input: {
        sku: first.sku.toLowerCase(), name: 'Other', unit: 'buc', listPrice: '1', vatRate: '21',
      },
    });

    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.message).toContain(first.sku);
    expect(await productCount()).toBe(before);
  });

  it('let exactly one of two concurrent creations with the same SKU win', async () => {
    const sku = `RACE-${uniqueTag()}`;
    const input = { sku, name: 'Race', unit: 'buc', listPrice: '10', vatRate: '21' };

    const results = await Promise.all([
      staff.request(CREATE_PRODUCT, { input }),
      admin.request(CREATE_PRODUCT, { input }),
    ]);

    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });

  const badProducts: [string, Record<string, string>, string][] = [
    ['a zero list price', { listPrice: '0' }, 'input.listPrice'],
    ['a negative list price', { listPrice: '-10.00' }, 'input.listPrice'],
    ['a list price with three decimals', { listPrice: '1.005' }, 'input.listPrice'],
    ['a list price beyond the column', { listPrice: '1000000000000' }, 'input.listPrice'],
    ['a VAT rate over 100', { vatRate: '100.01' }, 'input.vatRate'],
    ['a negative VAT rate', { vatRate: '-1' }, 'input.vatRate'],
    ['a four-letter currency', { currency: 'EURO' }, 'input.currency'],
    ['a currency with a digit', { currency: 'R0N' }, 'input.currency'],
    ['an empty SKU', { sku: '   ' }, 'input.sku'],
    ['a SKU with a space', { sku: 'AB 12' }, 'input.sku'],
    ['an empty name', { name: '' }, 'input.name'],
    ['an over-long unit', { unit: 'x'.repeat(21) }, 'input.unit'],
  ];

  it.each(badProducts)('refuse %s, naming the field, and write nothing', async (_, bad, field) => {
    const before = await productCount();
    const input = {
      sku: `BAD-${uniqueTag()}`, name: 'Bad', unit: 'buc', listPrice: '1', vatRate: '21', ...bad,
    };

    const error = await staff.fails(CREATE_PRODUCT, { input });

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(field);
    expect(await productCount()).toBe(before);
  });

  it('refuse an amount that is not a decimal at all', async () => {
    const error = await staff.fails(CREATE_PRODUCT, {
      input: { sku: `X-${uniqueTag()}`, name: 'X', unit: 'buc', listPrice: 'ten', vatRate: '21' },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('are updated field by field; the rest stays', async () => {
    const product = await createProduct(staff, { listPrice: '10.00' });

    const data = await staff.ok(UPDATE_PRODUCT, {
      id: product.id,
      input: { listPrice: '12.50', name: 'Renamed' },
    });

    expect(data.updateProduct).toEqual({
      ...product, name: 'Renamed', listPrice: { amount: '12.50', currency: 'RON' },
    });
  });

  it('refuse an update to a taken SKU, an unknown product and a bad value', async () => {
    const [one, two] = [await createProduct(staff), await createProduct(staff)];

    const taken = await staff.fails(UPDATE_PRODUCT, { id: two.id, input: { sku: one.sku } });
    const unknown = await staff.fails(UPDATE_PRODUCT, {
      id: '00000000-0000-4000-8000-000000000000', input: { name: 'x' },
    });
    const garbage = await staff.fails(UPDATE_PRODUCT, { id: 'not-an-id', input: { name: 'x' } });
    const badVat = await staff.fails(UPDATE_PRODUCT, { id: two.id, input: { vatRate: '150' } });

    expect(taken.extensions?.code).toBe('CONFLICT');
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
    expect(garbage.extensions?.code).toBe('NOT_FOUND');
    expect(badVat.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.vatRate' });
    const read = await staff.ok(PRODUCT, { id: two.id });
    expect(read.product).toEqual(two);
  });

  it('answer NOT_FOUND for an id that names no product', async () => {
    const error = await staff.fails(PRODUCT, { id: 'nope' });
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('price lists', () => {
  it('are created by staff with a name and a currency', async () => {
    const name = `Distribuitori ${uniqueTag()}`;
    const list = await createPriceList(staff, { name, currency: 'eur' });
    expect(list).toMatchObject({ name, currency: 'EUR' });
  });

  it('refuse a name that is taken, whatever its case, and a bad currency', async () => {
    const list = await createPriceList(staff);
    const before = await priceListCount();

    const taken = await staff.fails(CREATE_PRICE_LIST, {
      input: { name: ` ${list.name.toUpperCase()} `, currency: 'RON' },
    });
    const badCurrency = await staff.fails(CREATE_PRICE_LIST, {
      input: { name: `Other ${uniqueTag()}`, currency: 'lei' },
    });
    const noName = await staff.fails(CREATE_PRICE_LIST, { input: { name: ' ', currency: 'RON' } });

    expect(taken.extensions?.code).toBe('CONFLICT');
    expect(badCurrency.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'input.currency',
    });
    expect(noName.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await priceListCount()).toBe(before);
  });
});

describe('setPrices', () => {
  async function catalogOf(count: number): Promise<ProductFields[]> {
    const products: ProductFields[] = [];
    for (let i = 0; i < count; i += 1) products.push(await createProduct(staff));
    return products;
  }

  it('adds prices in the list currency, replaces them, and keeps the others', async () => {
    const list = await createPriceList(staff, { currency: 'EUR' });
    const [a, b, c] = await catalogOf(3);

    const first = await staff.ok(SET_PRICES, {
      priceListId: list.id,
      entries: [{ productId: a!.id, unitPrice: '10' }, { productId: b!.id, unitPrice: '20.5' }],
    });
    await setPrices(staff, list.id, [
      { productId: b!.id, unitPrice: '19.99' },
      { productId: c!.id, unitPrice: '7.00' },
    ]);

    expect(first.setPrices.entries.totalCount).toBe(2);
    const page = await entryPage(staff, list.id);
    const prices = Object.fromEntries(
      page.edges.map((e) => [e.node.product.id, e.node.unitPrice]),
    );
    expect(prices).toEqual({
      [a!.id]: { amount: '10.00', currency: 'EUR' },
      [b!.id]: { amount: '19.99', currency: 'EUR' },
      [c!.id]: { amount: '7.00', currency: 'EUR' },
    });
  });

  it('names the entry whose product does not exist and writes none of the entries', async () => {
    const list = await createPriceList(staff);
    const products = await catalogOf(4);
    await setPrices(staff, list.id, [{ productId: products[0]!.id, unitPrice: '1.00' }]);

    const entries = products.slice(0, 3).map((p) => ({ productId: p.id, unitPrice: '5.00' }));
    const error = await staff.fails(SET_PRICES, {
      priceListId: list.id,
      entries: [...entries, { productId: '00000000-0000-4000-8000-000000000000', unitPrice: '5' }],
    });

    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'entries.3.productId',
    });
    const page = await entryPage(staff, list.id);
    expect(page.totalCount).toBe(1);
    expect(page.edges[0]!.node.unitPrice.amount).toBe('1.00');
  });

  // Each row: what is wrong, the entries as [product index or raw id, price], the field named.
  const badEntries: [string, [number | string, string][], string][] = [
    ['a zero price', [[0, '1'], [1, '0']], 'entries.1.unitPrice'],
    ['a price with three decimals', [[0, '0.001']], 'entries.0.unitPrice'],
    ['a product given twice', [[0, '1'], [0, '2']], 'entries.1.productId'],
    ['an id that is not an id', [[0, '1'], ['abc', '2']], 'entries.1.productId'],
  ];

  it.each(badEntries)('refuses %s, naming the entry, writing nothing', async (_, rows, field) => {
    const list = await createPriceList(staff);
    const ids = (await catalogOf(2)).map((p) => p.id);
    const entries = rows.map(([product, unitPrice]) => ({
      productId: typeof product === 'number' ? ids[product] : product,
      unitPrice,
    }));

    const error = await staff.fails(SET_PRICES, { priceListId: list.id, entries });

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await entryPage(staff, list.id)).totalCount).toBe(0);
  });

  it('answers NOT_FOUND for an unknown price list', async () => {
    const [product] = await catalogOf(1);
    const error = await staff.fails(SET_PRICES, {
      priceListId: '00000000-0000-4000-8000-000000000000',
      entries: [{ productId: product!.id, unitPrice: '1' }],
    });
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets concurrent calls on one list both land, each entry whole', async () => {
    const list = await createPriceList(staff);
    const products = await catalogOf(6);
    const batch = (price: string) => products.map((p) => ({ productId: p.id, unitPrice: price }));

    const results = await Promise.all([
      staff.request(SET_PRICES, { priceListId: list.id, entries: batch('1.00') }),
      admin.request(SET_PRICES, { priceListId: list.id, entries: batch('2.00') }),
    ]);

    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const page = await entryPage(staff, list.id);
    const amounts = new Set(page.edges.map((e) => e.node.unitPrice.amount));
    // The list is locked per call, so one call's prices win entirely, never a mix.
    expect(amounts.size).toBe(1);
  });

  it('removePrices takes products off the list and leaves the rest', async () => {
    const list = await createPriceList(staff);
    const [a, b] = await catalogOf(2);
    await setPrices(staff, list.id, [
      { productId: a!.id, unitPrice: '1' }, { productId: b!.id, unitPrice: '2' },
    ]);

    await staff.ok(REMOVE_PRICES, { priceListId: list.id, productIds: [a!.id] });

    const page = await entryPage(staff, list.id);
    expect(page.edges.map((e) => e.node.product.id)).toEqual([b!.id]);
  });
});
