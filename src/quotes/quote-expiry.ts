import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.js';
import { businessDay } from '../shared/calendar.js';
import { QuoteStatus } from './quote-enums.js';
import { expireQuote } from './quote-transition.js';
import { Quote } from './quote.entity.js';

/** How often each instance looks for offers whose last day has passed. */
const SWEEP_EVERY_MS = 5 * 60 * 1000;
const BATCH = 100;

/**
 * Stores EXPIRED on SENT offers after their `validUntil` day, so that the
 * change has its history entry and its live event. Reads never wait for it:
 * such an offer already reads EXPIRED everywhere and cannot be accepted.
 * Every instance sweeps; `skip locked` and the status condition make each
 * offer expire once, whichever instance gets to it.
 */
export class QuoteExpiry {
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;

  constructor(private readonly log: Logger) {}

  /** Sweeps now and then every few minutes until `stop`. */
  start(orm: MikroORM): void {
    const sweep = () => {
      this.sweeping ??= this.expireDue(orm.em.fork())
        .then((count) => {
          if (count > 0) this.log.info({ count }, 'expired offers past their day');
        })
        .catch((error: unknown) => this.log.error({ err: error }, 'expiring offers failed'))
        .finally(() => {
          this.sweeping = null;
        });
    };
    sweep();
    this.timer = setInterval(sweep, SWEEP_EVERY_MS);
    this.timer.unref();
  }

  /** Stops sweeping and waits for a sweep in progress. */
  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.sweeping;
  }

  /** Expires every SENT offer whose last day is before `today`; answers how many. */
  async expireDue(em: EntityManager, today: string = businessDay()): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await em.transactional(async (tx) => {
        const due = await tx.find(
          Quote,
          { status: QuoteStatus.SENT, validUntil: { $lt: today } },
          { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: BATCH, orderBy: { id: 'asc' } },
        );
        for (const quote of due) await expireQuote(tx, quote);
        return due.length;
      });
      total += count;
      if (count < BATCH) return total;
    }
  }
}
