import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimited } from './errors.js';

/** At most `limit` attempts per subject in each window of `windowSeconds`. */
export interface RateRule {
  name: string;
  limit: number;
  windowSeconds: number;
}

export const RATE_RULES = {
  /** Guessing passwords of one email from one address. */
  login: { name: 'login', limit: 10, windowSeconds: 15 * 60 },
  /** Guessing one email's password from many addresses. */
  loginPerEmail: { name: 'login-email', limit: 30, windowSeconds: 15 * 60 },
  /**
   * Failed sign-ins from one address, whatever the email: one password tried
   * on many accounts. Only failures count, so an office behind one address
   * can sign in all day.
   */
  loginFailuresPerAddress: { name: 'login-address', limit: 100, windowSeconds: 15 * 60 },
  passwordResetPerEmail: { name: 'reset-email', limit: 5, windowSeconds: 60 * 60 },
  passwordResetPerAddress: { name: 'reset-address', limit: 20, windowSeconds: 60 * 60 },
  accountRequestPerAddress: { name: 'account-request', limit: 50, windowSeconds: 60 * 60 },
  /** Guessing the current password when changing one's email. */
  currentPassword: { name: 'current-password', limit: 10, windowSeconds: 15 * 60 },
} satisfies Record<string, RateRule>;

// Old counters are useless; about one hit in this many also sweeps them away.
const SWEEP_ONE_IN = 200;

/**
 * Counts an attempt and throws RATE_LIMITED once the subject is over the
 * rule's limit. The counter lives in PostgreSQL and is bumped with one atomic
 * upsert, so every instance sees the same count. It runs outside the
 * caller's transaction on purpose: a failed attempt must still count.
 */
export async function hitRateLimit(
  em: EntityManager,
  rule: RateRule,
  subject: string,
): Promise<void> {
  const rows = await em.getConnection().execute<{ hits: number; retry_after: string }[]>(
    `insert into rate_limits as r (key, window_start, hits)
     values (?, to_timestamp(floor(extract(epoch from now()) / ?) * ?), 1)
     on conflict (key) do update
       set hits = case when r.window_start = excluded.window_start then r.hits + 1 else 1 end,
           window_start = excluded.window_start
     returning hits,
       ceil(extract(epoch from r.window_start - now()) + ?) as retry_after`,
    [counterKey(rule, subject), rule.windowSeconds, rule.windowSeconds, rule.windowSeconds],
  );

  if (Math.random() * SWEEP_ONE_IN < 1) await sweepOldCounters(em);

  const { hits, retry_after: retryAfter } = rows[0]!;
  if (hits > rule.limit) throw new RateLimited(Math.max(1, Number(retryAfter)));
}

/**
 * Throws RATE_LIMITED when the subject already used up the rule's limit in
 * this window, without counting an attempt: for rules that count only
 * failures, checked before the attempt and hit after a failed one.
 */
export async function checkRateLimit(
  em: EntityManager,
  rule: RateRule,
  subject: string,
): Promise<void> {
  const rows = await em.getConnection().execute<{ retry_after: string }[]>(
    `select ceil(extract(epoch from window_start - now()) + ?) as retry_after
       from rate_limits
      where key = ? and hits >= ?
        and window_start = to_timestamp(floor(extract(epoch from now()) / ?) * ?)`,
    [rule.windowSeconds, counterKey(rule, subject), rule.limit, rule.windowSeconds,
      rule.windowSeconds],
  );
  if (rows.length > 0) throw new RateLimited(Math.max(1, Number(rows[0]!.retry_after)));
}

/** Forgets a subject's attempts, e.g. after a successful sign-in. */
export async function resetRateLimit(
  em: EntityManager,
  rule: RateRule,
  subject: string,
): Promise<void> {
  await em.getConnection().execute('delete from rate_limits where key = ?', [
    counterKey(rule, subject),
  ]);
}

// Subjects are emails and addresses: store a hash, not the personal data.
function counterKey(rule: RateRule, subject: string): string {
  const digest = createHash('sha256').update(subject.toLowerCase()).digest('hex').slice(0, 40);
  return `${rule.name}:${digest}`;
}

async function sweepOldCounters(em: EntityManager): Promise<void> {
  await em.getConnection().execute(
    `delete from rate_limits where window_start < now() - interval '1 day'`,
  );
}
