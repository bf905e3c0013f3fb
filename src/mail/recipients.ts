import type { EntityManager } from '@mikro-orm/postgresql';
import { UserStatus, STAFF_ROLES } from '../auth/roles.js';
import { User } from '../auth/user.entity.js';
import type { MailLocale } from './compose.js';

/** Someone a mail goes to, with the language to write it in. */
export interface Recipient {
  email: string;
  name: string;
  locale: MailLocale;
}

/** Every ACTIVE member of staff (STAFF or ADMIN), by email. */
export async function staffRecipients(em: EntityManager): Promise<Recipient[]> {
  const users = await em.find(
    User,
    { status: UserStatus.ACTIVE, role: { $in: [...STAFF_ROLES] } },
    { orderBy: { email: 'asc' } },
  );
  return users.map(toRecipient);
}

/** Every ACTIVE user of the account, by email. */
export async function accountRecipients(
  em: EntityManager,
  accountId: string,
): Promise<Recipient[]> {
  const users = await em.find(
    User,
    { status: UserStatus.ACTIVE, account: accountId },
    { orderBy: { email: 'asc' } },
  );
  return users.map(toRecipient);
}

function toRecipient(user: User): Recipient {
  return { email: user.email, name: user.name, locale: user.locale === 'en' ? 'en' : 'ro' };
}
