import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Viewer } from '../auth/viewer.js';
import { Feedback } from '../quotes/feedback.entity.js';
import { canSeeQuote, findVisibleQuote, threadSideOf } from '../quotes/quote-access.js';
import { BadUserInput } from '../shared/errors.js';
import { isRecordId } from '../shared/ids.js';
import type { EventReading } from './event-reading.js';
import type { LiveContext } from './live-context.js';
import { LiveDelivery, type LiveFeed } from './live-feed.js';
import { feedbackTopic } from './live-hub.js';

/**
 * `feedbackAdded(quoteId, after)`: the messages of one quote's thread.
 *
 * The seam between replay and live has neither gap nor duplicate: the feed
 * listens before the replay reads the table, so a message committed in
 * between is both replayed and held as an event; held events wait until the
 * replay is sent, and any whose `seq` is not above the last one sent is
 * dropped. `seq` follows commit order within a thread because posting takes
 * the quote's row lock (`postFeedback` → `lockQuote`).
 */
export async function openFeedbackFeed(
  ctx: LiveContext,
  quoteId: string,
  after: string | null,
): Promise<LiveFeed<Feedback>> {
  const { live: socket, services } = ctx;
  const viewer = socket.viewer;

  // Only the id outlives this check: a loaded entity would keep its fork alive as long
  // as the subscription, for every idle socket.
  const em = services.live.fork();
  const id = (await findVisibleQuote(em, viewer, quoteId)).id;
  const withInternal = isStaff(viewer);
  let lastSeq = after === null ? null : await seqOf(em, id, after, withInternal);

  // Counted as reading the thread live before the feed opens, so a message posted as soon
  // as the subscription is up already skips the email to this side.
  const unwatch = await services.live.watchers.watch(id, threadSideOf(viewer));
  let feed: LiveFeed<Feedback>;
  try {
    feed = await services.live.openFeed<Feedback>(
      socket,
      [feedbackTopic(id)],
      async (event, reading) => {
        if (event.type !== 'feedbackAdded' || event.quoteId !== id) return null;
        const feedback = await loadVisibleFeedback(reading, viewer, event.feedbackId);
        if (feedback === null || !isLater(feedback.seq, lastSeq)) return null;
        lastSeq = feedback.seq;
        return feedback;
      },
    );
  } catch (error) {
    unwatch();
    throw error;
  }
  feed.onEnd(unwatch);

  try {
    const replayEm = services.live.fork();
    const replayed = lastSeq === null ? [] : await replayEm.find(
      Feedback,
      { quote: id, seq: { $gt: lastSeq }, ...(withInternal ? {} : { internal: false }) },
      { orderBy: { seq: 'asc' }, populate: ['author'] },
    );
    if (replayed.length > 0) lastSeq = replayed[replayed.length - 1]!.seq;
    feed.start(replayed.map((feedback) => new LiveDelivery(feedback, replayEm)));
  } catch (error) {
    await feed.return();
    throw error;
  }
  return feed;
}

/** The `seq` of the message `after`, which must be in the part of the thread the viewer reads. */
async function seqOf(
  em: EntityManager,
  quoteId: string,
  after: string,
  withInternal: boolean,
): Promise<string> {
  const where = { id: after, quote: quoteId, ...(withInternal ? {} : { internal: false }) };
  const mark = isRecordId(after) ? await em.findOne(Feedback, where, { fields: ['seq'] }) : null;
  if (mark === null) {
    throw new BadUserInput('after', "No message with this id is in this quote's thread. "
      + 'Give the id of the last message received, or leave `after` out to start from now.');
  }
  return mark.seq;
}

/** The message with its quote and author, if the viewer may see its quote (now). */
async function loadVisibleFeedback(
  reading: EventReading,
  viewer: Viewer,
  feedbackId: string,
): Promise<Feedback | null> {
  const feedback = await reading.once(`feedback:${feedbackId}`, () => reading.em.findOne(
    Feedback,
    { id: feedbackId },
    { populate: ['quote', 'author'] },
  ));
  if (feedback === null || !canSeeQuote(viewer, feedback.quote)) return null;
  if (feedback.internal && !isStaff(viewer)) return null;
  return feedback;
}

/** Whether `seq` comes after `last` (bigint columns arrive as strings). */
function isLater(seq: string, last: string | null): boolean {
  return last === null || BigInt(seq) > BigInt(last);
}
