import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { QuoteFieldsFragment, SalesOrderStatus } from '../generated/graphql.js';
import {
  createPriceList, createProduct, setPrices, type ProductFields,
} from '../support/catalog.js';
import {
  createCustomer, createStaff, type CustomerFixture, type StaffFixture,
} from '../support/fixtures.js';
import {
  ACCEPT_QUOTE, bucharestDay, createQuote, INVOICES, ISSUE_INVOICE, PLACE_ORDER, POST_FEEDBACK,
  QUOTE, QUOTES, RECORD_PAYMENT, SALES_ORDERS, SEND_QUOTE, SET_SALES_ORDER_STATUS,
  UPDATE_QUOTE, APPROVE_QUOTE,
} from '../support/quote-api.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';
import { ADMIN_EMAIL, startTestApp, type TestApp } from '../support/test-app.js';

/*
 * The whole story as a frontend and a staff tool tell it: prices set, order
 * placed, offer drafted, edited, sent, discussed, accepted, approved,
 * produced, delivered, invoiced and paid, each step read back through the API.
 */

const CREDIT = graphql(`query StoryCredit {
  me { account { availableCredit { amount currency } } }
}`);

const ORDER_HISTORY = graphql(`query StoryOrderHistory($id: ID!) {
  salesOrder(id: $id) { history { from to } }
}`);

let sink: SmtpSink;
let api: TestApp;
let staff: StaffFixture;
let customer: CustomerFixture;
let pipe: ProductFields;
let valve: ProductFields;

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApp({
    SMTP_URL: sink.url, MAIL_POLL_INTERVAL_MS: '200', APP_URL: 'https://portal.example.ro',
  });
  staff = await createStaff(api);
  const list = await createPriceList(staff.client);
  pipe = await createProduct(staff.client, { name: 'Țeavă PPR 20 mm', unit: 'm', vatRate: '21' });
  valve = await createProduct(staff.client, { name: 'Robinet 1/2"', unit: 'buc', vatRate: '9' });
  await setPrices(staff.client, list.id, [
    { productId: pipe.id, unitPrice: '12.34' },
    { productId: valve.id, unitPrice: '19.99' },
  ]);
  customer = await createCustomer(api, { priceListId: list.id, creditLimit: '10000.00' });
});

afterAll(async () => {
  await api?.stop();
  await sink?.stop();
});

const year = new Date().getFullYear();
let order: QuoteFieldsFragment;
let offer: QuoteFieldsFragment;
let salesOrderId: string;
let invoiceId: string;

describe('the quote story', () => {
  it('lets a customer order from its price list, exactly priced, for approval', async () => {
    const data = await customer.client.ok(PLACE_ORDER, {
      input: {
        lines: [
          { productId: pipe.id, quantity: '2.5' },
          { productId: valve.id, quantity: '3' },
        ],
        deliveryAddressId: customer.deliveryAddressId,
      },
    });
    order = data.placeOrder;

    expect(order.number).toMatch(new RegExp(`^OF-${year}-\\d{6}$`));
    expect(order).toMatchObject({
      status: 'AWAITING_APPROVAL',
      origin: 'CUSTOMER',
      validUntil: null,
      account: { id: customer.accountId },
      // 2.5 × 12.34 = 30.85 (VAT 21% 6.4785 → 6.48); 3 × 19.99 = 59.97 (VAT 9% 5.3973 → 5.40)
      subtotal: { amount: '90.82', currency: 'RON' },
      taxTotal: { amount: '11.88', currency: 'RON' },
      total: { amount: '102.70', currency: 'RON' },
    });
    expect(order.lines.map((l) => [l.quantity, l.unitPrice.amount, l.lineTotal.amount])).toEqual([
      ['2.5', '12.34', '30.85'],
      ['3', '19.99', '59.97'],
    ]);
    expect(data.placeOrder.paymentRequired).toBe(false);
    expect(data.placeOrder.payment).toBeNull();

    const mail = await sink.waitFor((m) => m.to.includes(ADMIN_EMAIL)
      && m.subject.includes(order.number));
    expect(mail.subject).toContain('Comandă nouă');
    expect(mail.text).toContain(`https://portal.example.ro/quotes/${order.id}`);
  });

  it('lets staff draft an offer valid 30 days, hidden from the customer', async () => {
    offer = await createQuote(staff.client, {
      accountId: customer.accountId,
      lines: [{ productId: pipe.id, quantity: '1' }],
    });

    expect(offer).toMatchObject({
      status: 'DRAFT', origin: 'STAFF', revision: 1, validUntil: bucharestDay(30),
      total: { amount: '14.93' },
    });
    const read = await customer.client.fails(QUOTE, { id: offer.id });
    expect(read.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets staff edit the draft with discounts and own prices, counting revisions', async () => {
    const data = await staff.client.ok(UPDATE_QUOTE, {
      id: offer.id,
      input: {
        revision: 1,
        lines: [
          { productId: pipe.id, quantity: '10', discountPercent: '12.5' },
          { productId: valve.id, quantity: '1.333', unitPrice: '18.00' },
        ],
      },
    });
    offer = data.updateQuote;

    expect(offer.revision).toBe(2);
    // 10 × 12.34 × 0.875 = 107.975 → 107.98 (VAT 22.6758 → 22.68);
    // 1.333 × 18.00 = 23.994 → 23.99 (VAT 2.1591 → 2.16)
    expect(offer.lines.map((l) => [l.discountPercent, l.lineTotal.amount])).toEqual([
      ['12.5', '107.98'],
      ['0', '23.99'],
    ]);
    expect([offer.subtotal.amount, offer.taxTotal.amount, offer.total.amount])
      .toEqual(['131.97', '24.84', '156.81']);
  });

  it('sends the offer and emails the customer a link to it', async () => {
    const sent = await staff.client.ok(SEND_QUOTE, { id: offer.id });
    expect(sent.sendQuote.status).toBe('SENT');

    const mail = await sink.waitFor((m) => m.to.includes(customer.email)
      && m.subject.includes(offer.number));
    expect(mail.subject).toBe(`Ofertă nouă ${offer.number}`);
    expect(mail.text).toContain(`https://portal.example.ro/quotes/${offer.id}`);
    expect(mail.text).toContain('156,81 RON');
  });

  it('keeps a thread both sides write in, mailing the other side once a spell', async () => {
    await customer.client.ok(POST_FEEDBACK, { quoteId: offer.id, body: 'Puteți livra joi?' });
    await staff.client.ok(POST_FEEDBACK, { quoteId: offer.id, body: 'Da, joi dimineață.' });
    await customer.client.ok(POST_FEEDBACK, { quoteId: offer.id, body: '  Mulțumim!  ' });

    const data = await customer.client.ok(QUOTE, { id: offer.id });
    expect(data.quote.feedback.totalCount).toBe(3);
    expect(data.quote.feedback.edges.map((e) => [e.node.authorRole, e.node.body])).toEqual([
      ['CUSTOMER', 'Puteți livra joi?'],
      ['STAFF', 'Da, joi dimineață.'],
      ['CUSTOMER', 'Mulțumim!'],
    ]);
    expect(data.quote.feedback.edges[1]!.node.author.id).toBe(staff.userId);

    const toStaff = await sink.waitFor((m) => m.to.includes(staff.email)
      && m.subject.includes(`Mesaj nou despre ${offer.number}`));
    expect(toStaff.text).toContain('Puteți livra joi?');
    const toCustomer = await sink.waitFor((m) => m.to.includes(customer.email)
      && m.subject.includes(`Mesaj nou despre ${offer.number}`));
    expect(toCustomer.text).toContain('Da, joi dimineață.');
    const threadMails = sink.messages.filter((m) => m.to.includes(staff.email)
      && m.subject.includes(`Mesaj nou despre ${offer.number}`));
    expect(threadMails).toHaveLength(1);
  });

  it('lets the customer accept within its credit without paying first', async () => {
    const data = await customer.client.ok(ACCEPT_QUOTE, { id: offer.id });

    expect(data.acceptQuote).toEqual({
      quote: { id: offer.id, status: 'AWAITING_APPROVAL' }, paymentRequired: false, payment: null,
    });
    const mail = await sink.waitFor((m) => m.to.includes(staff.email)
      && m.subject.includes(`Oferta ${offer.number} acceptată`));
    expect(mail.text).toContain(`https://portal.example.ro/quotes/${offer.id}`);
  });

  it('lets staff approve it into a sales order with copies of everything', async () => {
    const data = await staff.client.ok(APPROVE_QUOTE, { id: offer.id });
    salesOrderId = data.approveQuote.id;

    expect(data.approveQuote.number).toMatch(new RegExp(`^CV-${year}-\\d{6}$`));
    expect(data.approveQuote).toMatchObject({
      status: 'CONFIRMED', quote: { id: offer.id, status: 'CONFIRMED' },
    });
    const mail = await sink.waitFor((m) => m.to.includes(customer.email)
      && m.subject === `Comanda ${data.approveQuote.number} a fost confirmată`);
    expect(mail.text).toContain(`https://portal.example.ro/orders/${salesOrderId}`);

    const orders = await customer.client.ok(SALES_ORDERS, {});
    expect(orders.salesOrders.totalCount).toBe(1);
    expect(orders.salesOrders.edges[0]!.node).toMatchObject({
      id: salesOrderId,
      status: 'CONFIRMED',
      deliveryMethod: 'COURIER',
      deliveryAddress: { id: customer.deliveryAddressId, label: 'Sediu' },
      quote: { id: offer.id, number: offer.number },
      total: { amount: '156.81', currency: 'RON' },
      invoices: [],
    });
  });

  it('shows the confirmed quote as its order, with its whole history', async () => {
    const list = await customer.client.ok(QUOTES, {});
    expect(list.quotes.edges.map((e) => e.node.id)).toEqual([order.id]);

    const data = await staff.client.ok(QUOTE, { id: offer.id });
    expect(data.quote.salesOrder?.id).toBe(salesOrderId);
    expect(data.quote.history.map((h) => [h.from, h.to, h.by?.id])).toEqual([
      [null, 'DRAFT', staff.userId],
      ['DRAFT', 'SENT', staff.userId],
      ['SENT', 'AWAITING_APPROVAL', customer.userId],
      ['AWAITING_APPROVAL', 'CONFIRMED', staff.userId],
    ]);
  });

  it('moves the order through production to delivery, each step in its history', async () => {
    const steps: SalesOrderStatus[] = ['IN_PRODUCTION', 'READY_FOR_DELIVERY', 'DELIVERED'];
    for (const status of steps) {
      const data = await staff.client.ok(SET_SALES_ORDER_STATUS, { id: salesOrderId, status });
      expect(data.setSalesOrderStatus.status).toBe(status);
    }

    const data = await customer.client.ok(ORDER_HISTORY, { id: salesOrderId });
    expect(data.salesOrder.history.map((h) => h.to)).toEqual([
      'CONFIRMED', 'IN_PRODUCTION', 'READY_FOR_DELIVERY', 'DELIVERED',
    ]);
  });

  it('counts the delivered, uninvoiced order against the available credit', async () => {
    const data = await customer.client.ok(CREDIT);
    expect(data.me.account!.availableCredit).toEqual({ amount: '9843.19', currency: 'RON' });
  });

  it('invoices the order, due after the payment term, and takes payments', async () => {
    const issued = await staff.client.ok(ISSUE_INVOICE, { salesOrderId });
    invoiceId = issued.issueInvoice.id;
    expect(issued.issueInvoice.number).toMatch(new RegExp(`^FA-${year}-\\d{6}$`));
    expect(issued.issueInvoice).toMatchObject({
      status: 'ISSUED', issueDate: bucharestDay(0), dueDate: bucharestDay(30),
      total: { amount: '156.81', currency: 'RON' },
    });

    const partial = await staff.client.ok(RECORD_PAYMENT, { invoiceId, amount: '100.00' });
    expect(partial.recordPayment).toMatchObject({
      status: 'PARTIALLY_PAID', amountDue: { amount: '56.81', currency: 'RON' },
    });
    const credit = await customer.client.ok(CREDIT);
    expect(credit.me.account!.availableCredit!.amount).toBe('9943.19');

    const full = await staff.client.ok(
      RECORD_PAYMENT, { invoiceId, amount: '56.81', paidOn: bucharestDay(-1) });
    expect(full.recordPayment).toMatchObject({ status: 'PAID', amountDue: { amount: '0.00' } });
  });

  it('shows the customer its paid invoice and gives its whole credit back', async () => {
    const data = await customer.client.ok(INVOICES, {});
    expect(data.invoices.totalCount).toBe(1);
    expect(data.invoices.edges[0]!.node).toMatchObject({
      id: invoiceId, status: 'PAID', overdue: false,
      salesOrder: { id: salesOrderId },
      subtotal: { amount: '131.97' }, taxTotal: { amount: '24.84' },
      total: { amount: '156.81' }, amountDue: { amount: '0.00' },
    });

    const credit = await customer.client.ok(CREDIT);
    expect(credit.me.account!.availableCredit!.amount).toBe('10000.00');
  });
});
