import pg from 'pg';
import type { Logger } from '../logging/logger.js';

/** The `application_name` of the listening connection, to find it in `pg_stat_activity`. */
export const LISTENER_APPLICATION_NAME = 'portal-mail-listener';

const FIRST_RECONNECT_MS = 500;
const MAX_RECONNECT_MS = 30_000;

/**
 * A dedicated connection that LISTENs on a channel and calls `onWake` on every
 * notification. When the connection drops it reconnects with backoff, and
 * calls `onWake` once more on reconnecting, since notifications sent while it
 * was away are lost.
 */
export class OutboxListener {
  private client: pg.Client | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly onWake: () => void,
    private readonly log: Logger,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  }

  /** Connects once; a failure is logged and retried in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
    });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      this.lose(client, error);
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', () => this.onWake());

    try {
      await client.connect();
      await client.query(`listen ${this.channel}`);
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (this.stopped || lost) {
      await client.end().catch(() => undefined);
      return;
    }

    this.client = client;
    if (this.failures > 0) this.log.info('mail listener reconnected');
    this.failures = 0;
    this.onWake();
  }

  private lose(client: pg.Client, error: Error | undefined): void {
    if (this.client === client) this.client = null;
    client.end().catch(() => undefined);
    if (this.stopped) return;

    this.failures += 1;
    const delay = Math.min(FIRST_RECONNECT_MS * 2 ** (this.failures - 1), MAX_RECONNECT_MS);
    this.log.warn(
      { err: error?.message, retryInMs: delay },
      'mail listener lost its database connection; polling covers the gap',
    );
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, delay);
    this.reconnectTimer.unref();
  }
}
