/** The longest wait between two attempts at one mail. */
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/**
 * Exponential backoff with ±25 % jitter, so that mails failed together (an
 * SMTP outage) do not all come back in the same second: base, 2×base, 4×base…
 * up to an hour. `attempt` is the number of the attempt that just failed.
 */
export function retryDelay(attempt: number, baseMs: number): number {
  const exponential = baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30);
  const capped = Math.min(exponential, Math.max(MAX_RETRY_DELAY_MS, baseMs));
  const jitter = 0.75 + Math.random() * 0.5;
  return Math.round(capped * jitter);
}
