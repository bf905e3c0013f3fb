import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Viewer } from '../auth/viewer.js';
import type { Connection } from '../graphql/connection.js';
import { newestFirstPage, type PageRequest } from '../graphql/newest-first.js';
import { accountScope } from '../shared/account-scope.js';
import { businessDay } from '../shared/calendar.js';
import { QuoteStatus } from './quote-enums.js';
import { HIDDEN_FROM_CUSTOMERS } from './quote-states.js';
import { Quote } from './quote.entity.js';

/** Which quotes to list; `accountId` is honoured for staff only. */
export interface QuoteFilter extends PageRequest {
  status?: QuoteStatus[] | null;
  accountId?: string | null;
}

/**
 * Quotes newest first: a customer's own account's (never drafts), staff's
 * every account's. Without a status filter, CONFIRMED quotes are left out
 * (they show up as sales orders). Status filters use the status callers
 * see, so SENT offers past their day are found under EXPIRED, not SENT.
 */
export function listQuotes(
  em: EntityManager,
  viewer: Viewer,
  filter: QuoteFilter,
): Promise<Connection<Quote>> {
  const where: FilterQuery<Quote> = {
    $and: [accountScope(viewer, filter.accountId), statusFilter(viewer, filter.status)],
  };
  return newestFirstPage(em, Quote, where, filter);
}

function statusFilter(
  viewer: Viewer,
  statuses: QuoteStatus[] | null | undefined,
): FilterQuery<Quote> {
  const hidden = isStaff(viewer) ? [] : HIDDEN_FROM_CUSTOMERS;
  if (statuses === null || statuses === undefined || statuses.length === 0) {
    return { status: { $nin: [QuoteStatus.CONFIRMED, ...hidden] } };
  }

  const today = businessDay();
  const wanted = statuses.filter((status) => !hidden.includes(status));
  // Only hidden statuses asked for: an empty `$in` matches nothing.
  if (wanted.length === 0) return { id: { $in: [] } };
  return { $or: wanted.map((status) => storedCondition(status, today)) };
}

/** The stored rows that read as `status` today. */
function storedCondition(status: QuoteStatus, today: string): FilterQuery<Quote> {
  if (status === QuoteStatus.SENT) {
    return { status, $or: [{ validUntil: null }, { validUntil: { $gte: today } }] };
  }
  if (status === QuoteStatus.EXPIRED) {
    return {
      $or: [{ status }, { status: QuoteStatus.SENT, validUntil: { $lt: today } }],
    };
  }
  return { status };
}
