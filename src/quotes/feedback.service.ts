import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { publishAfterCommit } from '../live/live-events.js';
import { isThreadWatched } from '../live/thread-watchers.js';
import type { Logger } from '../logging/logger.js';
import { businessDay } from '../shared/calendar.js';
import { BadUserInput, InvalidTransition } from '../shared/errors.js';
import { checkPlainText } from '../shared/validation/text.js';
import { Feedback } from './feedback.entity.js';
import { lockQuote, threadSideOf } from './quote-access.js';
import { AuthorRole } from './quote-enums.js';
import type { QuoteMails } from './quote-mails.js';
import { effectiveQuoteStatus, FEEDBACK_CLOSED_STATES } from './quote-states.js';
import type { Quote } from './quote.entity.js';

export const MAX_FEEDBACK_CHARS = 5000;

/**
 * How long after emailing one side about a thread further messages go
 * unmailed while that side has not answered: someone away gets one email
 * for a burst of messages, not fifty.
 */
export const FEEDBACK_MAIL_QUIET_MS = 10 * 60 * 1000;

/** The message thread of each quote, between the customer and staff. */
export class FeedbackService {
  constructor(
    private readonly mails: QuoteMails,
    private readonly log: Logger,
  ) {}

  /**
   * Adds a message to a quote's thread while the quote is open. The quote's
   * row lock makes messages of one thread commit in `seq` order, so a
   * subscriber replaying "after" a message never skips one committed later.
   */
  async post(em: EntityManager, viewer: Viewer, quoteId: string, body: string): Promise<Feedback> {
    const text = checkBody(body);

    const feedback = await em.transactional(async (tx) => {
      const quote = await lockQuote(tx, viewer, quoteId);
      const status = effectiveQuoteStatus(quote, businessDay());
      if (FEEDBACK_CLOSED_STATES.includes(status)) {
        throw new InvalidTransition(
          `The thread of ${quote.number} is closed: the quote is ${status}.`,
        );
      }

      const created = tx.create(Feedback, {
        quote,
        author: await tx.findOneOrFail(User, viewer.userId),
        authorRole: threadSideOf(viewer),
        body: text,
        internal: quote.sharedWithCustomerAt === null,
      });
      await tx.flush();
      await tx.refresh(created);
      await publishAfterCommit(tx, {
        type: 'feedbackAdded',
        quoteId: quote.id,
        feedbackId: created.id,
        accountId: quote.account.id,
      });

      await this.mailOtherSide(tx, quote, created);
      return created;
    });

    this.log.info({ feedbackId: feedback.id, quoteId: feedback.quote.id, userId: viewer.userId },
      'feedback posted');
    return feedback;
  }

  /**
   * Emails the side that did not write, unless it reads the thread live (a
   * `feedbackAdded` subscription on any instance), or was emailed about it
   * within the quiet period and has not written since.
   */
  private async mailOtherSide(tx: EntityManager, quote: Quote, feedback: Feedback) {
    const toStaff = feedback.authorRole === AuthorRole.CUSTOMER;
    const side = toStaff ? AuthorRole.STAFF : AuthorRole.CUSTOMER;
    // Customers never hear of drafts: staff's notes on one are for staff.
    if (feedback.internal) return;
    if (await isThreadWatched(tx, quote.id, side)) return;

    const last = toStaff ? quote.staffNotifiedAt : quote.customerNotifiedAt;
    const now = new Date();
    const quiet = last !== null && now.getTime() - last.getTime() < FEEDBACK_MAIL_QUIET_MS;
    if (quiet && !(await hasWrittenSince(tx, quote, side, last))) return;

    if (toStaff) quote.staffNotifiedAt = now;
    else quote.customerNotifiedAt = now;
    await tx.populate(quote, ['account']);
    await this.mails.feedbackPosted(tx, quote, feedback, toStaff);
  }
}

/** Whether `side` posted in the quote's thread after `since`. */
async function hasWrittenSince(
  tx: EntityManager,
  quote: Quote,
  side: AuthorRole,
  since: Date,
): Promise<boolean> {
  const count = await tx.count(Feedback, { quote, authorRole: side, createdAt: { $gt: since } });
  return count > 0;
}

/** 1 to 5000 characters once trimmed; characters, not UTF-16 units. */
function checkBody(body: string): string {
  const text = checkPlainText(body, 'body').trim();
  const length = [...text].length;
  if (length === 0) throw new BadUserInput('body', 'Write a message first.');
  if (length > MAX_FEEDBACK_CHARS) {
    throw new BadUserInput('body', `A message has at most ${MAX_FEEDBACK_CHARS} characters; ` +
      'split it in two.');
  }
  return text;
}
