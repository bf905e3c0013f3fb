import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMail } from '../../src/mail/outbox-mail.entity.js';
import { eventually } from '../support/eventually.js';
import type { CustomerFixture } from '../support/fixtures.js';
import { LiveClient, type TestSubscription } from '../support/live-client.js';
import {
  FEEDBACK_ADDED, type FeedbackMessage, type LiveWorld, postFeedback, setUpLiveWorld,
  subscriptionsOn,
} from '../support/live-fixtures.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/test-app.js';

/*
 * A new message is emailed to the other side only when nobody of that side
 * follows the thread live, on any instance: readers listen on `api`, writers
 * post through `peer`, as behind a load balancer.
 */

let api: TestApp;
let peer: TestApp;
let world: LiveWorld;
let company: CustomerFixture;
const sockets: LiveClient[] = [];

beforeAll(async () => {
  api = await startTestApp();
  peer = await startSecondInstance(api);
  world = await setUpLiveWorld(api);
  company = await world.newCustomer();
});

afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

afterAll(async () => {
  await peer?.stop();
  await api?.stop();
});

async function follow(token: string | null, quoteId: string) {
  const socket = await LiveClient.connect(api.wsUrl, token);
  sockets.push(socket);
  const before = api.app.services.live.hub.size;
  const thread: TestSubscription<FeedbackMessage> = socket.subscribe(FEEDBACK_ADDED, { quoteId });
  await subscriptionsOn(api, before + 1);
  return { socket, thread };
}

/** The feedback mails queued about the quote: to the customer, and to staff. */
async function feedbackMails(quoteId: string) {
  const rows = await api.app.database.orm.em.fork().find(OutboxMail, {
    kind: 'quote.feedback',
    recordId: quoteId,
  });
  return {
    toCustomer: rows.filter((row) => row.toAddress === company.email).length,
    toStaff: rows.filter((row) => row.toAddress === world.staff.email).length,
  };
}

async function watcherRows(quoteId: string): Promise<number> {
  const rows = await api.app.database.orm.em.getConnection().execute<{ n: string }[]>(
    'select count(*) as n from thread_watchers where quote_id = ?', [quoteId]);
  return Number(rows[0]!.n);
}

describe('feedback mails', () => {
  it('are not sent to a customer following the thread live on another instance', async () => {
    const quoteId = await world.newSentQuote(company.accountId);
    const { thread } = await follow(company.client.accessToken, quoteId);

    await postFeedback(peer.client.withToken(world.staff.client.accessToken), quoteId, 'Salut');

    await thread.received(1);
    expect(await feedbackMails(quoteId)).toEqual({ toCustomer: 0, toStaff: 0 });
  });

  it('are sent once the customer stops following, one per burst of messages', async () => {
    const quoteId = await world.newSentQuote(company.accountId);
    const { thread } = await follow(company.client.accessToken, quoteId);
    thread.unsubscribe();
    await eventually(async () => (await watcherRows(quoteId)) === 0, 'the watcher row to go');

    const staff = peer.client.withToken(world.staff.client.accessToken);
    await postFeedback(staff, quoteId, 'Avem stoc.');
    await postFeedback(staff, quoteId, 'Livrare marți.');
    expect(await feedbackMails(quoteId)).toEqual({ toCustomer: 1, toStaff: 0 });

    // The customer answers from the mail: staff are told, and the next answer is mailed again.
    await postFeedback(company.client, quoteId, 'Mulțumim, confirmăm.');
    await postFeedback(staff, quoteId, 'Perfect.');
    expect(await feedbackMails(quoteId)).toEqual({ toCustomer: 2, toStaff: 1 });
  });

  it('are not sent to staff while a staff member follows the thread', async () => {
    const quoteId = await world.newSentQuote(company.accountId);
    const { thread } = await follow(world.staff.client.accessToken, quoteId);

    await postFeedback(peer.client.withToken(company.client.accessToken), quoteId, 'O întrebare');

    await thread.received(1);
    expect(await feedbackMails(quoteId)).toEqual({ toCustomer: 0, toStaff: 0 });
  });

  it("count one row per instance and side, gone when the last socket closes", async () => {
    const quoteId = await world.newSentQuote(company.accountId);
    const first = await follow(company.client.accessToken, quoteId);
    await follow(company.client.accessToken, quoteId);
    await follow(world.staff.client.accessToken, quoteId);
    expect(await watcherRows(quoteId)).toBe(2);

    await first.socket.dispose();
    expect(await watcherRows(quoteId)).toBe(2);
    await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
    await eventually(async () => (await watcherRows(quoteId)) === 0, 'the watcher rows to go');
  });

  it('go out again when the instance of a live reader died and its lease ran out', async () => {
    const quoteId = await world.newSentQuote(company.accountId);
    await follow(company.client.accessToken, quoteId);
    // What a crashed instance leaves: its row, no longer renewed.
    await api.app.database.orm.em.getConnection().execute(
      "update thread_watchers set expires_at = now() - interval '1 second' where quote_id = ?",
      [quoteId]);

    await postFeedback(peer.client.withToken(world.staff.client.accessToken), quoteId, 'Alo?');

    expect(await feedbackMails(quoteId)).toEqual({ toCustomer: 1, toStaff: 0 });
  });

  it('are forgotten by an instance that stops, for the others to see at once', async () => {
    const quoteId = await world.newSentQuote(company.accountId);
    const third = await startSecondInstance(api);
    try {
      const socket = await LiveClient.connect(third.wsUrl, company.client.accessToken);
      sockets.push(socket);
      socket.subscribe(FEEDBACK_ADDED, { quoteId });
      await subscriptionsOn(third, 1);
      expect(await watcherRows(quoteId)).toBe(1);
    } finally {
      await third.stop();
    }
    expect(await watcherRows(quoteId)).toBe(0);
  });
});
