import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Viewer } from '../auth/viewer.js';
import type { Connection } from '../graphql/connection.js';
import { newestFirstPage, type PageRequest } from '../graphql/newest-first.js';
import { accountScope } from '../shared/account-scope.js';
import { businessDay } from '../shared/calendar.js';
import { QuoteStatus } from './quote-enums.js';
import { Quote } from './quote.entity.js';

/** Which quotes to list; `accountId` is honoured for staff only. */
export interface QuoteFilter extends PageRequest {
  status?: QuoteStatus[] | null;
  accountId?: string | null;
}

/**
 * Quotes newest first: a customer's own account's that were shared with it
 * (never drafts, see `canSeeQuote`), staff's every account's. Without a
 * status filter, CONFIRMED quotes are left out (they show up as sales
 * orders). Status filters use the status callers see, so SENT offers past
 * their day are found under EXPIRED, not SENT.
 */
export function listQuotes(
  em: EntityManager,
  viewer: Viewer,
  filter: QuoteFilter,
): Promise<Connection<Quote>> {
  const where: FilterQuery<Quote> = {
    $and: [
      accountScope(viewer, filter.accountId),
      isStaff(viewer) ? {} : { sharedWithCustomerAt: { $ne: null } },
      statusFilter(filter.status),
    ],
  };
  return newestFirstPage(em, Quote, where, filter);
}

function statusFilter(statuses: QuoteStatus[] | null | undefined): FilterQuery<Quote> {
  if (statuses === null || statuses === undefined || statuses.length === 0) {
    return { status: { $ne: QuoteStatus.CONFIRMED } };
  }

  const today = businessDay();
  return { $or: statuses.map((status) => storedCondition(status, today)) };
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
