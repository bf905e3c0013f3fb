import type { EntityManager } from '@mikro-orm/postgresql';
import { recordChange } from '../accounts/account-changes.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { appLink } from '../mail/links.js';
import { enqueueMail } from '../mail/outbox.js';
import { InvalidTransition, Unauthenticated } from '../shared/errors.js';
import { hitRateLimit, RATE_RULES } from '../shared/rate-limit.js';
import { normalizeEmail } from '../shared/validation/email.js';
import { type AuthService, mayUseApi, type SessionTokens } from './auth.service.js';
import { mailLocale } from './invitations.js';
import { passwordResetMail } from './mails/user-mails.js';
import { findUsableToken, issueToken, spendToken } from './one-time-tokens.js';
import { checkNewPassword, hashPassword } from './password.js';
import { UserStatus } from './roles.js';
import { TokenPurpose } from './token-purpose.js';
import { User } from './user.entity.js';

const BAD_LINK = 'This link is not valid: it was already used, has expired, or was replaced by '
  + 'a newer one. Ask for a new link.';

/** Setting a first password from an invitation, and resetting a forgotten one. */
export class PasswordService {
  constructor(
    private readonly config: Config,
    private readonly auth: AuthService,
    private readonly log: Logger,
  ) {}

  /**
   * Spends an invitation token: sets the password, makes the user ACTIVE and
   * signs them in. A customer's company must be active for this.
   */
  async activateUser(em: EntityManager, secret: string, password: string): Promise<SessionTokens> {
    checkNewPassword(password, 'password');
    const passwordHash = await hashPassword(password);

    const tokens = await em.transactional(async (tx) => {
      const token = await findUsableToken(tx, TokenPurpose.ACTIVATE_USER, secret);
      if (token === null || token.user === null) throw new Unauthenticated(BAD_LINK);
      const user = await tx.findOneOrFail(User, { id: token.user.id }, { populate: ['account'] });
      if (user.status !== UserStatus.INVITED) throw new Unauthenticated(BAD_LINK);

      user.passwordHash = passwordHash;
      user.status = UserStatus.ACTIVE;
      if (!mayUseApi(user)) {
        throw new InvalidTransition(
          'Your company\'s account is not active at the moment, so you cannot sign in yet.',
        );
      }
      spendToken(token);
      if (user.account !== null) {
        recordChange(tx, user.account, { user, label: user.email }, 'user.status',
          UserStatus.INVITED, UserStatus.ACTIVE);
      }
      return this.auth.openSession(tx, user);
    });

    this.log.info({ userId: tokens.user.id }, 'user activated');
    return tokens;
  }

  /**
   * Emails a reset link to the user with this email when they may sign in;
   * answers the same either way, so it does not tell who has a user.
   */
  async requestReset(em: EntityManager, rawEmail: string, clientAddress: string): Promise<void> {
    const email = normalizeEmail(rawEmail) ?? rawEmail.trim().toLowerCase();
    await hitRateLimit(em, RATE_RULES.passwordResetPerAddress, clientAddress);
    await hitRateLimit(em, RATE_RULES.passwordResetPerEmail, email);

    const sentTo = await em.transactional(async (tx) => {
      const user = await tx.findOne(User, { email }, { populate: ['account'] });
      if (user === null || !mayUseApi(user)) return null;

      const token = await issueToken(tx, TokenPurpose.RESET_PASSWORD, { user });
      const link = appLink(this.config.appUrl, '/reset-password', { token });
      const mail = passwordResetMail(mailLocale(user.locale), {
        name: user.name,
        companyName: user.account?.companyName ?? null,
      }, link);
      enqueueMail(tx, { to: user.email, ...mail, kind: 'user.password-reset', recordId: user.id });
      return user.id;
    });

    if (sentTo === null) this.log.info('password reset asked for an unknown or inactive user');
    else this.log.info({ userId: sentTo }, 'password reset link sent');
  }

  /** Spends a reset token: sets the new password and ends every session of the user. */
  async resetPassword(em: EntityManager, secret: string, newPassword: string): Promise<void> {
    checkNewPassword(newPassword, 'newPassword');
    const passwordHash = await hashPassword(newPassword);

    const userId = await em.transactional(async (tx) => {
      const token = await findUsableToken(tx, TokenPurpose.RESET_PASSWORD, secret);
      if (token === null || token.user === null) throw new Unauthenticated(BAD_LINK);
      const user = await tx.findOneOrFail(User, { id: token.user.id }, { populate: ['account'] });
      if (!mayUseApi(user)) throw new Unauthenticated(BAD_LINK);

      user.passwordHash = passwordHash;
      spendToken(token);
      await this.auth.revokeSessions(tx, [user.id], 'password reset');
      return user.id;
    });

    this.log.info({ userId }, 'password reset');
  }
}
