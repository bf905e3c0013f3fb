import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { QuoteStatus } from '../generated/graphql.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { LiveClient } from '../support/live-client.js';
import { subscriptionsOn } from '../support/live-fixtures.js';
import { createQuote } from '../support/quote-api.js';
import { quoteWorld, type QuoteWorld } from '../support/quote-setup.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * A draft is staff's work in progress: the customer sees an offer from the
 * moment it is sent, never before, and never staff's notes written on the draft.
 */

const QUOTE = graphql(`query DraftPrivacyQuote($id: ID!) {
  quote(id: $id) {
    id status
    history { from to }
    feedback(first: 50) { totalCount edges { node { body internal } } }
  }
}`);
const QUOTES = graphql(`query DraftPrivacyQuotes($status: [QuoteStatus!]) {
  quotes(status: $status, first: 100) { edges { node { id } } }
}`);
const POST_FEEDBACK = graphql(`mutation DraftPrivacyPostFeedback($quoteId: ID!, $body: String!) {
  postFeedback(quoteId: $quoteId, body: $body) { id internal }
}`);
const SEND_QUOTE = graphql(`mutation DraftPrivacySendQuote($id: ID!) {
  sendQuote(id: $id) { id }
}`);
const CANCEL_QUOTE = graphql(`mutation DraftPrivacyCancelQuote($id: ID!) {
  cancelQuote(id: $id) { id status }
}`);
const FEEDBACK_ADDED = graphql(`subscription DraftPrivacyFeedbackAdded($quoteId: ID!, $after: ID) {
  feedbackAdded(quoteId: $quoteId, after: $after) { body }
}`);
const QUOTE_STATUS_CHANGED = graphql(`subscription DraftPrivacyQuoteStatusChanged {
  quoteStatusChanged { id status }
}`);

let api: TestApp;
let world: QuoteWorld;
let staff: GraphQLClient;
let customer: GraphQLClient;
const sockets: LiveClient[] = [];

beforeAll(async () => {
  api = await startTestApp();
  world = await quoteWorld(api);
  staff = world.staff.client;
  customer = world.customer.client;
});

afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

afterAll(async () => {
  await api?.stop();
});

async function draft(): Promise<string> {
  const lines = [{ productId: world.pipe.id, quantity: '2' }];
  return (await createQuote(staff, { accountId: world.customer.accountId, lines })).id;
}

async function listedFor(client: GraphQLClient, status?: QuoteStatus[]): Promise<string[]> {
  const data = await client.ok(QUOTES, { status });
  return data.quotes.edges.map((edge) => edge.node.id);
}

describe('a draft cancelled before it was sent', () => {
  it('stays hidden from the customer, in lists, by id and live', async () => {
    const id = await draft();
    const socket = await LiveClient.connect(api.wsUrl, customer.accessToken);
    sockets.push(socket);
    const changes = socket.subscribe(QUOTE_STATUS_CHANGED);
    await subscriptionsOn(api, 1);

    await staff.ok(CANCEL_QUOTE, { id });
    // A later change the customer may see, so the feed has delivered what it would.
    const sent = await draft();
    await staff.ok(SEND_QUOTE, { id: sent });

    const [first] = await changes.received(1);
    expect(first!.quoteStatusChanged.id).toBe(sent);
    expect(changes.messages.map((m) => m.quoteStatusChanged.id)).not.toContain(id);
    expect(await listedFor(customer)).not.toContain(id);
    expect(await listedFor(customer, ['CANCELLED'])).not.toContain(id);
    expect((await customer.fails(QUOTE, { id })).extensions?.code).toBe('NOT_FOUND');
    expect(await listedFor(staff, ['CANCELLED'])).toContain(id);
  });
});

describe('staff notes on a draft', () => {
  it('are kept from the customer once the offer is sent, and shown to staff as internal',
    async () => {
      const id = await draft();
      const note = await staff.ok(POST_FEEDBACK,
        { quoteId: id, body: 'Nota internă: marja minimă 12%' });
      expect(note.postFeedback.internal).toBe(true);

      await staff.ok(SEND_QUOTE, { id });
      const reply = await staff.ok(POST_FEEDBACK, { quoteId: id, body: 'Vă trimitem oferta.' });
      expect(reply.postFeedback.internal).toBe(false);

      const seen = await customer.ok(QUOTE, { id });
      expect(seen.quote.feedback.totalCount).toBe(1);
      expect(seen.quote.feedback.edges.map((e) => e.node.body)).toEqual(['Vă trimitem oferta.']);
      expect(seen.quote.history).toEqual([{ from: 'DRAFT', to: 'SENT' }]);

      const staffView = await staff.ok(QUOTE, { id });
      expect(staffView.quote.feedback.totalCount).toBe(2);
      expect(staffView.quote.feedback.edges.map((e) => e.node.internal)).toEqual([true, false]);
      expect(staffView.quote.history).toEqual([
        { from: null, to: 'DRAFT' }, { from: 'DRAFT', to: 'SENT' },
      ]);
    });

  it('cannot be the mark a customer replays from', async () => {
    const id = await draft();
    const note = await staff.ok(POST_FEEDBACK, { quoteId: id, body: 'Nota internă' });
    await staff.ok(SEND_QUOTE, { id });

    const socket = await LiveClient.connect(api.wsUrl, customer.accessToken);
    sockets.push(socket);
    const thread = socket.subscribe(FEEDBACK_ADDED, { quoteId: id, after: note.postFeedback.id });
    expect((await thread.failure()).extensions?.code).toBe('BAD_USER_INPUT');

    const staffSocket = await LiveClient.connect(api.wsUrl, staff.accessToken);
    sockets.push(staffSocket);
    const staffThread = staffSocket.subscribe(FEEDBACK_ADDED,
      { quoteId: id, after: note.postFeedback.id });
    await subscriptionsOn(api, 1);
    await staff.ok(POST_FEEDBACK, { quoteId: id, body: 'După trimitere' });
    const [live] = await staffThread.received(1);
    expect(live!.feedbackAdded.body).toBe('După trimitere');
  });
});
