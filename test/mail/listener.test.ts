import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTENER_APPLICATION_NAME } from '../../src/mail/outbox-listener.js';
import { eventually } from '../support/eventually.js';
import { enqueueCommitted, sampleMail } from '../support/outbox.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let sink: SmtpSink;
let api: TestApp;
let admin: pg.Client;

// Polling is effectively off here: only a notification can get a mail out.
beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_INTERVAL_MS: '3600000' });
  admin = new pg.Client({ connectionString: api.databaseUrl });
  await admin.connect();
});

afterAll(async () => {
  await admin?.end();
  await api?.stop();
  await sink?.stop();
});

async function listenerPid(): Promise<number | null> {
  const result = await admin.query<{ pid: number }>(
    `select pid from pg_stat_activity
     where application_name = $1 and datname = current_database() and query ilike 'listen%'`,
    [LISTENER_APPLICATION_NAME],
  );
  return result.rows[0]?.pid ?? null;
}

describe('mail wake-up', () => {
  it('sends a mail as soon as its transaction commits, through LISTEN/NOTIFY', async () => {
    const subject = `Notified ${randomUUID()}`;

    await enqueueCommitted(api.app.database.orm, [sampleMail('f@firma.test', subject)]);

    const mail = await sink.waitFor((m) => m.subject === subject);
    expect(mail.to).toEqual(['f@firma.test']);
  });

  it('listens again after losing its database connection', async () => {
    const before = await eventually(listenerPid, 'the listening connection', 10_000);
    await admin.query('select pg_terminate_backend($1)', [before]);

    const after = await eventually(async () => {
      const pid = await listenerPid();
      return pid !== before && pid;
    }, 'a new listening connection', 10_000);
    expect(after).not.toBe(before);
    const subject = `Notified after reconnect ${randomUUID()}`;
    await enqueueCommitted(api.app.database.orm, [sampleMail('g@firma.test', subject)]);

    await sink.waitFor((m) => m.subject === subject);
  });
});
