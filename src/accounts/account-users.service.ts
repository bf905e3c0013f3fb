import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthService } from '../auth/auth.service.js';
import { sendInvitation } from '../auth/invitations.js';
import { voidUserTokens } from '../auth/one-time-tokens.js';
import { Role, UserStatus } from '../auth/roles.js';
import { User } from '../auth/user.entity.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { Conflict, Forbidden, InvalidTransition, NotFound } from '../shared/errors.js';
import { actorFor, recordChange } from './account-changes.js';
import { AccountStatus } from './account-enums.js';
import { isId, lockAccount } from './account-guards.js';
import { checkContact } from './account-input-checks.js';
import type { ContactInput } from './account-inputs.js';
import type { Account } from './account.entity.js';

/** Staff adding and removing a company's users, and re-sending set-password links. */
export class AccountUsersService {
  constructor(
    private readonly config: Config,
    private readonly auth: AuthService,
    private readonly log: Logger,
  ) {}

  /**
   * Adds a user to a PENDING or ACTIVE account. On an active account the new
   * user is invited at once; on a pending one, at activation. A user once
   * removed from this account is invited back under the same email.
   */
  async addUser(
    em: EntityManager,
    accountId: string,
    input: ContactInput,
    actorId: string,
  ): Promise<User> {
    const contact = checkContact(input, 'input');

    const user = await em.transactional(async (tx) => {
      const actor = await actorFor(tx, actorId);
      const account = await lockAccount(tx, accountId);
      if (account.status !== AccountStatus.PENDING && account.status !== AccountStatus.ACTIVE) {
        throw new InvalidTransition(
          `Users can be added to a pending or active account; this one is `
            + `${account.status.toLowerCase()}.`,
        );
      }

      const added = await findOrCreateUser(tx, account, contact);
      recordChange(tx, account, actor, 'users', null, added.email);
      if (account.status === AccountStatus.ACTIVE) {
        await sendInvitation(tx, this.config.appUrl, added, account.companyName);
      }
      return added;
    });

    this.log.info({ accountId, userId: user.id, by: actorId }, 'user added to account');
    return user;
  }

  /**
   * Takes a user off a company. On a pending request the user is deleted;
   * otherwise disabled (their quotes and messages keep naming them), their
   * sessions end and their links stop working.
   */
  async removeUser(em: EntityManager, userId: string, actorId: string): Promise<Account> {
    const account = await em.transactional(async (tx) => {
      const actor = await actorFor(tx, actorId);
      const user = await lockCustomer(tx, userId);
      const locked = await lockAccount(tx, user.account!.id);
      if (user.status === UserStatus.DISABLED) return locked;

      if (locked.status === AccountStatus.PENDING) {
        const others = await tx.count(User, { account: locked, id: { $ne: user.id } });
        if (others === 0) {
          throw new InvalidTransition(
            'A pending request needs at least one contact: add another before removing this one.',
          );
        }
        tx.remove(user);
      } else {
        user.status = UserStatus.DISABLED;
        await voidUserTokens(tx, user);
        await this.auth.revokeSessions(tx, [user.id], 'removed from account');
      }
      recordChange(tx, locked, actor, 'users', user.email, null);
      return locked;
    });

    this.log.info({ accountId: account.id, userId, by: actorId }, 'user removed from account');
    return account;
  }

  /**
   * Sends a fresh set-password link to a user still INVITED; earlier links
   * stop working. Only an administrator may re-invite staff.
   */
  async resendInvitation(
    em: EntityManager,
    userId: string,
    actor: { userId: string; role: Role },
  ): Promise<User> {
    const user = await em.transactional(async (tx) => {
      const invitee = isId(userId)
        ? await tx.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (invitee === null) throw new NotFound('The user');
      await tx.populate(invitee, ['account']);
      if (invitee.role !== Role.CUSTOMER && actor.role !== Role.ADMIN) {
        throw new Forbidden('Only an administrator can re-invite staff.');
      }
      if (invitee.status !== UserStatus.INVITED) {
        throw new InvalidTransition('This user has already set a password or was removed.');
      }
      if (invitee.account !== null && invitee.account.status !== AccountStatus.ACTIVE) {
        throw new InvalidTransition('Invitations go out once the company\'s account is active.');
      }

      await sendInvitation(tx, this.config.appUrl, invitee, invitee.account?.companyName ?? null);
      return invitee;
    });

    this.log.info({ userId, by: actor.userId }, 'invitation sent again');
    return user;
  }
}

async function lockCustomer(em: EntityManager, userId: string): Promise<User> {
  const user = isId(userId)
    ? await em.findOne(User, { id: userId, role: Role.CUSTOMER }, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
    })
    : null;
  if (user === null || user.account === null) throw new NotFound('The user');
  return user;
}

async function findOrCreateUser(
  em: EntityManager,
  account: Account,
  contact: ReturnType<typeof checkContact>,
): Promise<User> {
  const existing = await em.findOne(User, { email: contact.email });
  if (existing === null) {
    return em.create(User, { ...contact, role: Role.CUSTOMER, account });
  }

  const removedHere = existing.account?.id === account.id
    && existing.status === UserStatus.DISABLED;
  if (!removedHere) {
    throw new Conflict(`${contact.email} already belongs to a portal user.`);
  }
  Object.assign(existing, { name: contact.name, phone: contact.phone, locale: contact.locale });
  existing.status = UserStatus.INVITED;
  return existing;
}
