import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/user.entity.js';
import type { BatchLoad } from '../graphql/loaders.js';
import { Account } from './account.entity.js';
import { DeliveryAddress } from './delivery-address.entity.js';
import { SignedAgreement } from './signed-agreement.entity.js';

/** Accounts by id; null for an id that has none. */
export const accountsById: BatchLoad<string, Account | null> = async (em, ids) => {
  const rows = await em.find(Account, { id: { $in: [...ids] } });
  return ids.map((id) => rows.find((row) => row.id === id) ?? null);
};

/** Each account's users, oldest first. */
export const usersByAccount: BatchLoad<string, User[]> = async (em, accountIds) => {
  const rows = await em.find(
    User,
    { account: { $in: [...accountIds] } },
    { orderBy: { createdAt: 'asc', email: 'asc' } },
  );
  return groupBy(accountIds, rows, (user) => user.account!.id);
};

/** Users by id, e.g. the authors of account changes. */
export const usersById: BatchLoad<string, User | null> = async (em, ids) => {
  const rows = await em.find(User, { id: { $in: [...ids] } });
  return ids.map((id) => rows.find((row) => row.id === id) ?? null);
};

/** Each account's delivery addresses, by label. */
export const deliveryAddressesByAccount: BatchLoad<string, DeliveryAddress[]> = async (
  em,
  accountIds,
) => {
  const rows = await em.find(
    DeliveryAddress,
    { account: { $in: [...accountIds] } },
    { orderBy: { label: 'asc', id: 'asc' } },
  );
  return groupBy(accountIds, rows, (address) => address.account.id);
};

/** The signed agreement's details (not the file) of each account, or null. */
export const signedAgreementsByAccount: BatchLoad<string, SignedAgreement | null> = async (
  em: EntityManager,
  accountIds,
) => {
  const rows = await em.find(SignedAgreement, { account: { $in: [...accountIds] } });
  return accountIds.map((id) => rows.find((row) => row.account.id === id) ?? null);
};

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}
