import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { withClient } from '../support/database.js';
import { eventually } from '../support/eventually.js';
import type { CustomerFixture } from '../support/fixtures.js';
import { LiveClient, type TestSubscription } from '../support/live-client.js';
import {
  FEEDBACK_ADDED, type FeedbackMessage, type LiveWorld, postFeedback, setUpLiveWorld,
  subscriptionsOn,
} from '../support/live-fixtures.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/test-app.js';

/*
 * Resuming with `after`, and what happens when the listening connection
 * breaks or the subscriber's session ends. Subscribers listen on `peer`, whose
 * listener waits PEER_RECONNECT_MS before reconnecting; changes go through `api`.
 */

const PEER_RECONNECT_MS = 1_500;
const LOGIN = graphql(`mutation ResumeLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken }
}`);
const LOGOUT = graphql(`mutation ResumeLogout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}`);

let api: TestApp;
let peer: TestApp;
let world: LiveWorld;
let company: CustomerFixture;
const sockets: LiveClient[] = [];

beforeAll(async () => {
  api = await startTestApp();
  peer = await startSecondInstance(api, {}, {
    live: { reconnectDelayMs: PEER_RECONNECT_MS, maxReconnectDelayMs: PEER_RECONNECT_MS },
  });
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

async function socketOnPeer(token: string | null): Promise<LiveClient> {
  const socket = await LiveClient.connect(peer.wsUrl, token);
  sockets.push(socket);
  return socket;
}

async function followThread(
  socket: LiveClient,
  quoteId: string,
  after: string | null = null,
): Promise<TestSubscription<FeedbackMessage>> {
  const before = peer.app.services.live.hub.size;
  const thread = socket.subscribe(FEEDBACK_ADDED, { quoteId, after });
  await subscriptionsOn(peer, before + 1);
  return thread;
}

function staffPosts(quoteId: string, body: string): Promise<string> {
  return postFeedback(world.staff.client, quoteId, body);
}

function idsOf(messages: FeedbackMessage[]): string[] {
  return messages.map((message) => message.feedbackAdded.id);
}

describe('feedbackAdded(after)', () => {
  it('replays the messages after the given one, then goes live as more come', async () => {
    const quoteId = await world.newSentQuote(company.accountId);
    const first = await staffPosts(quoteId, 'm1');
    const earlier = [await staffPosts(quoteId, 'm2'), await staffPosts(quoteId, 'm3')];
    const socket = await socketOnPeer(company.client.accessToken);

    // Messages keep coming while the subscription starts, so some land on the seam.
    const during: string[] = [];
    const posting = (async () => {
      for (let i = 0; i < 6; i += 1) during.push(await staffPosts(quoteId, `seam ${i}`));
    })();
    const thread = socket.subscribe(FEEDBACK_ADDED, { quoteId, after: first });
    await posting;
    const last = await staffPosts(quoteId, 'after the seam');

    const expected = [...earlier, ...during, last];
    await thread.received(expected.length);
    expect(idsOf(thread.messages)).toEqual(expected);
  });

  it('lets a client that lost its socket resume from the last id it saw', async () => {
    const quoteId = await world.newSentQuote(company.accountId);
    const firstSocket = await socketOnPeer(company.client.accessToken);
    const thread = await followThread(firstSocket, quoteId);
    const seen = await staffPosts(quoteId, 'seen');
    await thread.received(1);
    await firstSocket.dispose();

    const missed = [await staffPosts(quoteId, 'missed 1'), await staffPosts(quoteId, 'missed 2')];
    const resumed = await followThread(await socketOnPeer(company.client.accessToken), quoteId,
      seen);
    const live = await staffPosts(quoteId, 'live again');

    await resumed.received(3);
    expect(idsOf(resumed.messages)).toEqual([...missed, live]);
  });

  it.each([
    ['a message of another quote', 'other'],
    ['something that is no id', 'garbage'],
  ])('answers BAD_USER_INPUT on after for %s', async (_name, kind) => {
    const quoteId = await world.newSentQuote(company.accountId);
    const otherQuote = await world.newSentQuote(company.accountId);
    const after = kind === 'other' ? await staffPosts(otherQuote, 'elsewhere') : 'garbage';
    const socket = await socketOnPeer(company.client.accessToken);

    const attempt = socket.subscribe(FEEDBACK_ADDED, { quoteId, after });

    const error = await attempt.failure();
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('when the listening connection breaks', () => {
  it('delivers what was posted meanwhile once it is back, and `after` replays it once',
    async () => {
      const quoteId = await world.newSentQuote(company.accountId);
      const thread = await followThread(await socketOnPeer(company.client.accessToken), quoteId);
      const before = await staffPosts(quoteId, 'before the break');
      await thread.received(1);
      const listener = peer.app.services.live.listener;

      const pid = await listener.backendPid();
      await terminateBackend(pid!);
      await eventually(() => !listener.connected, 'the listener to notice');
      const during = [await staffPosts(quoteId, 'gap 1'), await staffPosts(quoteId, 'gap 2')];
      // Resuming now replays the gap from the table; when the listener is back it reads
      // the same two events again, which the resumed subscription must not repeat.
      const resumed = await followThread(await socketOnPeer(company.client.accessToken), quoteId,
        before);
      await resumed.received(2);
      expect(listener.connected, 'all of this must happen in the gap').toBe(false);

      await thread.received(3, PEER_RECONNECT_MS * 4);
      expect(idsOf(thread.messages)).toEqual([before, ...during]);
      const after = await staffPosts(quoteId, 'after the break');
      await thread.received(4);
      await resumed.received(3);
      expect(idsOf(resumed.messages)).toEqual([...during, after]);
    });
});

describe('when the subscriber may no longer listen', () => {
  type SignedInCustomer = CustomerFixture & { refreshToken: string };
  const endings: [string, (customer: SignedInCustomer) => Promise<void>][] = [
    ['its company is suspended', (c) => setStatus('accounts', c.accountId, 'SUSPENDED')],
    ['its user is disabled', (customer) => setStatus('users', customer.userId, 'DISABLED')],
    ['its session is signed out', async (customer) => {
      await api.client.ok(LOGOUT, { refreshToken: customer.refreshToken });
    }],
  ];

  it.each(endings)('stops delivering and closes with 4403 when %s', async (_name, end) => {
    const fixture = await world.newCustomer();
    const credentials = { email: fixture.email, password: fixture.password };
    const session = await api.client.ok(LOGIN, credentials);
    const customer = { ...fixture, refreshToken: session.login.refreshToken };
    const quoteId = await world.newSentQuote(customer.accountId);
    const socket = await socketOnPeer(session.login.accessToken);
    const thread = await followThread(socket, quoteId);
    await staffPosts(quoteId, 'still listening');
    await thread.received(1);

    await end(customer);
    await staffPosts(quoteId, 'not for you any more');

    expect(await socket.closed()).toEqual({ code: 4403, reason: 'Session ended' });
    expect(thread.messages).toHaveLength(1);
  });
});

async function setStatus(table: 'accounts' | 'users', id: string, status: string): Promise<void> {
  await withApiClient((client) => client.query(`update ${table} set status = $1 where id = $2`,
    [status, id]));
}

async function terminateBackend(pid: number): Promise<void> {
  await withApiClient((client) => client.query('select pg_terminate_backend($1)', [pid]));
}

function withApiClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(api.databaseUrl, work);
}
