import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.js';
import { createQuote } from '../support/quote-api.js';
import { quoteWorld, type QuoteWorld } from '../support/quote-setup.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let api: TestApp;
let world: QuoteWorld;
let staff: GraphQLClient;
let quoteId: string;

beforeAll(async () => {
  api = await startTestApp();
  world = await quoteWorld(api);
  staff = world.staff.client;
  const lines = [{ productId: world.pipe.id, quantity: '1' }];
  quoteId = (await createQuote(staff, { accountId: world.customer.accountId, lines })).id;
});

afterAll(async () => {
  await api?.stop();
});

/** A cursor as this server writes them (base64url JSON), with made-up contents. */
const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

const PAGE = 'totalCount edges { cursor }';
const connections: [string, string][] = [
  ['quotes', `query ($after: String) { quotes(after: $after) { ${PAGE} } }`],
  ['salesOrders', `query ($after: String) { salesOrders(after: $after) { ${PAGE} } }`],
  ['invoices', `query ($after: String) { invoices(after: $after) { ${PAGE} } }`],
  ['accounts', `query ($after: String) { accounts(after: $after) { ${PAGE} } }`],
  ['account changes', `query ($id: ID!, $after: String) {
    account(id: $id) { changes(after: $after) { ${PAGE} } } }`],
];
const catalog: [string, string][] = [
  ['products', `query ($after: String) { products(after: $after) { ${PAGE} } }`],
  ['price lists', `query ($after: String) { priceLists(after: $after) { ${PAGE} } }`],
  ['price list entries', `query ($id: ID!, $after: String) {
    priceList(id: $id) { entries(after: $after) { ${PAGE} } } }`],
];

describe('a made-up cursor answers BAD_USER_INPUT on after, never a database error', () => {
  const newestFirst = connections.flatMap(([name, query]) => [
    [name, 'an id that is not a uuid', query, ['2026-01-01T00:00:00.000Z', "x' or 1=1"]],
    [name, 'a time PostgreSQL cannot hold', query, [
      '+275760-09-13T00:00:00.000Z', '00000000-0000-4000-8000-000000000000',
    ]],
  ] as const);
  const bySortKey = catalog.map(([name, query]) =>
    [name, 'a NUL in the sort key', query, ['BOLT\u0000']] as const);

  it.each([...newestFirst, ...bySortKey])('%s: %s', async (_name, _what, query, values) => {
    const variables = { after: forged([...values]), id: idFor(query) };

    const error = await staff.fails(query, variables);

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('a quote thread: a sequence number past bigint', async () => {
    const query = `query ($id: ID!, $after: String) {
      quote(id: $id) { feedback(after: $after) { ${PAGE} } } }`;

    const error = await staff.fails(query, { id: quoteId, after: forged(['9999999999999999999']) });

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

function idFor(query: string): string | undefined {
  if (query.includes('account(')) return world.customer.accountId;
  if (query.includes('priceList(')) return world.priceListId;
  return undefined;
}
