import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { CustomerFixture } from '../support/fixtures.js';
import type { Operation, VariablesArg } from '../support/graphql-client.js';
import { LiveClient, type TestSubscription } from '../support/live-client.js';
import {
  FEEDBACK_ADDED, type LiveWorld, postFeedback, setUpLiveWorld,
  subscriptionsOn,
} from '../support/live-fixtures.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/test-app.js';

/*
 * Two API instances on one database: customers listen on `api`, staff and
 * customers act through `peer`, as behind a load balancer.
 */

// Spread by both the subscription and the query, so that their answers can be compared.
graphql(`fragment LiveQuoteFields on Quote {
  id number status origin revision
  account { id companyName }
  lines { product { id sku } quantity unitPrice { amount currency } lineTotal { amount currency } }
  subtotal { amount currency } taxTotal { amount currency } total { amount currency }
}`);
const QUOTE_STATUS_CHANGED = graphql(`subscription LiveQuoteStatusChanged {
  quoteStatusChanged { ...LiveQuoteFields }
}`);
const QUOTE = graphql(`query LiveQuote($id: ID!) { quote(id: $id) { ...LiveQuoteFields } }`);
const ORDER_STATUS_CHANGED = graphql(`subscription LiveSalesOrderStatusChanged {
  salesOrderStatusChanged { id number status quote { id } total { amount currency } }
}`);
const ACCEPT_QUOTE = graphql(`mutation LiveAcceptQuote($id: ID!) {
  acceptQuote(id: $id) { quote { id status } }
}`);
const APPROVE_QUOTE = graphql(`mutation LiveApproveQuote($id: ID!) {
  approveQuote(id: $id) { id status }
}`);
const CANCEL_QUOTE = graphql(`mutation LiveCancelQuote($id: ID!) {
  cancelQuote(id: $id) { id status }
}`);
const SET_ORDER_STATUS = graphql(`mutation LiveSetSalesOrderStatus(
  $id: ID!, $status: SalesOrderStatus!
) {
  setSalesOrderStatus(id: $id, status: $status) { id status }
}`);

let api: TestApp;
let peer: TestApp;
let world: LiveWorld;
let companyA: CustomerFixture;
let companyB: CustomerFixture;
const sockets: LiveClient[] = [];

beforeAll(async () => {
  api = await startTestApp();
  peer = await startSecondInstance(api);
  world = await setUpLiveWorld(api);
  companyA = await world.newCustomer();
  companyB = await world.newCustomer();
});

afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

afterAll(async () => {
  await peer?.stop();
  await api?.stop();
});

/** Subscribes on `api` as the given client and waits until the server holds the subscription. */
async function listen<T, V>(
  token: string | null,
  query: Operation<T, V>,
  ...variables: VariablesArg<NoInfer<V>>
): Promise<TestSubscription<T>> {
  const socket = await LiveClient.connect(api.wsUrl, token);
  sockets.push(socket);
  const before = api.app.services.live.hub.size;
  const subscription = socket.subscribe(query, ...variables);
  await subscriptionsOn(api, before + 1);
  return subscription;
}

/** The same client, talking to the other instance. */
function onPeer(client: { accessToken: string | null }) {
  return peer.client.withToken(client.accessToken);
}

describe('feedbackAdded across instances', () => {
  it('delivers staff messages posted on the other instance to the customer, in order', async () => {
    const quoteId = await world.newSentQuote(companyA.accountId);
    const thread = await listen(companyA.client.accessToken, FEEDBACK_ADDED,
      { quoteId });

    const posted = [];
    for (const body of ['Bună ziua', 'Livrăm în 3 zile', 'Prețul include transportul']) {
      posted.push(await postFeedback(onPeer(world.staff.client), quoteId, body));
    }

    const received = await thread.received(3);
    expect(received.map((m) => m.feedbackAdded.id)).toEqual(posted);
    expect(received[0]!.feedbackAdded).toMatchObject({
      body: 'Bună ziua',
      authorRole: 'STAFF',
      author: { id: world.staff.userId, name: expect.any(String) },
    });
  });

  it("answers NOT_FOUND to another company subscribing to the quote's id, and sends it nothing",
    async () => {
      const quoteId = await world.newSentQuote(companyA.accountId);

      const intruder = await LiveClient.connect(api.wsUrl, companyB.client.accessToken);
      sockets.push(intruder);
      const attempt = intruder.subscribe(FEEDBACK_ADDED, { quoteId });

      expect((await attempt.failure()).extensions?.code).toBe('NOT_FOUND');
      await postFeedback(onPeer(world.staff.client), quoteId, 'only for company A');
      await attempt.ended();
      expect(attempt.messages).toEqual([]);
    });

  it('answers NOT_FOUND for an id that is no quote at all, the same way', async () => {
    const socket = await LiveClient.connect(api.wsUrl, companyB.client.accessToken);
    sockets.push(socket);

    for (const quoteId of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const attempt = socket.subscribe(FEEDBACK_ADDED, { quoteId });
      expect((await attempt.failure()).extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('lets staff follow any thread and sees the customer\'s messages too', async () => {
    const quoteId = await world.newSentQuote(companyA.accountId);
    const staffThread = await listen(world.staff.client.accessToken,
      FEEDBACK_ADDED, { quoteId });

    const id = await postFeedback(onPeer(companyA.client), quoteId, 'Putem primi mai repede?');

    const [message] = await staffThread.received(1);
    expect(message!.feedbackAdded).toMatchObject({ id, authorRole: 'CUSTOMER' });
  });
});

describe('status changes across instances', () => {
  it('delivers each status change of a quote as the quote a query would answer', async () => {
    const quoteId = await world.newSentQuote(companyA.accountId);
    const changes = await listen(companyA.client.accessToken, QUOTE_STATUS_CHANGED);

    await onPeer(companyA.client).ok(ACCEPT_QUOTE, { id: quoteId });
    const [accepted] = await changes.received(1);

    const queried = await companyA.client.ok(QUOTE, { id: quoteId });
    expect(accepted!.quoteStatusChanged).toEqual(queried.quote);
    expect(accepted!.quoteStatusChanged.status).toBe('AWAITING_APPROVAL');

    await onPeer(world.staff.client).ok(APPROVE_QUOTE, { id: quoteId });
    const both = await changes.received(2);
    expect(both[1]!.quoteStatusChanged).toMatchObject({ id: quoteId, status: 'CONFIRMED' });
  });

  it('sends a company only its own quotes, and staff everyone\'s, in order', async () => {
    const quoteOfA = await world.newSentQuote(companyA.accountId);
    const quoteOfB = await world.newSentQuote(companyB.accountId);
    const forB = await listen(companyB.client.accessToken, QUOTE_STATUS_CHANGED);
    const forStaff = await listen(world.staff.client.accessToken,
      QUOTE_STATUS_CHANGED);

    await onPeer(world.staff.client).ok(CANCEL_QUOTE, { id: quoteOfA });
    await onPeer(world.staff.client).ok(CANCEL_QUOTE, { id: quoteOfB });

    const staffSaw = await forStaff.received(2);
    expect(staffSaw.map((m) => m.quoteStatusChanged.id)).toEqual([quoteOfA, quoteOfB]);
    const [first] = await forB.received(1);
    expect(first!.quoteStatusChanged.id).toBe(quoteOfB);
    expect(forB.messages).toHaveLength(1);
  });

  it('delivers sales order status changes to the company and not to another', async () => {
    const quoteId = await world.newSentQuote(companyA.accountId);
    await onPeer(companyA.client).ok(ACCEPT_QUOTE, { id: quoteId });
    const orders = await listen(companyA.client.accessToken, ORDER_STATUS_CHANGED);
    const othersOrders = await listen(companyB.client.accessToken,
      ORDER_STATUS_CHANGED);

    const approved = await onPeer(world.staff.client).ok(APPROVE_QUOTE, { id: quoteId });
    const orderId = approved.approveQuote.id;
    await onPeer(world.staff.client).ok(SET_ORDER_STATUS, { id: orderId, status: 'IN_PRODUCTION' });

    // Approval creates the order (CONFIRMED), then staff move it on; each message is the order
    // as it is when delivered, so the last one is surely IN_PRODUCTION.
    const received = await orders.received(2);
    expect(received.map((m) => m.salesOrderStatusChanged.id)).toEqual([orderId, orderId]);
    expect(received[1]!.salesOrderStatusChanged.status).toBe('IN_PRODUCTION');
    expect(received[0]!.salesOrderStatusChanged.quote.id).toBe(quoteId);

    const quoteOfB = await world.newSentQuote(companyB.accountId);
    await onPeer(companyB.client).ok(ACCEPT_QUOTE, { id: quoteOfB });
    await onPeer(world.staff.client).ok(APPROVE_QUOTE, { id: quoteOfB });
    const [firstForB] = await othersOrders.received(1);
    expect(firstForB!.salesOrderStatusChanged.quote.id).toBe(quoteOfB);
  });
});
