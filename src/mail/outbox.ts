import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxMail } from './outbox-mail.entity.js';

/** An email ready to go: both parts composed (see `composeMail`), one recipient. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What the mail is about, e.g. `account.activation`: up to 64 letters, digits, `._-`. */
  kind: string;
  /** The id of the record the mail is about; for logs. */
  recordId?: string | null;
}

/** The PostgreSQL channel the outbox table's insert trigger notifies. */
export const MAIL_CHANNEL = 'portal_mail';

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;
const MAX_SUBJECT = 300;

/**
 * Queues a mail on the caller's unit of work: the row is written by the
 * caller's `em.transactional` (or its next flush), so a change that rolls back
 * sends nothing. The table's insert trigger wakes the senders on commit.
 * Throws on a malformed mail, which is a bug in the caller.
 */
export function enqueueMail(em: EntityManager, mail: OutgoingMail): void {
  if (!ADDRESS.test(mail.to) || mail.to.length > 254) {
    throw new Error(`enqueueMail: "to" must be one plain email address (kind ${mail.kind})`);
  }
  if (!/^[a-z0-9._-]{1,64}$/i.test(mail.kind)) {
    throw new Error('enqueueMail: "kind" must be a short name such as account.activation');
  }
  if ((mail.recordId ?? '').length > 64) {
    throw new Error(`enqueueMail: "recordId" must be an id (kind ${mail.kind})`);
  }

  // Subjects may quote user data (a company name): too long is cut, not fatal.
  const subject = mail.subject.replace(/\s*[\r\n]+\s*/g, ' ');
  const row = em.create(OutboxMail, {
    kind: mail.kind,
    recordId: mail.recordId ?? null,
    toAddress: mail.to,
    subject: subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT - 1)}…` : subject,
    textBody: mail.text,
    htmlBody: mail.html,
  });
  em.persist(row);
}
