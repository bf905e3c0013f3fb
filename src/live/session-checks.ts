import DataLoader from 'dataloader';
import type { MikroORM } from '@mikro-orm/postgresql';
import { mayUseApi } from '../auth/auth.service.js';
import { Session } from '../auth/session.entity.js';
import type { Viewer } from '../auth/viewer.js';

interface SessionState {
  userId: string;
  role: Viewer['role'];
  accountId: string | null;
}

/**
 * Asks the database, for every event, whether a subscriber may still listen:
 * the same test as `AuthService.authenticate` (session not revoked, user
 * active, a customer's company active), and the same user, role and company
 * as when the socket connected. Checks made in the same tick, as when one
 * event fans out to many sockets, share one query; nothing is cached, so a
 * suspension or sign-out takes effect at the very next event.
 */
export class SessionChecks {
  private readonly loader: DataLoader<string, SessionState | null>;

  constructor(private readonly orm: MikroORM) {
    this.loader = new DataLoader((ids) => this.load(ids), { cache: false, maxBatchSize: 1000 });
  }

  async stillValid(viewer: Viewer): Promise<boolean> {
    if (viewer.expiresAt.getTime() <= Date.now()) return false;

    const state = await this.loader.load(viewer.sessionId);
    return state !== null
      && state.userId === viewer.userId
      && state.role === viewer.role
      && state.accountId === viewer.accountId;
  }

  private async load(ids: readonly string[]): Promise<(SessionState | null)[]> {
    const em = this.orm.em.fork();
    const sessions = await em.find(
      Session,
      { id: { $in: [...new Set(ids)] }, revokedAt: null },
      { populate: ['user.account'] },
    );

    const states = new Map<string, SessionState>();
    for (const session of sessions) {
      if (!mayUseApi(session.user)) continue;
      states.set(session.id, {
        userId: session.user.id,
        role: session.user.role,
        accountId: session.user.account?.id ?? null,
      });
    }
    return ids.map((id) => states.get(id) ?? null);
  }
}
