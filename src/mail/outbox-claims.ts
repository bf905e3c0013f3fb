import { randomUUID } from 'node:crypto';
import type { QueryResult } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxStatus } from './outbox-status.js';

/** A row one instance has claimed and is about to send. */
export interface ClaimedMail {
  id: string;
  kind: string;
  recordId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The number of this attempt, counting from 1. */
  attempt: number;
  createdAt: Date;
  claimToken: string;
}

interface ClaimedRow {
  id: string;
  kind: string;
  record_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
  created_at: Date;
}

/**
 * Claims up to `limit` due mails for `leaseMs`. `skip locked` lets several
 * instances claim at once without waiting on or taking each other's rows; the
 * lease is committed at once, so no transaction stays open while sending, and
 * a claim whose instance died expires and the mail is claimed again. The
 * attempt is counted here, before sending, so a mail that crashes its sender
 * every time still runs out of attempts.
 */
export async function claimDueMails(
  em: EntityManager,
  limit: number,
  leaseMs: number,
): Promise<ClaimedMail[]> {
  const claimToken = randomUUID();
  const rows = await em.getConnection().execute<ClaimedRow[]>(
    `update mail_outbox m
       set locked_until = now() + ? * interval '1 millisecond', claim_token = ?,
           attempts = m.attempts + 1, updated_at = now()
     where m.id in (
       select id from mail_outbox
       where status = ? and next_attempt_at <= now()
         and (locked_until is null or locked_until <= now())
       order by next_attempt_at
       limit ?
       for update skip locked)
     returning m.id, m.kind, m.record_id, m.to_address, m.subject, m.text_body, m.html_body,
       m.attempts, m.created_at`,
    [leaseMs, claimToken, OutboxStatus.PENDING, limit],
  );

  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    recordId: row.record_id,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    attempt: row.attempts,
    createdAt: new Date(row.created_at),
    claimToken,
  }));
}

/**
 * Marks a claimed mail sent and drops its bodies, which may hold single-use
 * tokens. Answers false when the claim was lost (its lease expired and another
 * instance took the mail): that instance sends it again.
 */
export async function markSent(em: EntityManager, mail: ClaimedMail): Promise<boolean> {
  const result = await em.getConnection().execute<QueryResult>(
    `update mail_outbox
       set status = ?, sent_at = now(), locked_until = null, claim_token = null,
           text_body = '', html_body = '', updated_at = now()
     where id = ? and claim_token = ?`,
    [OutboxStatus.SENT, mail.id, mail.claimToken],
    'run',
  );
  return result.affectedRows > 0;
}

/** Releases a claimed mail for another attempt after `delayMs`. */
export async function markForRetry(
  em: EntityManager,
  mail: ClaimedMail,
  delayMs: number,
  error: string,
): Promise<boolean> {
  const result = await em.getConnection().execute<QueryResult>(
    `update mail_outbox
       set next_attempt_at = now() + ? * interval '1 millisecond', locked_until = null,
           claim_token = null, last_error = ?, updated_at = now()
     where id = ? and claim_token = ?`,
    [delayMs, error, mail.id, mail.claimToken],
    'run',
  );
  return result.affectedRows > 0;
}

/** Gives up on a claimed mail; the row (with its bodies) stays for inspection. */
export async function markFailed(
  em: EntityManager,
  mail: ClaimedMail,
  error: string,
): Promise<boolean> {
  const result = await em.getConnection().execute<QueryResult>(
    `update mail_outbox
       set status = ?, locked_until = null, claim_token = null, last_error = ?, updated_at = now()
     where id = ? and claim_token = ?`,
    [OutboxStatus.FAILED, error, mail.id, mail.claimToken],
    'run',
  );
  return result.affectedRows > 0;
}

/** Deletes the traces of mails sent more than `days` days ago; answers how many. */
export async function purgeSentMails(em: EntityManager, days: number): Promise<number> {
  const result = await em.getConnection().execute<QueryResult>(
    `delete from mail_outbox where status = ? and sent_at < now() - ? * interval '1 day'`,
    [OutboxStatus.SENT, days],
    'run',
  );
  return result.affectedRows;
}
