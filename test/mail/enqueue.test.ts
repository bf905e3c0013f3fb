import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMail } from '../../src/mail/outbox-mail.entity.js';
import { enqueueMail } from '../../src/mail/outbox.js';
import { OutboxStatus } from '../../src/mail/outbox-status.js';
import { sampleMail } from '../support/outbox.js';
import { openTestOrm, type TestOrm } from '../support/test-orm.js';

let db: TestOrm;

beforeAll(async () => {
  db = await openTestOrm();
});

afterAll(async () => {
  await db?.close();
});

describe('enqueueMail', () => {
  it('writes a pending row with the flush of the caller', async () => {
    const em = db.orm.em.fork();

    const mail = sampleMail('ana@firma.test', 'Flushed', 'quote.sent');
    enqueueMail(em, { ...mail, recordId: 'q1' });
    expect(await db.orm.em.fork().count(OutboxMail, { subject: 'Flushed' })).toBe(0);
    await em.flush();

    const row = await db.orm.em.fork().findOneOrFail(OutboxMail, { subject: 'Flushed' });
    expect(row).toMatchObject({
      status: OutboxStatus.PENDING,
      attempts: 0,
      kind: 'quote.sent',
      recordId: 'q1',
      toAddress: 'ana@firma.test',
      lockedUntil: null,
    });
    expect(row.nextAttemptAt).toBeInstanceOf(Date);
  });

  it('folds a subject onto one line and cuts one that is too long', async () => {
    const em = db.orm.em.fork();

    enqueueMail(em, sampleMail('ana@firma.test', 'Oferta\r\n  pentru Firma SRL'));
    enqueueMail(em, sampleMail('ana@firma.test', `Long ${'x'.repeat(400)}`));
    await em.flush();

    const subjects = (await db.orm.em.fork().find(OutboxMail, { toAddress: 'ana@firma.test' }))
      .map((m) => m.subject);
    expect(subjects).toContain('Oferta pentru Firma SRL');
    expect(subjects.find((s) => s.startsWith('Long'))).toHaveLength(300);
  });

  it('refuses anything but one plain address, and a kind that is not a short name', () => {
    const em = db.orm.em.fork();
    const bad = ['a@b.test, c@d.test', 'Ana <ana@firma.test>', 'no-at-sign', 'a@b.test\r\nBcc: x'];

    for (const to of bad) {
      expect(() => enqueueMail(em, sampleMail(to, 'S')), to).toThrow('one plain email address');
    }
    expect(() => enqueueMail(em, sampleMail('a@b.test', 'S', 'has spaces')))
      .toThrow('short name');
    expect(em.getUnitOfWork().getPersistStack().size).toBe(0);
  });
});
