import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  claimDueMails, markForRetry, markSent, purgeSentMails,
} from '../../src/mail/outbox-claims.js';
import { OutboxMail } from '../../src/mail/outbox-mail.entity.js';
import { OutboxStatus } from '../../src/mail/outbox-status.js';
import { enqueueCommitted, sampleMail } from '../support/outbox.js';
import { openTestOrm, type TestOrm } from '../support/test-orm.js';

// No server runs here: only these tests claim rows.
let db: TestOrm;
const LEASE_MS = 60_000;

beforeAll(async () => {
  db = await openTestOrm();
});

afterAll(async () => {
  await db?.close();
});

beforeEach(async () => {
  await db.orm.em.fork().nativeDelete(OutboxMail, {});
});

const fork = () => db.orm.em.fork();

describe('outbox claims', () => {
  it('hand each due mail to exactly one of many concurrent claimers', async () => {
    const mails = Array.from({ length: 40 }, (_, i) => sampleMail(`u${i}@firma.test`, `M${i}`));
    await enqueueCommitted(db.orm, mails);

    const claimed: string[] = [];
    const claimer = async () => {
      for (;;) {
        const batch = await claimDueMails(fork(), 3, LEASE_MS);
        if (batch.length === 0) return;
        claimed.push(...batch.map((m) => m.subject));
      }
    };
    await Promise.all(Array.from({ length: 6 }, claimer));

    expect(claimed.sort()).toEqual(mails.map((m) => m.subject).sort());
  });

  it('skip a mail while its claim lasts, and take it again once the claim expires', async () => {
    await enqueueCommitted(db.orm, [sampleMail('a@firma.test', 'Leased')]);
    const [first] = await claimDueMails(fork(), 10, LEASE_MS);

    expect(await claimDueMails(fork(), 10, LEASE_MS)).toEqual([]);
    await fork().nativeUpdate(OutboxMail, { id: first!.id }, { lockedUntil: new Date(0) });
    const [again] = await claimDueMails(fork(), 10, LEASE_MS);

    expect(first!.attempt).toBe(1);
    expect(again).toMatchObject({ id: first!.id, attempt: 2, text: 'Plain text of Leased' });
    // The first sender lost its claim: its late outcome does not overwrite the second's.
    expect(await markSent(fork(), first!)).toBe(false);
    expect(await markSent(fork(), again!)).toBe(true);
  });

  it('wait until a retried mail is due', async () => {
    await enqueueCommitted(db.orm, [sampleMail('b@firma.test', 'Later')]);
    const [mail] = await claimDueMails(fork(), 10, LEASE_MS);

    await markForRetry(fork(), mail!, 60_000, 'EMESSAGE: 451 try later');

    expect(await claimDueMails(fork(), 10, LEASE_MS)).toEqual([]);
    const row = await fork().findOneOrFail(OutboxMail, mail!.id);
    expect(row).toMatchObject({ status: OutboxStatus.PENDING, lockedUntil: null, attempts: 1 });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
  });

  it('purge only sent mails older than the retention', async () => {
    const subject = randomUUID();
    const mails = [sampleMail('c@a.test', subject), sampleMail('d@b.test', 'New')];
    await enqueueCommitted(db.orm, mails);
    const claimed = await claimDueMails(fork(), 10, LEASE_MS);
    for (const mail of claimed) await markSent(fork(), mail);
    await fork().nativeUpdate(OutboxMail, { subject }, { sentAt: new Date('2020-01-01') });

    expect(await purgeSentMails(fork(), 30)).toBe(1);
    expect((await fork().find(OutboxMail, {})).map((m) => m.subject)).toEqual(['New']);
  });
});
