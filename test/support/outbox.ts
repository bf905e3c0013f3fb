import type { MikroORM } from '@mikro-orm/postgresql';
import { OutboxMail } from '../../src/mail/outbox-mail.entity.js';
import { enqueueMail, type OutgoingMail } from '../../src/mail/outbox.js';

/** Queues mails in one committed transaction, as a service would. */
export async function enqueueCommitted(orm: MikroORM, mails: OutgoingMail[]): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    for (const mail of mails) enqueueMail(em, mail);
  });
}

/** The outbox rows with this subject, oldest first. */
export async function outboxRows(orm: MikroORM, subject: string): Promise<OutboxMail[]> {
  return orm.em.fork().find(OutboxMail, { subject }, { orderBy: { createdAt: 'asc' } });
}

/**
 * Checks again and again (every 25 ms) until `check` answers something other
 * than undefined, null or false, and answers that; fails after `timeoutMs`.
 */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await check();
    if (answer !== undefined && answer !== null && answer !== false) return answer;
    if (Date.now() > deadline) throw new Error(`still waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A plain mail to `to` with a subject that names it. */
export function sampleMail(to: string, subject: string, kind = 'test.sample'): OutgoingMail {
  return {
    to,
    subject,
    text: `Plain text of ${subject}`,
    html: `<p>HTML of ${subject}</p>`,
    kind,
    recordId: null,
  };
}
