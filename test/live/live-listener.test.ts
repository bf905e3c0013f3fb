import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/app.js';
import { type LiveEvent, publishAfterCommit } from '../../src/live/live-events.js';
import { quoteStatusTopic } from '../../src/live/live-hub.js';
import { withClient } from '../support/database.js';
import { eventually } from '../support/eventually.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/test-app.js';

let api: TestApp;
let peer: TestApp;
// The peer waits long before reconnecting, so events surely fall into the gap.
const PEER_RECONNECT_MS = 1_500;

beforeAll(async () => {
  api = await startTestApp();
  peer = await startSecondInstance(api, {}, {
    live: { reconnectDelayMs: PEER_RECONNECT_MS, maxReconnectDelayMs: PEER_RECONNECT_MS },
  });
});

afterAll(async () => {
  await peer?.stop();
  await api?.stop();
});

let counter = 0;
function statusEvent(): LiveEvent {
  counter += 1;
  return { type: 'quoteStatusChanged', quoteId: `q${counter}`, accountId: 'acc' };
}

/** Records what an instance's hub hands out on the staff quote-status topic. */
function record(app: App): LiveEvent[] {
  const seen: LiveEvent[] = [];
  app.services.live.hub.subscribe(quoteStatusTopic(null), { push: (event) => seen.push(event) });
  return seen;
}

async function publish(app: App, events: LiveEvent[], rollBack = false): Promise<void> {
  const em = app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    for (const event of events) await publishAfterCommit(tx, event);
    if (rollBack) throw new Error('roll back');
  }).catch((error: unknown) => {
    if (!rollBack) throw error;
  });
}

function withApiClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(api.databaseUrl, work);
}

function ids(events: LiveEvent[]): string[] {
  return events.map((event) => (event.type === 'quoteStatusChanged' ? event.quoteId : '?'));
}

describe('the live events listener', () => {
  it('hands each committed event to every instance on the database, in commit order', async () => {
    const onApi = record(api.app);
    const onPeer = record(peer.app);
    const sent = [statusEvent(), statusEvent(), statusEvent()];

    for (const event of sent) await publish(peer.app, [event]);

    await eventually(() => onApi.length === 3 && onPeer.length === 3, 'three events on both');
    expect(onApi).toEqual(sent);
    expect(onPeer).toEqual(sent);
  });

  it('never hands out an event whose transaction rolled back', async () => {
    const onPeer = record(peer.app);
    const rolledBack = statusEvent();
    const sentinel = statusEvent();

    await publish(api.app, [rolledBack], true);
    await publish(api.app, [sentinel]);

    await eventually(() => onPeer.length > 0, 'the sentinel');
    expect(onPeer).toEqual([sentinel]);
  });

  it('reads what it missed after its connection is terminated, once each', async () => {
    const listener = peer.app.services.live.listener;
    const onPeer = record(peer.app);
    const before = statusEvent();
    await publish(api.app, [before]);
    await eventually(() => onPeer.length === 1, 'the event before the break');
    const connections = listener.connections;

    const pid = await listener.backendPid();
    await withApiClient((client) => client.query('select pg_terminate_backend($1)', [pid]));
    await eventually(() => !listener.connected, 'the listener to notice');
    const during = [statusEvent(), statusEvent(), statusEvent()];
    for (const event of during) await publish(api.app, [event]);
    expect(listener.connected, 'the events must fall into the gap').toBe(false);

    await eventually(() => onPeer.length === 4, 'the missed events', PEER_RECONNECT_MS * 4);
    expect(ids(onPeer)).toEqual(ids([before, ...during]));
    expect(listener.connections).toBe(connections + 1);
  });

  it('comes back after every connection to the database is cut, as in a restart', async () => {
    const onApi = record(api.app);
    const onPeer = record(peer.app);

    await withApiClient((client) => client.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid()`,
    ));
    await eventually(() => !api.app.services.live.listener.connected, 'the listener to notice');
    const event = statusEvent();
    await eventually(
      () => publish(api.app, [event]).then(() => true, () => false),
      'the database to take writes again',
    );

    await eventually(() => onApi.length === 1 && onPeer.length === 1, 'the event on both',
      PEER_RECONNECT_MS * 4);
    expect(onApi).toEqual([event]);
    expect(onPeer).toEqual([event]);
  });
});
