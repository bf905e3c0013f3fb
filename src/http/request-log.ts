import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logging/logger.js';

/** Paths an orchestrator probes every few seconds: logged at debug level, to keep logs quiet. */
const PROBES = new Set(['/healthz', '/readyz']);

/**
 * Writes one line for an HTTP request when its response closes: method, path,
 * status and duration. The path goes without its query string, which can hold
 * a token (`/files/agreement?token=…`). `loggedElsewhere` is asked at the end,
 * so that a GraphQL operation, which Apollo's request log already wrote, is
 * not logged twice.
 */
export function logWhenClosed(
  log: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  loggedElsewhere: () => boolean,
): void {
  const started = process.hrtime.bigint();
  res.once('close', () => {
    if (loggedElsewhere()) return;

    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const entry = {
      method: req.method ?? 'GET',
      path,
      status: res.statusCode,
      ms: Math.round(ms * 10) / 10,
      // The client went away before the whole answer was sent.
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (PROBES.has(path)) log.debug(entry, 'http request');
    else log.info(entry, 'http request');
  });
}
