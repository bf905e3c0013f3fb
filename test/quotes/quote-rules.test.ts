import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMPANY_IBAN, loadConfig } from '../../src/config/config.js';
import { SalesOrder } from '../../src/orders/sales-order.entity.js';
import { nextDocumentNumber } from '../../src/shared/document-number.js';
import { createStaff } from '../support/fixtures.js';
import { graphql } from '../generated/index.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import {
  ACCEPT_QUOTE, APPROVE_QUOTE, CREATE_QUOTE, ISSUE_INVOICE, RECORD_PAYMENT, REJECT_QUOTE,
  PLACE_ORDER, POST_FEEDBACK, QUOTE,
  QUOTES, bucharestDay, createQuote, placeOrder, sentQuote,
} from '../support/quote-api.js';
import { quoteWorld, type QuoteWorld } from '../support/quote-setup.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * The rules around decisions: concurrent decisions, numbering under load,
 * offers past their day, when payment comes first, and input that is refused
 * before anything is written.
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

const oneLine = () => [{ productId: world.pipe.id, quantity: '1' }];

const OVERDUE_INVOICES = graphql(`query OverdueInvoices {
  invoices(overdue: true, first: 100) { edges { node { id overdue } } }
}`);

const CURRENT_INVOICES = graphql(`query CurrentInvoices {
  invoices(overdue: false, first: 100) { edges { node { id } } }
}`);

async function quoteCount(): Promise<number> {
  const data = await staff.ok(
    QUOTES, { status: ['DRAFT', 'SENT', 'AWAITING_APPROVAL', 'CONFIRMED', 'REJECTED',
      'CANCELLED', 'EXPIRED'] });
  return data.quotes.totalCount;
}

describe('concurrent decisions', () => {
  it('let only one of two simultaneous approvals win, and make one sales order', async () => {
    const other = (await createStaff(api)).client;
    const quote = await placeOrder(customer, { lines: oneLine() });

    const results = await Promise.all([staff, other].map((client) =>
      client.request(APPROVE_QUOTE, { id: quote.id })));

    const failures = results.filter((r) => r.errors !== undefined);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.errors![0]!.extensions?.code).toBe('INVALID_TRANSITION');
    const orders = await api.app.database.orm.em.fork().count(SalesOrder, { quote: quote.id });
    expect(orders).toBe(1);
  });

  it('let either an acceptance or a rejection win, never both', async () => {
    const quote = await sentQuote(staff, { accountId: world.customer.accountId, lines: oneLine() });

    const [accepted, rejected] = await Promise.all([
      customer.request(ACCEPT_QUOTE, { id: quote.id }),
      customer.request(REJECT_QUOTE, { id: quote.id }),
    ]);

    expect([accepted.errors, rejected.errors].filter((e) => e === undefined)).toHaveLength(1);
    const read = await staff.ok(QUOTE, { id: quote.id });
    expect(['AWAITING_APPROVAL', 'REJECTED']).toContain(read.quote.status);
    expect(read.quote.history).toHaveLength(3);
  });
});

describe('invoices', () => {
  async function deliveredOrder(): Promise<string> {
    const quote = await placeOrder(customer, { lines: oneLine() });
    const order = await staff.ok(APPROVE_QUOTE, { id: quote.id });
    return order.approveQuote.id;
  }

  it('are issued once for an order even when two clerks try at the same moment', async () => {
    const salesOrderId = await deliveredOrder();
    const other = (await createStaff(api)).client;

    const results = await Promise.all([staff, other].map((client) =>
      client.request(ISSUE_INVOICE, { salesOrderId })));

    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    const failed = results.find((r) => r.errors !== undefined)!;
    expect(failed.errors![0]!.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('take two payments at once only while they fit what is due', async () => {
    const salesOrderId = await deliveredOrder();
    const issued = await staff.ok(ISSUE_INVOICE, { salesOrderId });
    const invoiceId = issued.issueInvoice.id;

    // 14.93 is due: one of two payments of 10.00 must be refused.
    const results = await Promise.all([1, 2].map(() =>
      staff.request(RECORD_PAYMENT, { invoiceId, amount: '10.00' })));

    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    const failed = results.find((r) => r.errors !== undefined)!;
    expect(failed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('read as overdue once unpaid past their due date, and can be listed so', async () => {
    const salesOrderId = await deliveredOrder();
    const issued = await staff.ok(ISSUE_INVOICE, { salesOrderId });
    // No client operation moves time: the due date is moved back in the database.
    await api.app.database.orm.em.fork().getConnection().execute(
      'update invoices set due_date = due_date - 40 where id = ?', [issued.issueInvoice.id]);

    const overdue = await customer.ok(OVERDUE_INVOICES);
    expect(overdue.invoices.edges.map((e) => e.node)).toContainEqual({
      id: issued.issueInvoice.id, overdue: true,
    });
    const current = await customer.ok(CURRENT_INVOICES);
    expect(current.invoices.edges.map((e) => e.node.id)).not.toContain(issued.issueInvoice.id);
  });
});

describe('a rejection', () => {
  it('keeps its reason in the history', async () => {
    const quote = await sentQuote(staff, { accountId: world.customer.accountId, lines: oneLine() });
    await customer.ok(REJECT_QUOTE, { id: quote.id, reason: 'Prea scump.' });

    const read = await customer.ok(QUOTE, { id: quote.id });
    expect(read.quote.history.at(-1)).toMatchObject({
      to: 'REJECTED', note: 'Prea scump.', by: { id: world.customer.userId },
    });
  });
});

describe('document numbers', () => {
  it('follow each other without gaps or duplicates when quotes are created at once', async () => {
    const created = await Promise.all(Array.from({ length: 12 }, () =>
      createQuote(staff, { accountId: world.customer.accountId, lines: oneLine() })));

    const sequence = created.map((q) => Number(q.number.slice(-6))).sort((a, b) => a - b);
    const year = new Date().getFullYear();
    expect(created.every((q) => q.number.startsWith(`OF-${year}-`))).toBe(true);
    expect(sequence).toEqual(sequence.map((_, i) => sequence[0]! + i));
  });

  it('are given back when the transaction that took them rolls back', async () => {
    const em = api.app.database.orm.em.fork();
    const taken = await em.transactional((tx) => nextDocumentNumber(tx, 'FA'));

    await expect(em.transactional(async (tx) => {
      await nextDocumentNumber(tx, 'FA');
      throw new Error('the invoice could not be stored');
    })).rejects.toThrow('could not be stored');
    const next = await em.transactional((tx) => nextDocumentNumber(tx, 'FA'));

    expect(Number(next.slice(-6))).toBe(Number(taken.slice(-6)) + 1);
  });
});

describe('an offer past its validity day', () => {
  it('reads EXPIRED everywhere and can no longer be accepted or discussed', async () => {
    const quote = await sentQuote(staff, {
      accountId: world.customer.accountId, lines: oneLine(), validUntil: bucharestDay(-1),
    });

    const read = await customer.ok(QUOTE, { id: quote.id });
    expect(read.quote.status).toBe('EXPIRED');
    const expired = await customer.ok(QUOTES, { status: ['EXPIRED'], first: 100 });
    const sent = await customer.ok(QUOTES, { status: ['SENT'], first: 100 });
    expect(expired.quotes.edges.map((e) => e.node.id)).toContain(quote.id);
    expect(sent.quotes.edges.map((e) => e.node.id)).not.toContain(quote.id);

    const accept = await customer.fails(ACCEPT_QUOTE, { id: quote.id });
    expect(accept.extensions?.code).toBe('INVALID_TRANSITION');
    const talk = await customer.fails(POST_FEEDBACK, { quoteId: quote.id, body: 'Still valid?' });
    expect(talk.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('is still good on its last day', async () => {
    const quote = await sentQuote(staff, {
      accountId: world.customer.accountId, lines: oneLine(), validUntil: bucharestDay(0),
    });
    const data = await customer.ok(ACCEPT_QUOTE, { id: quote.id });
    expect(data.acceptQuote.quote.status).toBe('AWAITING_APPROVAL');
  });
});

describe('paying first', () => {
  it('is required without a payment term, with bank details and the quote number', async () => {
    const prepaid = await world.newCustomer({ paymentTermDays: 0 });
    const quote = await sentQuote(staff, { accountId: prepaid.accountId, lines: oneLine() });

    const data = await prepaid.client.ok(ACCEPT_QUOTE, { id: quote.id });

    expect(data.acceptQuote).toMatchObject({
      paymentRequired: true,
      payment: {
        reference: quote.number,
        iban: DEMO_COMPANY_IBAN,
        amount: { amount: '14.93', currency: 'RON' },
      },
    });
  });

  it('is required above the available credit, not when the total just fits', async () => {
    const tight = await world.newCustomer({ creditLimit: '29.86' });
    const fits = await sentQuote(staff, { accountId: tight.accountId, lines: oneLine() });
    const first = await tight.client.ok(ACCEPT_QUOTE, { id: fits.id });
    expect(first.acceptQuote.paymentRequired).toBe(false);
    await staff.ok(APPROVE_QUOTE, { id: fits.id }); // 14.93 of 29.86 now committed

    const exact = await placeOrder(tight.client, { lines: oneLine() });
    expect(exact.paymentRequired).toBe(false);
    await staff.ok(APPROVE_QUOTE, { id: exact.id }); // nothing left

    const over = await placeOrder(tight.client, { lines: [{ productId: world.pipe.id,
      quantity: '0.001' }] });
    expect(over.paymentRequired).toBe(true);
    expect(over.payment?.reference).toBe(over.number);
  });

  it('uses COMPANY_IBAN when set, and refuses to start with a wrong one', () => {
    expect(loadConfig({ COMPANY_IBAN: 'ro66 bacx 0000 0012 3456 7890' }).companyIban)
      .toBe('RO66BACX0000001234567890');
    expect(() => loadConfig({ COMPANY_IBAN: 'RO67BACX0000001234567890' }))
      .toThrow(/COMPANY_IBAN/);
  });
});

describe('bad input', () => {
  const line = (fields: Record<string, string>) => ({ productId: world.pipe.id, quantity: '1',
    ...fields });

  it.each([
    ['a zero quantity', { quantity: '0' }, 'input.lines.0.quantity'],
    ['a negative quantity', { quantity: '-2' }, 'input.lines.0.quantity'],
    ['four decimals of quantity', { quantity: '1.2345' }, 'input.lines.0.quantity'],
    ['a discount above 100', { discountPercent: '100.01' }, 'input.lines.0.discountPercent'],
    ['three decimals of discount', { discountPercent: '12.345' }, 'input.lines.0.discountPercent'],
    ['a negative price', { unitPrice: '-1' }, 'input.lines.0.unitPrice'],
    ['three decimals of price', { unitPrice: '1.001' }, 'input.lines.0.unitPrice'],
    ['an unknown product', { productId: '3c7e1b0a-8b1e-4a57-9b1a-000000000000' },
      'input.lines.0.productId'],
  ])('refuses an offer with %s, naming the field, writing nothing', async (_, fields, field) => {
    const before = await quoteCount();
    const error = await staff.fails(CREATE_QUOTE, {
      input: { accountId: world.customer.accountId, lines: [line(fields)] },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await quoteCount()).toBe(before);
  });

  it('refuses an offer without lines or for no account', async () => {
    const empty = await staff.fails(CREATE_QUOTE, {
      input: { accountId: world.customer.accountId, lines: [] } });
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lines' });
    const nobody = await staff.fails(CREATE_QUOTE, {
      input: { accountId: '3c7e1b0a-8b1e-4a57-9b1a-000000000000', lines: oneLine() } });
    expect(nobody.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.accountId' });
  });

  it("lets staff quote a product off the account's list only with a price", async () => {
    const { createProduct } = await import('../support/catalog.js');
    const special = await createProduct(staff, { vatRate: '21' });

    const unpriced = await staff.fails(CREATE_QUOTE, { input: {
      accountId: world.customer.accountId, lines: [{ productId: special.id, quantity: '1' }] } });
    expect(unpriced.extensions).toMatchObject({ field: 'input.lines.0.unitPrice' });

    const priced = await createQuote(staff, { accountId: world.customer.accountId,
      lines: [{ productId: special.id, quantity: '2', unitPrice: '50.00' }] });
    expect(priced.total.amount).toBe('121.00');

    const ordered = await customer.fails(PLACE_ORDER, { input: {
      lines: [{ productId: special.id, quantity: '1' }] } });
    expect(ordered.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'input.lines.0.productId',
    });
  });

  it('refuses an empty message and one over 5000 characters', async () => {
    const quote = await placeOrder(customer, { lines: oneLine() });
    for (const body of ['   ', 'ă'.repeat(5001)]) {
      const error = await customer.fails(POST_FEEDBACK, { quoteId: quote.id, body });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    }
    await customer.ok(POST_FEEDBACK, { quoteId: quote.id, body: 'ă'.repeat(5000) });
  });

  it("refuses another account's delivery address", async () => {
    const other = await world.newCustomer();
    const error = await customer.fails(PLACE_ORDER, { input: {
      lines: oneLine(), deliveryAddressId: other.deliveryAddressId } });
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'input.deliveryAddressId',
    });
  });
});
