import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { SalesOrderStatus } from '../generated/graphql.js';
import {
  type GraphQLClient, type Operation, sending, type Sending, sourceOf,
} from '../support/graphql-client.js';
import {
  ACCEPT_QUOTE, APPROVE_QUOTE, CANCEL_QUOTE, CREATE_QUOTE, ISSUE_INVOICE, PLACE_ORDER,
  POST_FEEDBACK, QUOTE, QUOTES, RECORD_PAYMENT, REJECT_QUOTE, SALES_ORDERS, SEND_QUOTE,
  SET_SALES_ORDER_STATUS, UPDATE_QUOTE, INVOICES, approve, createQuote, placeOrder, sentQuote,
} from '../support/quote-api.js';
import { quoteWorld, type QuoteWorld } from '../support/quote-setup.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * What must be refused: steps the lifecycle table does not have, another
 * company's records, actions of the other role, and bad input. Each refusal
 * also checks that nothing changed.
 */

let api: TestApp;
let world: QuoteWorld;
let staff: GraphQLClient;
let customer: GraphQLClient;

beforeAll(async () => {
  api = await startTestApp();
  world = await quoteWorld(api);
  staff = world.staff.client;
  customer = world.customer.client;
});

afterAll(async () => {
  await api?.stop();
});

const QUOTE_STATUS = graphql(`query RefusedQuoteStatus($id: ID!) {
  quote(id: $id) { status }
}`);
const THREAD_SIZE = graphql(`query RefusedThreadSize($id: ID!) {
  quote(id: $id) { feedback { totalCount } }
}`);

const CANCEL_INVOICE = graphql(`mutation RefusalsCancelInvoice($id: ID!) {
  cancelInvoice(id: $id) { status }
}`);

const SALES_ORDER = graphql(`query OtherCompanysSalesOrder($id: ID!) {
  salesOrder(id: $id) { id }
}`);

const INVOICE = graphql(`query OtherCompanysInvoice($id: ID!) { invoice(id: $id) { id } }`);

const oneLine = () => [{ productId: world.pipe.id, quantity: '1' }];

async function statusOf(id: string): Promise<string> {
  const data = await staff.ok(QUOTE_STATUS, { id });
  return data.quote.status;
}

/** A quote of the world's customer in the given status. */
async function quoteIn(status: string): Promise<string> {
  const accountId = world.customer.accountId;
  if (status === 'DRAFT') return (await createQuote(staff, { accountId, lines: oneLine() })).id;
  if (status === 'AWAITING_APPROVAL') return (await placeOrder(customer, { lines: oneLine() })).id;

  const id = (await sentQuote(staff, { accountId, lines: oneLine() })).id;
  if (status === 'REJECTED') await customer.ok(REJECT_QUOTE, { id });
  if (status === 'CANCELLED') await staff.ok(CANCEL_QUOTE, { id });
  if (status === 'CONFIRMED') {
    await customer.ok(ACCEPT_QUOTE, { id });
    await approve(staff, id);
  }
  return id;
}

describe('quote steps the lifecycle does not have', () => {
  const cases: [string, string, 'staff' | 'customer', Operation<unknown, { id: string }>][] = [
    ['DRAFT', 'approveQuote', 'staff', APPROVE_QUOTE],
    ['SENT', 'sendQuote', 'staff', SEND_QUOTE],
    ['SENT', 'approveQuote', 'staff', APPROVE_QUOTE],
    ['AWAITING_APPROVAL', 'sendQuote', 'staff', SEND_QUOTE],
    ['AWAITING_APPROVAL', 'acceptQuote', 'customer', ACCEPT_QUOTE],
    ['AWAITING_APPROVAL', 'rejectQuote', 'customer', REJECT_QUOTE],
    ['CONFIRMED', 'approveQuote', 'staff', APPROVE_QUOTE],
    ['CONFIRMED', 'cancelQuote', 'staff', CANCEL_QUOTE],
    ['REJECTED', 'acceptQuote', 'customer', ACCEPT_QUOTE],
    ['REJECTED', 'cancelQuote', 'staff', CANCEL_QUOTE],
    ['CANCELLED', 'sendQuote', 'staff', SEND_QUOTE],
    ['CANCELLED', 'acceptQuote', 'customer', ACCEPT_QUOTE],
  ];

  it.each(cases)('%s → %s is INVALID_TRANSITION and changes nothing', async (from, _, who, doc) => {
    const id = await quoteIn(from);

    const error = await (who === 'staff' ? staff : customer).fails(doc, { id });

    expect(error.extensions?.code).toBe('INVALID_TRANSITION');
    expect(await statusOf(id)).toBe(from);
  });

  it('refuses to edit a quote once sent', async () => {
    const id = await quoteIn('SENT');
    const error = await staff.fails(UPDATE_QUOTE, { id, input: { note: 'later' } });
    expect(error.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('refuses an edit made on an old revision', async () => {
    const id = await quoteIn('DRAFT');
    await staff.ok(UPDATE_QUOTE, { id, input: { revision: 1, note: 'first' } });
    const error = await staff.fails(UPDATE_QUOTE, { id, input: { revision: 1, note: 'second' } });
    expect(error.extensions?.code).toBe('CONFLICT');
  });

  it.each([
    ['a NUL', 'Hello\u0000'],
    ['an escape character', 'Hello \u001b[31mred'],
  ])('refuses a message with %s, naming body, and stores nothing', async (_what, body) => {
    const id = await quoteIn('SENT');
    const error = await customer.fails(POST_FEEDBACK, { quoteId: id, body });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });

    const thread = await customer.ok(THREAD_SIZE, { id });
    expect(thread.quote.feedback.totalCount).toBe(0);
  });

  it('keeps tabs and line breaks in a message', async () => {
    const id = await quoteIn('SENT');
    const posted = await customer.ok(POST_FEEDBACK, { quoteId: id, body: 'Line one\r\n\tline two' });
    expect(posted.postFeedback.body).toBe('Line one\r\n\tline two');
  });

  it.each(['CONFIRMED', 'REJECTED', 'CANCELLED'])('closes the thread of a %s quote', async (s) => {
    const id = await quoteIn(s);
    const error = await customer.fails(POST_FEEDBACK, { quoteId: id, body: 'Hello?' });
    expect(error.extensions?.code).toBe('INVALID_TRANSITION');
  });
});

describe('sales order and invoice steps out of order', () => {
  async function orderIn(status: SalesOrderStatus): Promise<string> {
    const order = await approve(staff, await quoteIn('AWAITING_APPROVAL'));
    const path: SalesOrderStatus[] = ['IN_PRODUCTION', 'READY_FOR_DELIVERY', 'DELIVERED'];
    for (const next of path.slice(0, path.indexOf(status) + 1)) {
      await staff.ok(SET_SALES_ORDER_STATUS, { id: order.id, status: next });
    }
    if (status === 'CANCELLED') {
      await staff.ok(SET_SALES_ORDER_STATUS, { id: order.id, status: 'CANCELLED' });
    }
    return order.id;
  }

  it.each<[SalesOrderStatus, SalesOrderStatus]>([
    ['CONFIRMED', 'DELIVERED'],
    ['CONFIRMED', 'CONFIRMED'],
    ['IN_PRODUCTION', 'CONFIRMED'],
    ['READY_FOR_DELIVERY', 'CANCELLED'],
    ['DELIVERED', 'IN_PRODUCTION'],
    ['CANCELLED', 'IN_PRODUCTION'],
  ])('%s → %s is INVALID_TRANSITION', async (from, to) => {
    const id = await orderIn(from);
    const error = await staff.fails(SET_SALES_ORDER_STATUS, { id, status: to });
    expect(error.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('invoices an order once, never a cancelled one, and never overpays', async () => {
    const cancelled = await orderIn('CANCELLED');
    expect((await staff.fails(ISSUE_INVOICE, { salesOrderId: cancelled })).extensions?.code)
      .toBe('INVALID_TRANSITION');

    const id = await orderIn('DELIVERED');
    const issued = await staff.ok(ISSUE_INVOICE, { salesOrderId: id });
    const invoiceId = issued.issueInvoice.id;
    expect((await staff.fails(ISSUE_INVOICE, { salesOrderId: id })).extensions?.code)
      .toBe('INVALID_TRANSITION');

    // 1 m of pipe at 12.34 + 21% VAT = 14.93
    const over = await staff.fails(RECORD_PAYMENT, { invoiceId, amount: '14.94' });
    expect(over.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    for (const amount of ['0', '-5', '1.234']) {
      const bad = await staff.fails(RECORD_PAYMENT, { invoiceId, amount });
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    }
    await staff.ok(RECORD_PAYMENT, { invoiceId, amount: '14.93' });
    expect((await staff.fails(RECORD_PAYMENT, { invoiceId, amount: '0.01' })).extensions?.code)
      .toBe('INVALID_TRANSITION');
  });

  it('refuses to cancel an invoiced order until its invoice is cancelled', async () => {
    const id = await orderIn('IN_PRODUCTION');
    const issued = await staff.ok(ISSUE_INVOICE, { salesOrderId: id });

    const refused = await staff.fails(SET_SALES_ORDER_STATUS, { id, status: 'CANCELLED' });
    expect(refused.extensions?.code).toBe('INVALID_TRANSITION');

    await staff.ok(CANCEL_INVOICE, { id: issued.issueInvoice.id });
    await staff.ok(SET_SALES_ORDER_STATUS, { id, status: 'CANCELLED' });
  });
});

describe("another company's records", () => {
  it('are NOT_FOUND to a customer, in lists and by id, and cannot be touched', async () => {
    const other = await world.newCustomer();
    const sent = await quoteIn('SENT');
    const order = await approve(staff, await quoteIn('AWAITING_APPROVAL'));
    await staff.ok(SET_SALES_ORDER_STATUS, { id: order.id, status: 'IN_PRODUCTION' });
    const invoice = await staff.ok(ISSUE_INVOICE, { salesOrderId: order.id });

    const attempts: Sending[] = [
      sending(QUOTE, { id: sent }),
      sending(ACCEPT_QUOTE, { id: sent }),
      sending(REJECT_QUOTE, { id: sent }),
      sending(POST_FEEDBACK, { quoteId: sent, body: 'Hi' }),
      sending(SALES_ORDER, { id: order.id }),
      sending(INVOICE, { id: invoice.issueInvoice.id }),
    ];
    for (const { document, variables } of attempts) {
      const error = await other.client.fails(document, variables);
      expect(error.extensions?.code, sourceOf(document)).toBe('NOT_FOUND');
    }
    expect(await statusOf(sent)).toBe('SENT');

    const lists = await Promise.all([
      other.client.ok(QUOTES, {}).then((data) => data.quotes),
      other.client.ok(SALES_ORDERS, {}).then((data) => data.salesOrders),
      other.client.ok(INVOICES, {}).then((data) => data.invoices),
    ]);
    expect(lists.map((list) => list.totalCount)).toEqual([0, 0, 0]);
  });

  it('answers a malformed id like a missing one', async () => {
    const error = await customer.fails(QUOTE, { id: 'not-an-id' });
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('actions of the other role', () => {
  const anonymous = () => api.client;

  /** Each call, with its variables made from the id of a SENT quote. */
  const calls: Record<string, (id: string) => Sending> = {
    createQuote: () => sending(CREATE_QUOTE, {
      input: { accountId: world.customer.accountId, lines: oneLine() },
    }),
    sendQuote: (id) => sending(SEND_QUOTE, { id }),
    approveQuote: (id) => sending(APPROVE_QUOTE, { id }),
    cancelQuote: (id) => sending(CANCEL_QUOTE, { id }),
    setSalesOrderStatus: (id) => sending(SET_SALES_ORDER_STATUS, { id, status: 'IN_PRODUCTION' }),
    issueInvoice: (id) => sending(ISSUE_INVOICE, { salesOrderId: id }),
    placeOrder: () => sending(PLACE_ORDER, { input: { lines: oneLine() } }),
    acceptQuote: (id) => sending(ACCEPT_QUOTE, { id }),
    rejectQuote: (id) => sending(REJECT_QUOTE, { id }),
    quotes: () => sending(QUOTES, {}),
  };

  it.each([
    ['customer', 'createQuote', 'FORBIDDEN'],
    ['customer', 'sendQuote', 'FORBIDDEN'],
    ['customer', 'approveQuote', 'FORBIDDEN'],
    ['customer', 'cancelQuote', 'FORBIDDEN'],
    ['customer', 'setSalesOrderStatus', 'FORBIDDEN'],
    ['customer', 'issueInvoice', 'FORBIDDEN'],
    ['staff', 'placeOrder', 'FORBIDDEN'],
    ['staff', 'acceptQuote', 'FORBIDDEN'],
    ['staff', 'rejectQuote', 'FORBIDDEN'],
    ['anonymous', 'quotes', 'UNAUTHENTICATED'],
    ['anonymous', 'acceptQuote', 'UNAUTHENTICATED'],
  ])('%s calling %s gets %s, and the quote stays as it was', async (who, name, code) => {
    const id = await quoteIn('SENT');
    const before = await staff.ok(QUOTES, {});
    const client = who === 'customer' ? customer : who === 'staff' ? staff : anonymous();

    const { document, variables } = calls[name]!(id);
    const error = await client.fails(document, variables);

    expect(error.extensions?.code).toBe(code);
    expect(await statusOf(id)).toBe('SENT');
    const after = await staff.ok(QUOTES, {});
    expect(after.quotes.totalCount).toBe(before.quotes.totalCount);
  });
});

describe('customers and drafts', () => {
  it('never shows a customer a draft, even when asked for by status', async () => {
    const id = await quoteIn('DRAFT');
    const listed = await customer.ok(QUOTES, { status: ['DRAFT', 'SENT'], first: 100 });
    expect(listed.quotes.edges.map((e) => e.node.id)).not.toContain(id);
    expect((await customer.fails(POST_FEEDBACK, { quoteId: id, body: 'x' })).extensions?.code)
      .toBe('NOT_FOUND');
  });
});
