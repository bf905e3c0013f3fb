import type { BatchLoad } from '../graphql/loaders.js';
import { Feedback } from './feedback.entity.js';

/** How many messages each quote's thread has. */
export const loadFeedbackCounts: BatchLoad<string, number> = async (em, quoteIds) => {
  const rows = await em.execute<{ quote_id: string; count: number }[]>(
    'select quote_id, count(*)::int as count from feedback where quote_id in (?) group by quote_id',
    [[...quoteIds]],
  );
  const counts = new Map(rows.map((row) => [row.quote_id, row.count]));
  return quoteIds.map((id) => counts.get(id) ?? 0);
};

/** A page of one quote's thread: up to `size` messages after `afterSeq`, oldest first. */
export interface FeedbackPageKey {
  quoteId: string;
  size: number;
  /** The `seq` of the last message already seen; '0' for the start. */
  afterSeq: string;
}

/** The DataLoader key of a page: keys must be strings to be cached by value. */
export function feedbackPageKey(key: FeedbackPageKey): string {
  return `${key.quoteId}|${key.size}|${key.afterSeq}`;
}

/**
 * Pages of many threads in one statement per distinct (size, after): a page
 * of quotes asking each for `feedback(first: 50)` costs one statement.
 */
export const loadFeedbackPages: BatchLoad<string, Feedback[]> = async (em, keys) => {
  const groups = new Map<string, FeedbackPageKey[]>();
  for (const key of keys) {
    const [quoteId = '', size = '0', afterSeq = '0'] = key.split('|');
    const group = `${size}|${afterSeq}`;
    groups.set(group, [...(groups.get(group) ?? []), { quoteId, size: Number(size), afterSeq }]);
  }

  const pages = new Map<string, Feedback[]>();
  for (const group of groups.values()) {
    const { size, afterSeq } = group[0]!;
    const rows = await em.execute<Record<string, unknown>[]>(
      `select * from (
         select f.*, row_number() over (partition by f.quote_id order by f.seq) as page_row
         from feedback f where f.quote_id in (?) and f.seq > ?
       ) paged where page_row <= ? order by quote_id, seq`,
      [group.map((k) => k.quoteId), afterSeq, size],
    );
    for (const row of rows) {
      delete row.page_row;
      const feedback = em.map(Feedback, row);
      const key = feedbackPageKey({ quoteId: feedback.quote.id, size, afterSeq });
      pages.set(key, [...(pages.get(key) ?? []), feedback]);
    }
  }
  return keys.map((key) => pages.get(key) ?? []);
};
