import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordChanges, type Actor } from '../accounts/account-changes.js';
import type { Logger } from '../logging/logger.js';
import { enqueueMail } from '../mail/outbox.js';
import { BadUserInput, Conflict, NotFound } from '../shared/errors.js';
import { hitRateLimit, RATE_RULES, resetRateLimit } from '../shared/rate-limit.js';
import { checkEmail } from '../shared/validation/email.js';
import { checkPhone } from '../shared/validation/phone.js';
import { checkLocale, checkText } from '../shared/validation/text.js';
import { mailLocale } from './invitations.js';
import { emailChangedMail } from './mails/user-mails.js';
import { verifyPassword } from './password.js';
import type { UpdateProfileInput } from './profile-inputs.js';
import { User } from './user.entity.js';

/** A signed-in user changing their own name, phone, email or language. */
export class ProfileService {
  constructor(private readonly log: Logger) {}

  async update(em: EntityManager, userId: string, input: UpdateProfileInput): Promise<User> {
    const changes = checkProfile(input);

    const user = await em.findOne(User, { id: userId }, { populate: ['passwordHash'] });
    if (user === null) throw new NotFound('The user');
    const newEmail = changes.email !== undefined && changes.email !== user.email
      ? changes.email
      : null;
    if (newEmail !== null) await this.checkCurrentPassword(em, user, input.currentPassword);

    const updated = await em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(User, { id: userId }, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (newEmail !== null && (await tx.count(User, { email: newEmail })) > 0) {
        throw new Conflict('Another user has this email address.');
      }

      const before = {
        name: locked.name, phone: locked.phone, email: locked.email, locale: locked.locale,
      };
      const oldEmail = locked.email;
      Object.assign(locked, changes);
      if (locked.account !== null) {
        const actor: Actor = { user: locked, label: oldEmail };
        const after = {
          name: locked.name, phone: locked.phone, email: locked.email, locale: locked.locale,
        };
        recordChanges(tx, locked.account, actor, prefixed(before), prefixed(after));
      }
      if (newEmail !== null) {
        const mail = emailChangedMail(mailLocale(locked.locale), { name: locked.name, newEmail });
        enqueueMail(tx, { to: oldEmail, ...mail, kind: 'user.email-changed', recordId: locked.id });
      }
      return locked;
    });

    this.log.info({ userId, emailChanged: newEmail !== null }, 'profile changed');
    return updated;
  }

  // An email change moves where password resets go: prove it is really the user.
  private async checkCurrentPassword(
    em: EntityManager,
    user: User,
    currentPassword: string | null | undefined,
  ): Promise<void> {
    if (currentPassword == null || currentPassword === '') {
      throw new BadUserInput(
        'input.currentPassword',
        'Give your current password to change your email.',
      );
    }
    await hitRateLimit(em, RATE_RULES.currentPassword, user.id);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      throw new BadUserInput('input.currentPassword', 'The current password is wrong.');
    }
    await resetRateLimit(em, RATE_RULES.currentPassword, user.id);
  }
}

type ProfileFields = Partial<Pick<User, 'name' | 'phone' | 'email' | 'locale'>>;

function checkProfile(input: UpdateProfileInput): ProfileFields {
  return {
    ...(input.name != null ? { name: checkText(input.name, 'input.name', 200) } : {}),
    ...(input.phone != null ? { phone: checkPhone(input.phone, 'input.phone') } : {}),
    ...(input.email != null ? { email: checkEmail(input.email, 'input.email') } : {}),
    ...(input.locale != null ? { locale: checkLocale(input.locale, 'input.locale') } : {}),
  };
}

// A user's own data is part of the account's data: recorded as `user.<field>`.
function prefixed(values: Record<string, string | null>): Record<string, string | null> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`user.${k}`, v]));
}
