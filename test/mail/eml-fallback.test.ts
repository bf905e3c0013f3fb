import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeMail } from '../../src/mail/compose.js';
import { OutboxStatus } from '../../src/mail/outbox-status.js';
import { enqueueCommitted, outboxRowWhen } from '../support/outbox.js';
import { parseMail } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp({ MAIL_POLL_INTERVAL_MS: '200' });
});

afterAll(async () => {
  await api?.stop();
});

describe('mail without SMTP_URL', () => {
  it('writes each mail as an .eml file under DATA_DIR/mail', async () => {
    const { config } = api.app.services;
    expect(config.smtpUrl).toBeNull();
    const subject = `Password reset ${randomUUID()}`;
    const composed = composeMail({
      locale: 'en',
      subject,
      paragraphs: ['Someone asked to reset your password.'],
      action: { label: 'Choose a new password', url: 'http://app.test/reset-password?token=t1' },
    });

    await enqueueCommitted(api.app.database.orm, [
      { ...composed, to: 'jane@firma.test', kind: 'auth.password-reset', recordId: 'u-1' },
    ]);

    const dir = join(config.dataDir, 'mail');
    const row = await outboxRowWhen(api.app.database.orm, subject, OutboxStatus.SENT);
    const files = (await readdir(dir)).filter((name) => name.includes(row.id));
    expect(files).toEqual([expect.stringMatching(/auth\.password-reset-.*\.eml$/)]);

    const mail = await parseMail(await readFile(join(dir, files[0]!)));
    expect(mail).toMatchObject({ to: ['jane@firma.test'], subject });
    expect(mail.from).toContain(config.mailFrom.replace(/^.*</, '').replace('>', ''));
    expect(mail.text).toContain('http://app.test/reset-password?token=t1');
    expect(mail.html).toContain('Someone asked to reset your password.');
  });
});
