import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../../src/accounts/account.entity.js';
import { Role, UserStatus } from '../../src/auth/roles.js';
import { User } from '../../src/auth/user.entity.js';
import { accountRecipients, staffRecipients } from '../../src/mail/recipients.js';
import { openTestOrm, type TestOrm } from '../support/test-orm.js';

let db: TestOrm;
let accountId: string;
let otherAccountId: string;

beforeAll(async () => {
  db = await openTestOrm();
  const em = db.orm.em.fork();
  const account = (name: string, cui: string) =>
    em.create(Account, {
      companyName: name,
      cui,
      legalRepresentative: 'Ion Popescu',
      address: { street: 'Str. Fabricii 1', city: 'Cluj-Napoca', county: 'Cluj', country: 'RO' },
    });
  const firma = account('Firma SRL', '12345678');
  const alta = account('Alta SRL', '87654321');
  const user = (email: string, role: Role, status: UserStatus, a: Account | null, locale = 'ro') =>
    em.create(User, { email, name: email.split('@')[0]!, role, status, account: a, locale });

  user('b.client@firma.test', Role.CUSTOMER, UserStatus.ACTIVE, firma, 'en');
  user('a.client@firma.test', Role.CUSTOMER, UserStatus.ACTIVE, firma);
  user('invited@firma.test', Role.CUSTOMER, UserStatus.INVITED, firma);
  user('disabled@firma.test', Role.CUSTOMER, UserStatus.DISABLED, firma);
  user('client@alta.test', Role.CUSTOMER, UserStatus.ACTIVE, alta);
  user('staff@portal.test', Role.STAFF, UserStatus.ACTIVE, null, 'en');
  user('admin@portal.test', Role.ADMIN, UserStatus.ACTIVE, null);
  user('former@portal.test', Role.STAFF, UserStatus.DISABLED, null);
  user('new@portal.test', Role.ADMIN, UserStatus.INVITED, null);
  await em.flush();
  accountId = firma.id;
  otherAccountId = alta.id;
});

afterAll(async () => {
  await db?.close();
});

describe('mail recipients', () => {
  it('are the ACTIVE users of one account, with their language', async () => {
    const recipients = await accountRecipients(db.orm.em.fork(), accountId);

    expect(recipients).toEqual([
      { email: 'a.client@firma.test', name: 'a.client', locale: 'ro' },
      { email: 'b.client@firma.test', name: 'b.client', locale: 'en' },
    ]);
    const other = await accountRecipients(db.orm.em.fork(), otherAccountId);
    expect(other.map((r) => r.email)).toEqual(['client@alta.test']);
  });

  it('are the ACTIVE staff and admins for staff mail', async () => {
    const recipients = await staffRecipients(db.orm.em.fork());

    expect(recipients).toEqual([
      { email: 'admin@portal.test', name: 'admin', locale: 'ro' },
      { email: 'staff@portal.test', name: 'staff', locale: 'en' },
    ]);
  });
});
