import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Account } from '../accounts/account.entity.js';
import { OneTimeToken } from './one-time-token.entity.js';
import { hashOpaqueToken, newOpaqueToken } from './session-tokens.js';
import { TOKEN_TTL_MS, TokenPurpose } from './token-purpose.js';
import type { User } from './user.entity.js';

/**
 * Issues a token for a user or an account and answers the secret, which is
 * shown once (in a link) and stored only as its hash. Earlier unused tokens
 * of the same purpose and holder stop working, so only the newest link does.
 */
export async function issueToken(
  em: EntityManager,
  purpose: TokenPurpose,
  holder: { user: User } | { account: Account },
): Promise<string> {
  const owner = 'user' in holder ? { user: holder.user } : { account: holder.account };
  await em.nativeUpdate(OneTimeToken, { purpose, ...owner, usedAt: null }, { usedAt: new Date() });

  const secret = newOpaqueToken();
  em.create(OneTimeToken, {
    purpose,
    tokenHash: hashOpaqueToken(secret),
    user: 'user' in holder ? holder.user : null,
    account: 'account' in holder ? holder.account : null,
    expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]),
  });
  return secret;
}

/**
 * The usable token for a secret, locked for the caller's transaction, or
 * null when it is unknown, of another purpose, used or expired. The caller
 * marks it used with `spendToken` in the same transaction, so two
 * concurrent uses cannot both succeed.
 */
export async function findUsableToken(
  em: EntityManager,
  purpose: TokenPurpose,
  secret: string,
): Promise<OneTimeToken | null> {
  if (secret.length === 0 || secret.length > 100) return null;

  const token = await em.findOne(
    OneTimeToken,
    { tokenHash: hashOpaqueToken(secret), purpose },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (token === null || token.usedAt !== null || token.expiresAt <= new Date()) return null;
  return token;
}

export function spendToken(token: OneTimeToken): void {
  token.usedAt = new Date();
}

/** Voids every unused token of a user, e.g. when the user is removed. */
export async function voidUserTokens(em: EntityManager, user: User): Promise<void> {
  await em.nativeUpdate(OneTimeToken, { user, usedAt: null }, { usedAt: new Date() });
}
