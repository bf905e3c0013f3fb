import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, NotFound } from '../shared/errors.js';
import { AccountStatus } from './account-enums.js';
import { Account } from './account.entity.js';

/** The statuses in which an account holds its CUI: no second account may have it. */
export const CUI_HOLDING_STATUSES = [
  AccountStatus.PENDING, AccountStatus.ACTIVE, AccountStatus.SUSPENDED,
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Refuses a CUI another live account holds. It first takes a transaction
 * lock on the CUI, so two requests for the same company cannot both pass.
 */
export async function claimCui(
  em: EntityManager,
  cui: string,
  exceptAccountId: string | null,
): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`account-cui:${cui}`]);

  const holder = await em.findOne(Account, {
    cui,
    status: { $in: CUI_HOLDING_STATUSES },
    ...(exceptAccountId === null ? {} : { id: { $ne: exceptAccountId } }),
  });
  if (holder !== null) {
    throw new Conflict(
      'A portal account for this CUI already exists or is waiting for approval. '
        + 'Ask its users to sign in, or contact us.',
    );
  }
}

/** The account, locked for the caller's transaction; NOT_FOUND when there is none. */
export async function lockAccount(em: EntityManager, id: string): Promise<Account> {
  const account = UUID.test(id)
    ? await em.findOne(Account, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (account === null) throw new NotFound('The account');
  return account;
}

/** True when the string can be an id; anything else is NOT_FOUND without asking the database. */
export function isId(id: string): boolean {
  return UUID.test(id);
}
