import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxMail } from './outbox-mail.entity.js';

/** An email ready to go: both parts composed (see `composeMail`), one recipient. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What the mail is about, e.g. `account.activation`; for logs. */
  kind: string;
  /** The id of the record the mail is about; for logs. */
  recordId?: string | null;
}

/** The PostgreSQL channel the outbox table's insert trigger notifies. */
export const MAIL_CHANNEL = 'portal_mail';

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/**
 * Queues a mail on the caller's unit of work: the row is written by the
 * caller's `em.transactional` (or flush), so a change that rolls back sends
 * nothing. The table's insert trigger wakes the senders on commit.
 */
export function enqueueMail(em: EntityManager, mail: OutgoingMail): void {
  if (!ADDRESS.test(mail.to)) {
    throw new Error(`enqueueMail: "to" must be one plain email address (kind ${mail.kind})`);
  }
  if (/[\r\n]/.test(mail.subject)) {
    throw new Error(`enqueueMail: the subject must be one line (kind ${mail.kind})`);
  }

  const row = em.create(OutboxMail, {
    kind: mail.kind,
    recordId: mail.recordId ?? null,
    toAddress: mail.to,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html,
  });
  em.persist(row);
}
