import type { MikroORM } from '@mikro-orm/postgresql';
import { OutboxMail } from '../../src/mail/outbox-mail.entity.js';
import type { OutboxStatus } from '../../src/mail/outbox-status.js';
import { enqueueMail, type OutgoingMail } from '../../src/mail/outbox.js';
import { eventually } from './eventually.js';

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

/** The (first) outbox row with this subject, once a sender has marked it `status`. */
export async function outboxRowWhen(
  orm: MikroORM,
  subject: string,
  status: OutboxStatus,
): Promise<OutboxMail> {
  const [row] = await eventually(async () => {
    const rows = await outboxRows(orm, subject);
    return rows[0]?.status === status && rows;
  }, `the row marked ${status}`, 10_000);
  return row!;
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
