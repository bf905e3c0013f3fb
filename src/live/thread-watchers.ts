import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.js';
import type { AuthorRole } from '../quotes/quote-enums.js';

export interface ThreadWatcherOptions {
  /** How often this instance renews its rows (and drops expired ones of any instance). */
  renewEveryMs: number;
  /** How long a row counts without renewal: what a crashed instance leaves behind lasts this. */
  leaseSeconds: number;
}

export const DEFAULT_WATCHER_OPTIONS: ThreadWatcherOptions = {
  renewEveryMs: 20_000,
  leaseSeconds: 60,
};

/** Whether some instance has a socket following the quote's thread for `side` right now. */
export async function isThreadWatched(
  em: EntityManager,
  quoteId: string,
  side: AuthorRole,
): Promise<boolean> {
  const rows = await em.getConnection().execute<unknown[]>(
    `select 1 from thread_watchers
      where quote_id = ? and side = ? and expires_at > clock_timestamp() limit 1`,
    [quoteId, side],
  );
  return rows.length > 0;
}

/**
 * Which quote threads this instance's sockets follow, kept in `thread_watchers` so that
 * any instance posting a message can tell whether the other side is reading live.
 *
 * In memory it only counts its own sockets per thread and side; the table holds one row
 * per thread and side while the count is above zero. Writes run one at a time, in the order
 * the counts changed, so a quick unsubscribe and subscribe cannot leave the row deleted.
 */
export class ThreadWatchers {
  readonly instanceId = randomUUID();
  private readonly counts = new Map<string, { quoteId: string; side: AuthorRole; n: number }>();
  private writes: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
    private readonly options: ThreadWatcherOptions = DEFAULT_WATCHER_OPTIONS,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.write(() => this.renew()), this.options.renewEveryMs);
    this.timer.unref();
  }

  /** Forgets every thread this instance followed, so no other instance waits for the lease. */
  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.counts.clear();
    await this.write(() => this.sql('delete from thread_watchers where instance_id = ?',
      [this.instanceId]));
  }

  /**
   * Counts one more socket on the thread; answers once the row is stored, with the
   * function that takes it away again (safe to call twice).
   */
  async watch(quoteId: string, side: AuthorRole): Promise<() => void> {
    const key = `${quoteId}:${side}`;
    const entry = this.counts.get(key) ?? { quoteId, side, n: 0 };
    entry.n += 1;
    this.counts.set(key, entry);
    // Waiting on the queue, even when the row is already being written, means the row is
    // there before the subscription counts as open.
    await this.write(entry.n === 1 ? () => this.store(quoteId, side) : async () => undefined);

    let released = false;
    return () => {
      if (released) return;
      released = true;
      entry.n -= 1;
      if (entry.n > 0 || this.counts.get(key) !== entry) return;
      this.counts.delete(key);
      void this.write(() => this.sql(
        'delete from thread_watchers where instance_id = ? and quote_id = ? and side = ?',
        [this.instanceId, quoteId, side],
      ));
    };
  }

  private store(quoteId: string, side: AuthorRole): Promise<void> {
    return this.sql(
      `insert into thread_watchers (instance_id, quote_id, side, expires_at)
       values (?, ?, ?, clock_timestamp() + make_interval(secs => ?))
       on conflict (instance_id, quote_id, side) do update set expires_at = excluded.expires_at`,
      [this.instanceId, quoteId, side, this.options.leaseSeconds],
    );
  }

  /** Renews this instance's rows as one set, and drops what expired anywhere. */
  private async renew(): Promise<void> {
    const entries = [...this.counts.values()];
    await this.orm.em.fork().transactional(async (tx) => {
      const connection = tx.getConnection();
      const context = tx.getTransactionContext();
      await connection.execute(
        'delete from thread_watchers where instance_id = ? or expires_at < clock_timestamp()',
        [this.instanceId], 'run', context,
      );
      if (entries.length === 0) return;
      await connection.execute(
        `insert into thread_watchers (instance_id, quote_id, side, expires_at)
         select ?, quote_id, side, clock_timestamp() + make_interval(secs => ?)
           from jsonb_to_recordset(?::jsonb) as watched(quote_id uuid, side author_role)`,
        [this.instanceId, this.options.leaseSeconds,
          JSON.stringify(entries.map(({ quoteId, side }) => ({ quote_id: quoteId, side })))],
        'run', context,
      );
    });
  }

  private async sql(query: string, params: unknown[]): Promise<void> {
    await this.orm.em.getConnection().execute(query, params, 'run');
  }

  /**
   * Queues a write after the others. A failed write is logged, not thrown: the only cost
   * of a missing row is an email to someone who was reading anyway, and the next renewal
   * writes the whole set again.
   */
  private write(work: () => Promise<void>): Promise<void> {
    this.writes = this.writes.then(work).catch((error: unknown) => {
      this.log.warn({ err: error }, 'could not record which quote threads are followed live');
    });
    return this.writes;
  }
}
