import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * The process's root logger: one JSON line per event in production, readable
 * lines in development. Modules take a child with `logger.child({ module })`.
 */
export function createLogger(options: { env: string; level: string }): Logger {
  const redact = {
    paths: [
      'password', '*.password', 'newPassword', '*.newPassword', 'currentPassword',
      '*.currentPassword', 'token', '*.token', 'refreshToken', '*.refreshToken',
      'accessToken', '*.accessToken', 'authorization', '*.authorization',
      'headers.authorization', 'req.headers.authorization',
    ],
    censor: '[redacted]',
  };

  if (options.env === 'development' && hasPrettyPrinter()) {
    return pino({
      level: options.level,
      redact,
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } },
    });
  }
  return pino({ level: options.level, redact });
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
