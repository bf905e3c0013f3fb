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

/** An event as it travels: with the id of its row in `live_events`. */
export interface PublishedEvent {
  /** Increasing id of the `live_events` row; instances use it to drop duplicates. */
  id: string;
  event: LiveEvent;
}

/**
 * Queues an event on the caller's transaction. PostgreSQL delivers a NOTIFY
 * only when its transaction commits, and never when it rolls back, so call
 * this inside the same `em.transactional` that makes the change.
 *
 * The event is also written to `live_events`, in the same transaction: an
 * instance whose listening connection was down when the NOTIFY went out reads
 * what it missed from there once it is back (see `LiveListener`).
 */
export async function publishAfterCommit(em: EntityManager, event: LiveEvent): Promise<void> {
  if (em.getTransactionContext() === undefined) {
    throw new Error('publishAfterCommit must run inside the transaction that makes the change');
  }
  await em.execute(
    `with stored as (insert into live_events (payload) values (?::jsonb) returning id, payload)
     select pg_notify(?, json_build_object('id', id::text, 'event', payload)::text) from stored`,
    [JSON.stringify(event), LIVE_CHANNEL],
  );
}

/** Reads a NOTIFY payload or a `live_events` row; null for anything that is not an event. */
export function parsePublishedEvent(id: unknown, event: unknown): PublishedEvent | null {
  if (typeof id !== 'string' || !isLiveEvent(event)) return null;
  return { id, event };
}

function isLiveEvent(value: unknown): value is LiveEvent {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  const text = (name: string) => typeof fields[name] === 'string';
  switch (fields.type) {
    case 'feedbackAdded':
      return text('quoteId') && text('feedbackId') && text('accountId');
    case 'quoteStatusChanged':
      return text('quoteId') && text('accountId');
    case 'salesOrderStatusChanged':
      return text('salesOrderId') && text('accountId');
    default:
      return false;
  }
}
