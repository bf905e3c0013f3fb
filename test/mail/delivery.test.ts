import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeMail } from '../../src/mail/compose.js';
import { enqueueMail } from '../../src/mail/outbox.js';
import { OutboxStatus } from '../../src/mail/outbox-status.js';
import {
  enqueueCommitted, outboxRowWhen, outboxRows, sampleMail,
} from '../support/outbox.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let sink: SmtpSink;
let api: TestApp;

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApp({
    SMTP_URL: sink.url,
    MAIL_FROM: 'Portal Test <portal@distributor.test>',
    MAIL_POLL_INTERVAL_MS: '200',
    MAIL_RETRY_BASE_MS: '20',
    MAIL_MAX_ATTEMPTS: '3',
  });
});

afterAll(async () => {
  await api?.stop();
  await sink?.stop();
});

const orm = () => api.app.database.orm;
const subjectOf = (name: string) => `${name} ${randomUUID()}`;

describe('mail delivery over SMTP', () => {
  it('delivers a mail queued in a committed transaction, with both parts', async () => {
    const subject = subjectOf('Cont activat');
    const composed = composeMail({
      locale: 'ro',
      subject,
      paragraphs: ['Contul firmei a fost activat.'],
      action: { label: 'Activați contul', url: 'http://app.test/activate?token=abc' },
    });

    await orm().em.fork().transactional(async (em) => {
      enqueueMail(em, {
        ...composed,
        to: 'ion.popescu@firma.test',
        kind: 'account.activation',
        recordId: 'acc-1',
      });
    });

    const mail = await sink.waitFor((m) => m.subject === subject);
    expect(mail.to).toEqual(['ion.popescu@firma.test']);
    expect(mail.from).toBe('"Portal Test" <portal@distributor.test>');
    expect(mail.text).toContain('Contul firmei a fost activat.');
    expect(mail.text).toContain('http://app.test/activate?token=abc');
    expect(mail.html).toContain('href="http://app.test/activate?token=abc"');

    const row = await outboxRowWhen(orm(), subject, OutboxStatus.SENT);
    expect(mail.messageId).toContain(row.id);
    expect(row).toMatchObject({ attempts: 1, kind: 'account.activation', recordId: 'acc-1' });
    expect(row.sentAt).toBeInstanceOf(Date);
    // Bodies may hold single-use tokens; they are not kept once sent.
    expect([row.textBody, row.htmlBody]).toEqual(['', '']);
  });

  it('sends nothing for a transaction that rolls back', async () => {
    const rolledBack = subjectOf('Rolled back');
    const committed = subjectOf('Committed after');

    await expect(
      orm().em.fork().transactional(async (em) => {
        enqueueMail(em, sampleMail('a@firma.test', rolledBack));
        await em.flush();
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await enqueueCommitted(orm(), [sampleMail('a@firma.test', committed)]);

    await sink.waitFor((m) => m.subject === committed);
    expect(sink.messages.filter((m) => m.subject === rolledBack)).toEqual([]);
    expect(await outboxRows(orm(), rolledBack)).toEqual([]);
  });

  it('retries a mail the server refuses for now (4xx), then delivers it', async () => {
    const subject = subjectOf('Retried');
    sink.failNext(2);

    await enqueueCommitted(orm(), [sampleMail('b@firma.test', subject)]);

    await sink.waitFor((m) => m.subject === subject);
    const row = await outboxRowWhen(orm(), subject, OutboxStatus.SENT);
    expect(row.attempts).toBe(3);
    expect(row.lastError).toContain('451');
  });

  it('gives up after MAIL_MAX_ATTEMPTS failures and keeps the row', async () => {
    const subject = subjectOf('Given up');
    sink.failNext(3);

    await enqueueCommitted(orm(), [sampleMail('c@firma.test', subject)]);

    const row = await outboxRowWhen(orm(), subject, OutboxStatus.FAILED);
    expect(row.attempts).toBe(3);
    expect(row.lastError).toContain('451');
    expect(row.lastError).not.toContain('c@firma.test');
    expect(row.textBody).toBe(`Plain text of ${subject}`);
    expect(sink.messages.filter((m) => m.subject === subject)).toEqual([]);
  });

  it('gives up at once on a permanent rejection (5xx)', async () => {
    const subject = subjectOf('Rejected');
    sink.failNext(1, 550);

    await enqueueCommitted(orm(), [sampleMail('d@firma.test', subject)]);

    const row = await outboxRowWhen(orm(), subject, OutboxStatus.FAILED);
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain('550');
  });

  it('sends again a mail whose sender died holding it (its claim expired)', async () => {
    const subject = subjectOf('Orphaned claim');
    // What a crash between claiming (or sending) and marking leaves behind.
    await orm().em.fork().getConnection().execute(
      `insert into mail_outbox (id, created_at, updated_at, kind, to_address, subject, text_body,
         html_body, attempts, locked_until, claim_token)
       values (gen_random_uuid(), now(), now(), 'test.orphan', 'e@firma.test', ?, 'text',
         '<p>html</p>', 1, now() - interval '1 second', gen_random_uuid())`,
      [subject],
    );

    await sink.waitFor((m) => m.subject === subject);
    const row = await outboxRowWhen(orm(), subject, OutboxStatus.SENT);
    expect(row.attempts).toBe(2);
  });
});
