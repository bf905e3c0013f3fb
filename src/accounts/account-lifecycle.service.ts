import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthService } from '../auth/auth.service.js';
import { mailLocale, sendInvitation } from '../auth/invitations.js';
import { UserStatus } from '../auth/roles.js';
import { User } from '../auth/user.entity.js';
import { PriceList } from '../catalog/price-list.entity.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { enqueueMail } from '../mail/outbox.js';
import { BadUserInput, InvalidTransition } from '../shared/errors.js';
import { checkText } from '../shared/validation/text.js';
import { type Actor, actorFor, recordChange, recordChanges } from './account-changes.js';
import { AccountStatus } from './account-enums.js';
import { lockAccount } from './account-guards.js';
import { checkOnboarding, type CheckedOnboarding } from './account-input-checks.js';
import type { OnboardingInput } from './account-inputs.js';
import type { Account } from './account.entity.js';
import { DeliveryAddress } from './delivery-address.entity.js';
import { requestDeclinedMail } from './mails/request-mails.js';

/**
 * Staff's decisions on an account: activate (onboard) or decline a request,
 * suspend and reactivate. Each runs in one transaction with the account row
 * locked, so two staff acting at once cannot both win.
 */
export class AccountLifecycleService {
  constructor(
    private readonly config: Config,
    private readonly auth: AuthService,
    private readonly log: Logger,
  ) {}

  /** PENDING → ACTIVE with the commercial terms; each contact gets a set-password link. */
  async activate(
    em: EntityManager,
    accountId: string,
    input: OnboardingInput,
    actorId: string,
  ): Promise<Account> {
    const checked = checkOnboarding(input);

    const { account, invited } = await em.transactional(async (tx) => {
      const actor = await actorFor(tx, actorId);
      const locked = await lockAccount(tx, accountId);
      requireStatus(locked, AccountStatus.PENDING, 'activated');

      const priceList = await tx.findOne(PriceList, { id: checked.priceListId });
      if (priceList === null) {
        throw new BadUserInput('input.priceListId', 'There is no price list with this id.');
      }

      applyTerms(tx, locked, checked, priceList, actor);
      const users = await tx.find(User, { account: locked, status: UserStatus.INVITED });
      for (const user of users) {
        await sendInvitation(tx, this.config.appUrl, user, locked.companyName);
      }
      return { account: locked, invited: users.length };
    });

    this.log.info({ accountId, invited, by: actorId }, 'account activated');
    return account;
  }

  /**
   * PENDING → DECLINED with a reason, emailed to the contacts. Their users are
   * deleted (they never signed in), so the emails can be used in a new request.
   */
  async decline(
    em: EntityManager,
    accountId: string,
    reason: string,
    actorId: string,
  ): Promise<Account> {
    const why = checkText(reason, 'reason', 2000);

    const account = await em.transactional(async (tx) => {
      const actor = await actorFor(tx, actorId);
      const locked = await lockAccount(tx, accountId);
      requireStatus(locked, AccountStatus.PENDING, 'declined');

      const users = await tx.find(User, { account: locked }, { orderBy: { email: 'asc' } });
      for (const user of users.filter((u) => u.status !== UserStatus.DISABLED)) {
        const mail = requestDeclinedMail(mailLocale(user.locale), locked.companyName, why);
        enqueueMail(tx, { to: user.email, ...mail, kind: 'account.declined', recordId: locked.id });
      }

      recordChanges(tx, locked, actor, statusFields(locked), {
        status: AccountStatus.DECLINED,
        declineReason: why,
      });
      recordChange(tx, locked, actor, 'users', users.map((u) => u.email), null);
      locked.status = AccountStatus.DECLINED;
      locked.declineReason = why;
      users.forEach((user) => tx.remove(user));
      return locked;
    });

    this.log.info({ accountId, by: actorId }, 'account request declined');
    return account;
  }

  /** ACTIVE → SUSPENDED: its users' sessions end at once and they cannot sign in. */
  async suspend(
    em: EntityManager,
    accountId: string,
    reason: string,
    actorId: string,
  ): Promise<Account> {
    const why = checkText(reason, 'reason', 2000);

    const { account, revoked } = await em.transactional(async (tx) => {
      const actor = await actorFor(tx, actorId);
      const locked = await lockAccount(tx, accountId);
      requireStatus(locked, AccountStatus.ACTIVE, 'suspended');

      recordChange(tx, locked, actor, 'status', locked.status, AccountStatus.SUSPENDED);
      recordChange(tx, locked, actor, 'suspendReason', null, why);
      locked.status = AccountStatus.SUSPENDED;

      const users = await tx.find(User, { account: locked }, { fields: ['id'] });
      const count = await this.auth.revokeSessions(tx, users.map((u) => u.id), 'account suspended');
      return { account: locked, revoked: count };
    });

    this.log.info({ accountId, revokedSessions: revoked, by: actorId }, 'account suspended');
    return account;
  }

  /** SUSPENDED → ACTIVE: its users may sign in again. */
  async reactivate(em: EntityManager, accountId: string, actorId: string): Promise<Account> {
    const account = await em.transactional(async (tx) => {
      const actor = await actorFor(tx, actorId);
      const locked = await lockAccount(tx, accountId);
      requireStatus(locked, AccountStatus.SUSPENDED, 'reactivated');

      recordChange(tx, locked, actor, 'status', locked.status, AccountStatus.ACTIVE);
      locked.status = AccountStatus.ACTIVE;
      return locked;
    });

    this.log.info({ accountId, by: actorId }, 'account reactivated');
    return account;
  }
}

function requireStatus(account: Account, status: AccountStatus, verb: string): void {
  if (account.status !== status) {
    throw new InvalidTransition(
      `Only a ${status.toLowerCase()} account can be ${verb}; this one is `
        + `${account.status.toLowerCase()}.`,
    );
  }
}

function statusFields(account: Account) {
  return { status: account.status, declineReason: account.declineReason };
}

function termsOf(account: Account) {
  return {
    status: account.status,
    bankName: account.bankName,
    iban: account.iban,
    paymentMethod: account.paymentMethod,
    paymentTermDays: account.paymentTermDays,
    creditLimit: account.creditLimit,
    deliveryMethod: account.deliveryMethod,
    priceList: account.priceList?.id ?? null,
  };
}

function applyTerms(
  em: EntityManager,
  account: Account,
  checked: CheckedOnboarding,
  priceList: PriceList,
  actor: Actor,
): void {
  const before = termsOf(account);

  account.bankName = checked.bankName;
  account.iban = checked.iban;
  account.paymentMethod = checked.paymentMethod;
  account.paymentTermDays = checked.paymentTermDays;
  account.creditLimit = checked.creditLimit;
  account.deliveryMethod = checked.deliveryMethod;
  account.priceList = priceList;
  account.status = AccountStatus.ACTIVE;
  account.activatedAt = new Date();
  for (const address of checked.deliveryAddresses) {
    em.create(DeliveryAddress, { ...address, account });
  }

  recordChanges(em, account, actor, before, termsOf(account));
  recordChange(em, account, actor, 'deliveryAddresses', null, checked.deliveryAddresses);
}
