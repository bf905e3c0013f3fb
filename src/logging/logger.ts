import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';
import { serializeError } from './error-serializer.js';

export type { Logger };
export { serializeError };

/**
 * The process's root logger: one JSON line per event in production, readable
 * lines in development. Modules take a child with `logger.child({ module })`.
 * Lines go to stdout, or to `destination` when given (tests read them there).
 * Errors under `err` are serialized without SQL or bound values (see serializeError).
 */
export function createLogger(
  options: { env: string; level: string },
  destination?: DestinationStream,
): Logger {
  const redact = {
    paths: [
      'password', '*.password', 'newPassword', '*.newPassword', 'currentPassword',
      '*.currentPassword', 'token', '*.token', 'refreshToken', '*.refreshToken',
      'accessToken', '*.accessToken', 'authorization', '*.authorization',
      'headers.authorization', 'req.headers.authorization',
    ],
    censor: '[redacted]',
  };

  const serializers = { err: serializeError };

  if (options.env === 'development' && destination === undefined && hasPrettyPrinter()) {
    return pino({
      level: options.level,
      redact,
      serializers,
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } },
    });
  }
  const settings = { level: options.level, redact, serializers };
  return destination === undefined ? pino(settings) : pino(settings, destination);
}

// pino-pretty is a development dependency; a production image runs without it.
function hasPrettyPrinter(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
