import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailLocale } from '../mail/compose.js';
import { appLink } from '../mail/links.js';
import { enqueueMail } from '../mail/outbox.js';
import { invitationMail } from './mails/user-mails.js';
import { issueToken } from './one-time-tokens.js';
import { TokenPurpose } from './token-purpose.js';
import type { User } from './user.entity.js';

/** The language to write to a user in: English when they chose it, Romanian otherwise. */
export function mailLocale(locale: string): MailLocale {
  return locale === 'en' ? 'en' : 'ro';
}

/**
 * Queues the set-password link (`APP_URL/activate?token=…`, 7 days, once) for
 * an invited user, replacing any earlier link. `companyName` is null for staff.
 */
export async function sendInvitation(
  em: EntityManager,
  appUrl: string,
  user: User,
  companyName: string | null,
): Promise<void> {
  const secret = await issueToken(em, TokenPurpose.ACTIVATE_USER, { user });
  const link = appLink(appUrl, '/activate', { token: secret });
  const mail = invitationMail(mailLocale(user.locale), { name: user.name, companyName }, link);
  enqueueMail(em, { to: user.email, ...mail, kind: 'user.invitation', recordId: user.id });
}
