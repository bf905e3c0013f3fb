import type { EntityManager } from '@mikro-orm/postgresql';

/** The PostgreSQL channel every instance listens on for live events. */
export const LIVE_CHANNEL = 'portal_live';

/**
 * A change that subscribers may want to hear about. Events carry ids only:
 * NOTIFY payloads are limited to 8000 bytes, and each subscriber reloads the
 * record with its own rights anyway.
 */
export type LiveEvent =
  | { type: 'feedbackAdded'; quoteId: string; feedbackId: string; accountId: string }
  | { type: 'quoteStatusChanged'; quoteId: string; accountId: string }
  | { type: 'salesOrderStatusChanged'; salesOrderId: string; accountId: string };

/**
 * Queues an event on the caller's transaction. PostgreSQL delivers a NOTIFY
 * only when its transaction commits, and never when it rolls back, so call
 * this inside the same `em.transactional` that makes the change.
 */
export async function publishAfterCommit(em: EntityManager, event: LiveEvent): Promise<void> {
  if (em.getTransactionContext() === undefined) {
    throw new Error('publishAfterCommit must run inside the transaction that makes the change');
  }
  await em.execute('select pg_notify(?, ?)', [LIVE_CHANNEL, JSON.stringify(event)]);
}
