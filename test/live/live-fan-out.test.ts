import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerFixture } from '../support/fixtures.js';
import { LiveClient, type TestSubscription } from '../support/live-client.js';
import {
  FEEDBACK_ADDED, type FeedbackMessage, type LiveWorld, postFeedback, setUpLiveWorld,
  subscriptionsOn,
} from '../support/live-fixtures.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/test-app.js';

/*
 * One message on a watched thread is read once for all its subscribers on
 * an instance: the statements `api` runs to deliver it do not grow with the
 * number of sockets. Messages are posted through `peer`, so what `api` runs
 * is delivery alone.
 */

let api: TestApp;
let peer: TestApp;
let world: LiveWorld;
let customer: CustomerFixture;
const sockets: LiveClient[] = [];
const statements: string[] = [];

beforeAll(async () => {
  // No mail polling or expiry sweep on `api` while its statements are counted.
  api = await startTestApp({ MAIL_POLL_INTERVAL_MS: '600000' });
  peer = await startSecondInstance(api);
  await api.app.services.quoteExpiry.stop();
  await api.app.services.mail.stop();
  world = await setUpLiveWorld(api);
  customer = await world.newCustomer();

  const knex = api.app.database.orm.em.getConnection().getKnex();
  knex.on('query', (query: { sql: string }) => statements.push(query.sql));
});

afterAll(async () => {
  await Promise.all(sockets.map((socket) => socket.dispose()));
  await peer?.stop();
  await api?.stop();
});

/** Opens `count` sockets on `api` for each token, each subscribed to the quote's thread. */
async function watchers(quoteId: string, tokens: (string | null)[], count: number) {
  const before = api.app.services.live.hub.size;
  const threads: TestSubscription<FeedbackMessage>[] = [];
  for (const token of tokens) {
    for (let i = 0; i < count; i += 1) {
      const socket = await LiveClient.connect(api.wsUrl, token);
      sockets.push(socket);
      threads.push(socket.subscribe(FEEDBACK_ADDED, { quoteId }));
    }
  }
  await subscriptionsOn(api, before + threads.length);
  return threads;
}

/** The statements `api` runs while one message reaches every thread. */
async function deliveryStatements(quoteId: string, threads: TestSubscription<unknown>[]) {
  statements.length = 0;
  await postFeedback(peer.client.withToken(customer.client.accessToken), quoteId, 'Termen?');
  await Promise.all(threads.map((thread) => thread.received(thread.messages.length + 1)));
  return statements.length;
}

describe('a message watched from many sockets', () => {
  it('costs as many statements for 20 subscribers as for 2', async () => {
    const tokens = [customer.client.accessToken, world.staff.client.accessToken];
    const fewQuote = await world.newSentQuote(customer.accountId);
    const few = await watchers(fewQuote, tokens, 1);
    const manyQuote = await world.newSentQuote(customer.accountId);
    const many = await watchers(manyQuote, tokens, 10);

    const forFew = await deliveryStatements(fewQuote, few);
    const forMany = await deliveryStatements(manyQuote, many);

    console.info(`SQL statements to deliver one message: 2 sockets → ${forFew}, 20 → ${forMany}`);
    expect(forMany).toBe(forFew);
    for (const thread of many) {
      expect(thread.messages.at(-1)!.feedbackAdded.author.id).toBe(customer.userId);
    }
  });
});
