/** Where an outbox row is in its life. */
export enum OutboxStatus {
  /** Waiting for its first or next attempt (`nextAttemptAt`). */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Given up: rejected permanently, or out of attempts. The row stays for inspection. */
  FAILED = 'FAILED',
}
