import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { POST_FEEDBACK, QUOTES, createQuote, sentQuote } from '../support/quote-api.js';
import { quoteWorld, type QuoteWorld } from '../support/quote-setup.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * Reading lists costs a fixed number of SQL statements, whatever the page
 * size: every field of a listed quote is read through a batch loader.
 */

const QUOTE_PAGE = graphql(`query QuotePage($first: Int) {
  quotes(first: $first, status: [DRAFT, SENT]) {
    totalCount
    edges {
      node {
        id number status validUntil revision
        account { id companyName }
        lines {
          product { id sku name vatRate }
          quantity unitPrice { amount currency } discountPercent lineTotal { amount }
        }
        subtotal { amount } taxTotal { amount } total { amount }
        salesOrder { id number }
        deliveryAddress { id label }
        history { from to by { id name } }
        feedback(first: 3) { totalCount edges { node { id body author { id name } } } }
      }
    }
  }
}`);

let api: TestApp;
let world: QuoteWorld;
let staff: GraphQLClient;
const statements: string[] = [];

beforeAll(async () => {
  // No mail polling while statements are counted.
  api = await startTestApp({ MAIL_POLL_INTERVAL_MS: '600000' });
  world = await quoteWorld(api);
  staff = world.staff.client;

  const lines = [
    { productId: world.pipe.id, quantity: '2.5' },
    { productId: world.valve.id, quantity: '3', discountPercent: '5' },
  ];
  for (let i = 0; i < 50; i += 1) {
    const other = i % 10 === 0 ? await world.newCustomer() : world.customer;
    if (i % 2 === 0) {
      await createQuote(staff, { accountId: other.accountId, lines });
    } else {
      const quote = await sentQuote(staff, { accountId: other.accountId, lines });
      await other.client.ok(POST_FEEDBACK, { quoteId: quote.id, body: `Question ${i}` });
      await staff.ok(POST_FEEDBACK, { quoteId: quote.id, body: `Answer ${i}` });
    }
  }

  // Nor the expiry sweep: only the request's own statements are counted.
  await api.app.services.quoteExpiry.stop();
  const knex = api.app.database.orm.em.getConnection().getKnex();
  knex.on('query', (query: { sql: string }) => statements.push(query.sql));
}, 120_000);

afterAll(async () => {
  await api?.stop();
});

/** The statements one request runs, leaving out the mail sender's own work. */
async function countStatements(client: GraphQLClient, first: number): Promise<number> {
  statements.length = 0;
  const data = await client.ok(QUOTE_PAGE, { first });
  expect(data.quotes.edges).toHaveLength(first);
  return statements.filter((sql) => !sql.includes('mail_outbox')).length;
}

describe('a page of quotes with lines, products, account, history and feedback', () => {
  it('costs as many statements for 50 quotes as for 5', async () => {
    const five = await countStatements(staff, 5);
    const fifty = await countStatements(staff, 50);

    console.info(`SQL statements for a page of quotes: 5 → ${five}, 50 → ${fifty}`);
    expect(fifty).toBe(five);
    expect(five).toBeLessThanOrEqual(12);
  });
});
