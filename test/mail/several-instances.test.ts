import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxStatus } from '../../src/mail/outbox-status.js';
import { OutboxMail } from '../../src/mail/outbox-mail.entity.js';
import { eventually } from '../support/eventually.js';
import { enqueueCommitted, sampleMail } from '../support/outbox.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/test-app.js';

let sink: SmtpSink;
let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  sink = await startSmtpSink();
  first = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_INTERVAL_MS: '100' });
  second = await startSecondInstance(first);
});

afterAll(async () => {
  await second?.stop();
  await first?.stop();
  await sink?.stop();
});

describe('mail delivery with two instances on one database', () => {
  it('sends every queued mail exactly once', async () => {
    const orm = first.app.database.orm;
    const run = randomUUID();
    const subjects = Array.from({ length: 60 }, (_, i) => `Once ${run} #${i}`);

    // Several transactions, so both instances are woken several times.
    for (let i = 0; i < subjects.length; i += 10) {
      const chunk = subjects.slice(i, i + 10);
      await enqueueCommitted(orm, chunk.map((s, j) => sampleMail(`user${i + j}@firma.test`, s)));
    }
    await eventually(async () => {
      const pending = await orm.em.fork().count(OutboxMail, {
        subject: { $like: `Once ${run}%` },
        status: { $ne: OutboxStatus.SENT },
      });
      return pending === 0;
    }, 'every row marked sent', 10_000);
    // Stopping waits for sends in flight, so a late duplicate would be in by now.
    await second.stop();
    await first.app.services.mail.stop();

    const received = sink.messages.filter((m) => m.subject.startsWith(`Once ${run}`));
    expect(received.map((m) => m.subject).sort()).toEqual([...subjects].sort());
    expect(new Set(received.map((m) => m.messageId)).size).toBe(subjects.length);
  });
});
