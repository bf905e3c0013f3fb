import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountStatus } from '../accounts/account-enums.js';
import type { Logger } from '../logging/logger.js';
import { Unauthenticated } from '../shared/errors.js';
import {
  checkRateLimit, hitRateLimit, RATE_RULES, resetRateLimit,
} from '../shared/rate-limit.js';
import { AccessTokens } from './access-tokens.js';
import { verifyPassword } from './password.js';
import { RefreshToken } from './refresh-token.entity.js';
import { Role, UserStatus } from './roles.js';
import { hashOpaqueToken, newOpaqueToken } from './session-tokens.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import type { Viewer } from './viewer.js';

const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

// One message for every failed sign-in, so it does not tell which part was wrong.
const WRONG_CREDENTIALS = 'The email or password is wrong, or the account is not active.';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  user: User;
}

/** Sign-in, token rotation and sign-out; knows nothing of GraphQL. */
export class AuthService {
  constructor(
    readonly tokens: AccessTokens,
    private readonly log: Logger,
  ) {}

  /**
   * Signs in with email and password. Attempts are rate limited against
   * password guessing: per email and client address, per email from any
   * address (a success clears both: the owner is back), and failures per
   * address whatever the email (which no success clears, or an attacker's own
   * account would wipe it between guesses at others').
   */
  async login(
    em: EntityManager,
    email: string,
    password: string,
    clientAddress = 'unknown',
  ): Promise<SessionTokens> {
    const normalized = email.trim().toLowerCase();
    const attempt = `${normalized} ${clientAddress}`;
    await checkRateLimit(em, RATE_RULES.loginFailuresPerAddress, clientAddress);
    await hitRateLimit(em, RATE_RULES.loginPerEmail, normalized);
    await hitRateLimit(em, RATE_RULES.login, attempt);

    const user = await em.findOne(
      User,
      { email: normalized },
      { populate: ['passwordHash', 'account'] },
    );

    const passwordMatches = await verifyPassword(password, user?.passwordHash ?? null);
    if (user === null || !passwordMatches || !mayUseApi(user)) {
      this.log.info({ userId: user?.id ?? null }, 'sign-in refused');
      await hitRateLimit(em, RATE_RULES.loginFailuresPerAddress, clientAddress);
      throw new Unauthenticated(WRONG_CREDENTIALS);
    }

    const tokens = await em.transactional((tx) => this.openSession(tx, tx.merge(user)));
    await resetRateLimit(em, RATE_RULES.login, attempt);
    await resetRateLimit(em, RATE_RULES.loginPerEmail, normalized);
    this.log.info({ userId: user.id }, 'signed in');
    return tokens;
  }

  /** Starts a session for a user who just proved who they are. Call inside a transaction. */
  async openSession(em: EntityManager, user: User): Promise<SessionTokens> {
    const session = em.create(Session, {
      user,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    });
    return this.issueTokens(em, session, user);
  }

  /**
   * Exchanges a refresh token for a new pair. A token is good once: showing a
   * used one again means it was copied, so its whole session is revoked.
   */
  async refresh(em: EntityManager, refreshToken: string): Promise<SessionTokens> {
    const outcome = await em.transactional(async (tx) => {
      const stored = await tx.findOne(
        RefreshToken,
        { tokenHash: hashOpaqueToken(refreshToken) },
        { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['session.user.account'] },
      );
      if (stored === null) return null;

      const session = stored.session;
      if (stored.usedAt !== null) {
        if (session.revokedAt === null) {
          session.revokedAt = new Date();
          session.revokedReason = 'refresh token reused';
          this.log.warn({ sessionId: session.id, userId: session.user.id },
            'refresh token reused; session revoked');
        }
        return null;
      }
      if (session.revokedAt !== null || session.expiresAt <= new Date()) return null;
      if (!mayUseApi(session.user)) return null;

      stored.usedAt = new Date();
      return this.issueTokens(tx, session, session.user);
    });

    if (outcome === null) throw new Unauthenticated('The session has ended. Sign in again.');
    return outcome;
  }

  /** Ends the session the refresh token belongs to; unknown tokens are ignored. */
  async logout(em: EntityManager, refreshToken: string): Promise<void> {
    await em.transactional(async (tx) => {
      const stored = await tx.findOne(
        RefreshToken,
        { tokenHash: hashOpaqueToken(refreshToken) },
        { populate: ['session'] },
      );
      if (stored !== null && stored.session.revokedAt === null) {
        stored.session.revokedAt = new Date();
        stored.session.revokedReason = 'logout';
        this.log.info({ sessionId: stored.session.id }, 'signed out');
      }
    });
  }

  /** Revokes every open session of the given users, e.g. when their company is suspended. */
  async revokeSessions(em: EntityManager, userIds: string[], reason: string): Promise<number> {
    if (userIds.length === 0) return 0;
    return em.nativeUpdate(
      Session,
      { user: { $in: userIds }, revokedAt: null },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  /**
   * The caller behind an access token, or null when the token is bad, its
   * session was revoked, or its user or company may no longer use the API.
   */
  async authenticate(em: EntityManager, accessToken: string): Promise<Viewer | null> {
    const claims = await this.tokens.verify(accessToken);
    if (claims === null) return null;

    const session = await em.findOne(
      Session,
      { id: claims.sessionId, revokedAt: null },
      { populate: ['user.account'] },
    );
    if (session === null || session.user.id !== claims.userId || !mayUseApi(session.user)) {
      return null;
    }
    return {
      userId: session.user.id,
      role: session.user.role,
      accountId: session.user.account?.id ?? null,
      sessionId: session.id,
      expiresAt: claims.expiresAt,
    };
  }

  private async issueTokens(em: EntityManager, session: Session, user: User) {
    const refreshToken = newOpaqueToken();
    em.create(RefreshToken, { session, tokenHash: hashOpaqueToken(refreshToken) });
    await em.flush();

    const access = await this.tokens.sign({
      userId: user.id,
      role: user.role,
      accountId: user.account?.id ?? null,
      sessionId: session.id,
    });
    return { accessToken: access.token, refreshToken, expiresAt: access.expiresAt, user };
  }
}

/** Only active users may sign in; customers also need an active company. */
export function mayUseApi(user: User): boolean {
  if (user.status !== UserStatus.ACTIVE) return false;
  if (user.role !== Role.CUSTOMER) return true;
  return user.account !== null && user.account.status === AccountStatus.ACTIVE;
}
