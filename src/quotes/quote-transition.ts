import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/user.entity.js';
import { publishAfterCommit } from '../live/live-events.js';
import { businessDay } from '../shared/calendar.js';
import { QuoteStatus } from './quote-enums.js';
import { QuoteHistoryEntry } from './quote-history.entity.js';
import {
  effectiveQuoteStatus, QUOTE_LIFECYCLE, type QuoteAction, SHARED_WITH_CUSTOMERS_FROM,
} from './quote-states.js';
import { Quote } from './quote.entity.js';

/** Who makes a change and why; `userId` null means the system. */
export interface Step {
  userId: string | null;
  note?: string | null;
}

/**
 * Records the creation of a quote (`createQuote`, `placeOrder`) as its first
 * step. Call on the transaction that persists the quote.
 */
export function startQuote(
  tx: EntityManager,
  quote: Quote,
  action: QuoteAction,
  step: Step,
): Promise<QuoteStatus> {
  return recordStep(tx, quote, null, action, step);
}

/**
 * Moves a quote along its lifecycle. The caller holds the quote's row lock
 * (`lockQuote`) on `tx`; the status the caller saw is its effective one, so
 * a SENT offer past its day is EXPIRED here too and cannot be accepted.
 */
export function changeQuoteStatus(
  tx: EntityManager,
  quote: Quote,
  action: QuoteAction,
  step: Step,
): Promise<QuoteStatus> {
  const from = effectiveQuoteStatus(quote, businessDay());
  return recordStep(tx, quote, from, action, step);
}

/**
 * Stores EXPIRED on a SENT offer whose last day has passed (the system's
 * step, by no one). Its effective status already reads EXPIRED, so the step
 * starts from the stored SENT. The caller holds the quote's row lock.
 */
export function expireQuote(tx: EntityManager, quote: Quote): Promise<QuoteStatus> {
  return recordStep(tx, quote, quote.status, 'expire', {
    userId: null,
    note: `Valid until ${quote.validUntil ?? '—'}.`,
  });
}

/**
 * The one place a quote's status changes: checks the step against the
 * lifecycle table, stores the status and a history entry, and queues the
 * live event, all in the caller's transaction.
 */
async function recordStep(
  tx: EntityManager,
  quote: Quote,
  from: QuoteStatus | null,
  action: QuoteAction,
  step: Step,
): Promise<QuoteStatus> {
  if (tx.getTransactionContext() === undefined) {
    throw new Error('a quote changes status only inside a transaction');
  }
  const to = QUOTE_LIFECYCLE.next(from, action);

  quote.status = to;
  if (quote.sharedWithCustomerAt === null && SHARED_WITH_CUSTOMERS_FROM.includes(to)) {
    quote.sharedWithCustomerAt = new Date();
  }
  tx.persist(quote);
  tx.create(QuoteHistoryEntry, {
    quote,
    from,
    to,
    by: step.userId === null ? null : tx.getReference(User, step.userId),
    note: step.note ?? null,
  });
  await tx.flush();

  await publishAfterCommit(tx, {
    type: 'quoteStatusChanged',
    quoteId: quote.id,
    accountId: quote.account.id,
  });
  return to;
}
