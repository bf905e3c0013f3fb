import { CloseCode } from 'graphql-ws';
import type { Viewer } from '../auth/viewer.js';
import type { Logger } from '../logging/logger.js';

/**
 * The close code for a socket whose caller may no longer listen: its access
 * token expired, or its session, user or company was ended. graphql-ws
 * clients retry after 4403 and read `connectionParams` again, which is where
 * a client puts its fresh token; they give up for good after 4401.
 */
export const CLOSE_FORBIDDEN = CloseCode.Forbidden;

/** Close reasons, so a client can tell a refresh from a sign-out. */
export const CLOSE_REASONS = {
  expired: 'Access token expired',
  ended: 'Session ended',
} as const;

/** Most subscriptions one socket may hold at once. */
export const MAX_FEEDS_PER_SOCKET = 50;

/**
 * One authenticated WebSocket: who is on it, and how to end it. It closes
 * itself when the access token it was opened with expires.
 */
export class LiveSocket {
  /** Subscriptions open on this socket. */
  feeds = 0;
  private expiry: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    readonly viewer: Viewer,
    private readonly closeSocket: (code: number, reason: string) => void,
    private readonly log: Logger,
  ) {
    const untilExpiry = viewer.expiresAt.getTime() - Date.now();
    this.expiry = setTimeout(() => this.close(CLOSE_REASONS.expired), Math.max(untilExpiry, 0));
    this.expiry.unref();
  }

  get expired(): boolean {
    return this.viewer.expiresAt.getTime() <= Date.now();
  }

  /** Closes the socket with 4403 and the given reason; the client may reconnect. */
  close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.dispose();
    this.log.info({ userId: this.viewer.userId, sessionId: this.viewer.sessionId, reason },
      'closing a live socket');
    this.closeSocket(CLOSE_FORBIDDEN, reason);
  }

  /** Forgets the expiry timer; called when the socket closes for any reason. */
  dispose(): void {
    this.closed = true;
    if (this.expiry !== null) clearTimeout(this.expiry);
    this.expiry = null;
  }
}
