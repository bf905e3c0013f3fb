import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Viewer } from '../auth/viewer.js';
import { isRecordId } from '../shared/ids.js';
import { NotFound } from '../shared/errors.js';
import { AuthorRole } from './quote-enums.js';
import { Quote } from './quote.entity.js';

/** The side of a quote's thread the viewer writes and reads for. */
export function threadSideOf(viewer: Viewer): AuthorRole {
  return isStaff(viewer) ? AuthorRole.STAFF : AuthorRole.CUSTOMER;
}

/**
 * Staff see every quote; a customer sees its own account's once they were
 * shared with it (sent or placed), never a draft.
 */
export function canSeeQuote(viewer: Viewer, quote: Quote): boolean {
  if (isStaff(viewer)) return true;
  return quote.account.id === viewer.accountId && quote.sharedWithCustomerAt !== null;
}

/** The quote if the viewer may see it; NOT_FOUND otherwise, as if it did not exist. */
export async function findVisibleQuote(
  em: EntityManager,
  viewer: Viewer,
  id: string,
): Promise<Quote> {
  const quote = isRecordId(id) ? await em.findOne(Quote, { id }) : null;
  if (quote === null || !canSeeQuote(viewer, quote)) throw new NotFound('The quote');
  return quote;
}

/**
 * Loads the quote with its row locked until the transaction ends, so two
 * decisions on one quote queue up and the second sees the first's outcome.
 * Answers NOT_FOUND for a quote the viewer may not see.
 */
export async function lockQuote(tx: EntityManager, viewer: Viewer, id: string): Promise<Quote> {
  const quote = isRecordId(id)
    ? await tx.findOne(Quote, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (quote === null || !canSeeQuote(viewer, quote)) throw new NotFound('The quote');
  return quote;
}
