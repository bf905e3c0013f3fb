import pg from 'pg';
import type { Logger } from '../logging/logger.js';
import { LIVE_CHANNEL, parsePublishedEvent, type PublishedEvent } from './live-events.js';

export interface LiveListenerOptions {
  /** Wait before the first reconnection attempt; doubles on each failure. */
  reconnectDelayMs: number;
  /** Longest wait between reconnection attempts. */
  maxReconnectDelayMs: number;
  /** How often the connection is checked with a query. */
  pingIntervalMs: number;
  /** A check that takes longer than this counts as a lost connection. */
  pingTimeoutMs: number;
}

export const DEFAULT_LISTENER_OPTIONS: LiveListenerOptions = {
  reconnectDelayMs: 100,
  maxReconnectDelayMs: 5_000,
  pingIntervalMs: 5_000,
  pingTimeoutMs: 10_000,
};

/**
 * After a reconnection, events created up to this long before the connection
 * was last known to work are read again: it covers notifications in flight
 * when it broke and transactions that started before and committed after.
 */
const CATCH_UP_MARGIN = '2 minutes';

/** How many event ids are remembered to drop events read twice. */
const SEEN_LIMIT = 10_000;

/**
 * This instance's one `LISTEN portal_live` connection. It hands every event
 * to `onEvent` once, in commit order. When the connection breaks (database
 * restart, network, `pg_terminate_backend`) it reconnects with backoff, then
 * reads from `live_events` what was published while it was away, so no
 * committed event is lost for this instance's subscribers.
 */
export class LiveListener {
  private client: pg.Client | null = null;
  /** Notifications that arrive while a catch-up runs, dispatched after it. */
  private held: PublishedEvent[] | null = null;
  private readonly seen = new Set<string>();
  /** Database time when the connection was last known to receive notifications. */
  private aliveAt: Date | null = null;
  private delay: number;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Connections made so far; the first is 1. */
  connections = 0;

  constructor(
    private readonly databaseUrl: string,
    private readonly onEvent: (published: PublishedEvent) => void,
    private readonly log: Logger,
    private readonly options: LiveListenerOptions = DEFAULT_LISTENER_OPTIONS,
  ) {
    this.delay = options.reconnectDelayMs;
  }

  /** Whether the listening connection is up right now. */
  get connected(): boolean {
    return this.client !== null;
  }

  /** Connects and listens; fails when the database cannot be reached at start. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.open();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const client = this.client;
    this.detach();
    if (client !== null) await endQuietly(client);
  }

  /** PostgreSQL's process id of the listening connection, or null while it is down. */
  async backendPid(): Promise<number | null> {
    if (this.client === null) return null;
    const { rows } = await this.client.query<{ pid: number }>('select pg_backend_pid() as pid');
    return rows[0]!.pid;
  }

  private async open(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: 'portal-live-listener',
      keepAlive: true,
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    client.on('notification', (message) => this.receive(message.payload));

    try {
      await client.connect();
      this.held = [];
      await client.query(`listen ${LIVE_CHANNEL}`);
      const since = this.aliveAt;
      this.aliveAt = await databaseNow(client);
      const missed = since === null ? [] : await this.missedSince(client, since);
      if (this.stopped) throw new Error('the listener was stopped while connecting');

      this.connections += 1;
      this.client = client;
      this.delay = this.options.reconnectDelayMs;
      const held = this.held;
      this.held = null;
      for (const published of [...missed, ...held]) this.dispatch(published);
      this.log.info({ connection: this.connections, caughtUp: missed.length },
        'listening for live events');
      this.schedulePing(client);
    } catch (error) {
      this.held = null;
      client.removeAllListeners();
      client.on('error', () => undefined);
      await endQuietly(client);
      throw error;
    }
  }

  /** Events published since shortly before `since`, oldest first. */
  private async missedSince(client: pg.Client, since: Date): Promise<PublishedEvent[]> {
    const { rows } = await client.query<{ id: string; payload: unknown }>(
      `select id::text as id, payload from live_events
       where created_at > $1::timestamptz - interval '${CATCH_UP_MARGIN}' order by id`,
      [since],
    );
    return rows.flatMap((row) => parsePublishedEvent(row.id, row.payload) ?? []);
  }

  private receive(payload: string | undefined): void {
    let published: PublishedEvent | null = null;
    try {
      const parsed = JSON.parse(payload ?? '') as { id?: unknown; event?: unknown };
      published = parsePublishedEvent(parsed.id, parsed.event);
    } catch {
      published = null;
    }
    if (published === null) {
      this.log.warn('ignored a live notification that is not an event');
      return;
    }

    if (this.held !== null) this.held.push(published);
    else this.dispatch(published);
  }

  private dispatch(published: PublishedEvent): void {
    if (this.seen.has(published.id)) return;
    this.seen.add(published.id);
    if (this.seen.size > SEEN_LIMIT) {
      // Sets keep insertion order: the first one is the oldest.
      this.seen.delete(this.seen.values().next().value!);
    }

    try {
      this.onEvent(published);
    } catch (error) {
      this.log.error({ err: error, eventId: published.id }, 'a live event could not be handed out');
    }
  }

  private schedulePing(client: pg.Client): void {
    this.pingTimer = setTimeout(() => {
      this.pingTimer = null;
      void this.ping(client);
    }, this.options.pingIntervalMs);
    this.pingTimer.unref();
  }

  private async ping(client: pg.Client): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the listening connection stopped answering')),
        this.options.pingTimeoutMs);
    });
    try {
      const now = await Promise.race([databaseNow(client), timeout]);
      if (client !== this.client) return;
      this.aliveAt = now;
      this.schedulePing(client);
    } catch (error) {
      this.lost(client, error);
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(client: pg.Client, error: unknown): void {
    if (client !== this.client) return;
    this.detach();
    client.removeAllListeners();
    client.on('error', () => undefined);
    void endQuietly(client);
    if (this.stopped) return;

    this.log.warn({ err: error ?? undefined }, 'lost the live events connection; reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const wait = this.delay * (0.75 + Math.random() / 2);
    this.delay = Math.min(this.delay * 2, this.options.maxReconnectDelayMs);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.stopped) return;
      this.open().catch((error: unknown) => {
        this.log.warn({ err: error }, 'could not reconnect for live events; retrying');
        if (!this.stopped) this.scheduleReconnect();
      });
    }, wait);
  }

  private detach(): void {
    this.client = null;
    if (this.pingTimer !== null) clearTimeout(this.pingTimer);
    this.pingTimer = null;
  }
}

async function databaseNow(client: pg.Client): Promise<Date> {
  const { rows } = await client.query<{ now: Date }>('select clock_timestamp() as now');
  return rows[0]!.now;
}

async function endQuietly(client: pg.Client): Promise<void> {
  await client.end().catch(() => undefined);
}
