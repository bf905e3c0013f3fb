import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type Connection, decodeTimeAndIdCursor, pageSize, toConnection,
} from '../graphql/connection.js';
import { BadUserInput, NotFound } from '../shared/errors.js';
import { AccountChange } from './account-change.entity.js';
import type { AccountStatus } from './account-enums.js';
import { isId } from './account-guards.js';
import { Account } from './account.entity.js';

export interface AccountFilter {
  status?: AccountStatus | null;
  /** Part of the company name, or the start of the CUI (with or without RO). */
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

/** Accounts for staff, newest request first, by keyset on (createdAt, id). */
export async function listAccounts(
  em: EntityManager,
  filter: AccountFilter,
): Promise<Connection<Account>> {
  const size = pageSize(filter.first);
  const where: FilterQuery<Account>[] = [];
  if (filter.status != null) where.push({ status: filter.status });
  const search = filter.search?.trim() ?? '';
  if (search !== '') where.push(searchFilter(search));

  const total = await em.count(Account, { $and: where });
  if (filter.after != null) where.push(after(filter.after));
  const rows = await em.find(Account, { $and: where }, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: size + 1,
  });
  return toConnection(rows, size, total, (row) => [row.createdAt.toISOString(), row.id]);
}

/** One account, or NOT_FOUND. */
export async function getAccount(em: EntityManager, id: string): Promise<Account> {
  const account = isId(id) ? await em.findOne(Account, { id }) : null;
  if (account === null) throw new NotFound('The account');
  return account;
}

/** An account's recorded changes, newest first. */
export async function listAccountChanges(
  em: EntityManager,
  accountId: string,
  page: { first?: number | null; after?: string | null },
): Promise<Connection<AccountChange>> {
  const size = pageSize(page.first);
  const where: FilterQuery<AccountChange>[] = [{ account: accountId }];

  const total = await em.count(AccountChange, { $and: where });
  if (page.after != null) where.push(after(page.after));
  const rows = await em.find(AccountChange, { $and: where }, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: size + 1,
  });
  return toConnection(rows, size, total, (row) => [row.createdAt.toISOString(), row.id]);
}

function searchFilter(search: string): FilterQuery<Account> {
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const digits = search.replace(/^ro\s*/i, '');
  return {
    $or: [
      { companyName: { $ilike: pattern } },
      ...(/^\d+$/.test(digits) ? [{ cui: { $like: `${digits}%` } }] : []),
    ],
  };
}

// Rows strictly after the cursor in (createdAt desc, id desc) order.
function after(cursor: string): { $or: object[] } {
  const { createdAt: at, id } = decodeTimeAndIdCursor(cursor);
  return { $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: id } }] };
}
