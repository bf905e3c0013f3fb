import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/user.entity.js';
import { AccountChange } from './account-change.entity.js';
import type { Account } from './account.entity.js';

/** Who makes a change, as the change record keeps it. */
export interface Actor {
  user: User | null;
  label: string;
}

/** The actor of a change that comes from the public account request form. */
export const PUBLIC_REQUEST: Actor = { user: null, label: 'public request' };

/** The signed-in user behind a change. */
export async function actorFor(em: EntityManager, userId: string): Promise<Actor> {
  const user = await em.findOneOrFail(User, { id: userId });
  return { user, label: user.email };
}

type Value = string | number | null | undefined | object;

/**
 * Records one change to an account's data on the caller's unit of work;
 * nothing is recorded when the value did not change.
 */
export function recordChange(
  em: EntityManager,
  account: Account,
  actor: Actor,
  field: string,
  oldValue: Value,
  newValue: Value,
): void {
  const before = asText(oldValue);
  const after = asText(newValue);
  if (before === after) return;

  em.create(AccountChange, {
    account,
    actor: actor.user,
    actorLabel: actor.label,
    field,
    oldValue: before,
    newValue: after,
  });
}

/** Records every field whose value differs between `before` and `after`. */
export function recordChanges(
  em: EntityManager,
  account: Account,
  actor: Actor,
  before: Record<string, Value>,
  after: Record<string, Value>,
): void {
  for (const field of Object.keys(after)) {
    recordChange(em, account, actor, field, before[field], after[field]);
  }
}

function asText(value: Value): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
