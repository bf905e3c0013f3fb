import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../src/live/live-events.js';
import { LIVE_CHANNEL } from '../../src/live/live-events.js';
import { QuoteStatus } from '../../src/quotes/quote-enums.js';
import { Quote } from '../../src/quotes/quote.entity.js';
import { graphql } from '../generated/index.js';
import { eventually } from '../support/eventually.js';
import {
  ACCEPT_QUOTE, POST_FEEDBACK, QUOTE, SET_SALES_ORDER_STATUS, approve, bucharestDay, sentQuote,
} from '../support/quote-api.js';
import { quoteWorld, type QuoteWorld } from '../support/quote-setup.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * Every status change and every message is announced on the live channel
 * once committed, for the subscriptions to pass on; the offers' expiry is
 * stored by the sweep with its own history entry and event.
 */

const APPROVE_AGAIN = graphql(`mutation ApproveConfirmedQuote($id: ID!) {
  approveQuote(id: $id) { id }
}`);

let api: TestApp;
let world: QuoteWorld;
let listener: pg.Client;
const events: LiveEvent[] = [];

beforeAll(async () => {
  api = await startTestApp();
  world = await quoteWorld(api);
  listener = new pg.Client({ connectionString: api.databaseUrl });
  await listener.connect();
  listener.on('notification', (n) => {
    // The payload is the event, or `{ id, event }` once events are also stored for catch-up.
    const payload = JSON.parse(n.payload ?? '{}') as LiveEvent | { event: LiveEvent };
    events.push('event' in payload ? payload.event : payload);
  });
  await listener.query(`listen ${LIVE_CHANNEL}`);
});

afterAll(async () => {
  await listener?.end();
  await api?.stop();
});

function eventsFor(id: string): LiveEvent[] {
  return events.filter((e) => ('quoteId' in e && e.quoteId === id)
    || ('salesOrderId' in e && e.salesOrderId === id));
}

describe('live events', () => {
  it('announce each step of a quote and its order, and each message', async () => {
    const { staff, customer } = world;
    const quote = await sentQuote(staff.client, {
      accountId: customer.accountId, lines: [{ productId: world.pipe.id, quantity: '1' }],
    });
    const feedback = await customer.client.ok(POST_FEEDBACK, { quoteId: quote.id, body: 'OK' });
    await customer.client.ok(ACCEPT_QUOTE, { id: quote.id });
    const order = await approve(staff.client, quote.id);
    await staff.client.ok(SET_SALES_ORDER_STATUS, { id: order.id, status: 'IN_PRODUCTION' });

    const accountId = customer.accountId;
    await eventually(async () => eventsFor(order.id).length === 2, 'the order events', 10_000);
    expect(eventsFor(quote.id)).toEqual([
      { type: 'quoteStatusChanged', quoteId: quote.id, accountId },
      { type: 'quoteStatusChanged', quoteId: quote.id, accountId },
      { type: 'feedbackAdded', quoteId: quote.id, feedbackId: feedback.postFeedback.id, accountId },
      { type: 'quoteStatusChanged', quoteId: quote.id, accountId },
      { type: 'quoteStatusChanged', quoteId: quote.id, accountId },
    ]);
    expect(eventsFor(order.id)).toEqual([
      { type: 'salesOrderStatusChanged', salesOrderId: order.id, accountId },
      { type: 'salesOrderStatusChanged', salesOrderId: order.id, accountId },
    ]);
  });

  it('are not sent for a change that was refused', async () => {
    const { staff, customer } = world;
    const quote = await sentQuote(staff.client, {
      accountId: customer.accountId, lines: [{ productId: world.pipe.id, quantity: '1' }],
    });
    await eventually(async () => eventsFor(quote.id).length === 2, 'the sent event', 10_000);

    await staff.client.fails(SET_SALES_ORDER_STATUS, { id: quote.id, status: 'DELIVERED' });
    await staff.client.fails(APPROVE_AGAIN, { id: quote.id });
    await customer.client.ok(QUOTE, { id: quote.id });

    expect(eventsFor(quote.id)).toHaveLength(2);
  });
});

describe('the expiry sweep', () => {
  it('stores EXPIRED on offers past their day, by no one, with their event', async () => {
    const { staff, customer } = world;
    const quote = await sentQuote(staff.client, {
      accountId: customer.accountId, lines: [{ productId: world.pipe.id, quantity: '1' }],
      validUntil: bucharestDay(-1),
    });
    const fresh = await sentQuote(staff.client, {
      accountId: customer.accountId, lines: [{ productId: world.pipe.id, quantity: '1' }],
    });

    const expired = await api.app.services.quoteExpiry.expireDue(api.app.database.orm.em.fork());
    expect(expired).toBeGreaterThanOrEqual(1);

    const em = api.app.database.orm.em.fork();
    expect((await em.findOneOrFail(Quote, quote.id)).status).toBe(QuoteStatus.EXPIRED);
    expect((await em.findOneOrFail(Quote, fresh.id)).status).toBe(QuoteStatus.SENT);
    const read = await customer.client.ok(QUOTE, { id: quote.id });
    expect(read.quote.status).toBe('EXPIRED');
    expect(read.quote.history.at(-1)).toMatchObject({
      from: 'SENT', to: 'EXPIRED', by: null, note: `Valid until ${bucharestDay(-1)}.`,
    });
    await eventually(async () => eventsFor(quote.id).length === 3, 'the expiry event', 10_000);
    expect(await api.app.services.quoteExpiry.expireDue(em.fork())).toBe(0);
  });
});
