import { AccessTokens } from '../auth/access-tokens.js';
import { AuthService } from '../auth/auth.service.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { MailDelivery } from '../mail/mail-delivery.js';

/**
 * The domain services of one server process. They hold no per-request state
 * and nothing another instance would need: all shared state is in PostgreSQL.
 */
export interface Services {
  config: Config;
  auth: AuthService;
  /** Sends the outbox's mails; `startApp` starts and stops it. */
  mail: MailDelivery;
}

export function createServices(config: Config, log: Logger, signingKey: string): Services {
  const tokens = new AccessTokens(signingKey);
  return {
    config,
    auth: new AuthService(tokens, log.child({ module: 'auth' })),
    mail: new MailDelivery(config, log.child({ module: 'mail' })),
  };
}
