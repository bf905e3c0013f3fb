import type { BatchLoad } from '../graphql/loaders.js';
import { Feedback } from './feedback.entity.js';

/** How many messages a thread has: for staff (`all`), and for the customer (`shared`). */
export interface FeedbackCount {
  all: number;
  shared: number;
}

/** How many messages each quote's thread has, for either side. */
export const loadFeedbackCounts: BatchLoad<string, FeedbackCount> = async (em, quoteIds) => {
  const rows = await em.execute<{ quote_id: string; all: number; shared: number }[]>(
    `select quote_id, count(*)::int as all, (count(*) filter (where not internal))::int as shared
       from feedback where quote_id in (?) group by quote_id`,
    [[...quoteIds]],
  );
  const counts = new Map(rows.map((row) => [row.quote_id, row]));
  return quoteIds.map((id) => counts.get(id) ?? { all: 0, shared: 0 });
};

/** A page of one quote's thread: up to `size` messages after `afterSeq`, oldest first. */
export interface FeedbackPageKey {
  quoteId: string;
  size: number;
  /** The `seq` of the last message already seen; '0' for the start. */
  afterSeq: string;
  /** Staff's notes on the draft too (for staff), or only what the customer may read. */
  withInternal: boolean;
}

/** The DataLoader key of a page: keys must be strings to be cached by value. */
export function feedbackPageKey(key: FeedbackPageKey): string {
  return `${key.quoteId}|${key.size}|${key.afterSeq}|${key.withInternal ? 'all' : 'shared'}`;
}

/**
 * Pages of many threads in one statement per distinct (size, after, side): a
 * page of quotes asking each for `feedback(first: 50)` costs one statement.
 */
export const loadFeedbackPages: BatchLoad<string, Feedback[]> = async (em, keys) => {
  const groups = new Map<string, FeedbackPageKey[]>();
  for (const key of keys) {
    const [quoteId = '', size = '0', afterSeq = '0', side = 'shared'] = key.split('|');
    const group = `${size}|${afterSeq}|${side}`;
    const page = { quoteId, size: Number(size), afterSeq, withInternal: side === 'all' };
    groups.set(group, [...(groups.get(group) ?? []), page]);
  }

  const pages = new Map<string, Feedback[]>();
  for (const group of groups.values()) {
    const { size, afterSeq, withInternal } = group[0]!;
    const rows = await em.execute<Record<string, unknown>[]>(
      `select * from (
         select f.*, row_number() over (partition by f.quote_id order by f.seq) as page_row
         from feedback f where f.quote_id in (?) and f.seq > ? and (? or not f.internal)
       ) paged where page_row <= ? order by quote_id, seq`,
      [group.map((k) => k.quoteId), afterSeq, withInternal, size],
    );
    for (const row of rows) {
      delete row.page_row;
      const feedback = em.map(Feedback, row);
      const key = feedbackPageKey({ quoteId: feedback.quote.id, size, afterSeq, withInternal });
      pages.set(key, [...(pages.get(key) ?? []), feedback]);
    }
  }
  return keys.map((key) => pages.get(key) ?? []);
};
