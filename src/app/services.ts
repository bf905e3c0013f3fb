import type { MikroORM } from '@mikro-orm/postgresql';
import { AccessTokens } from '../auth/access-tokens.js';
import { AuthService } from '../auth/auth.service.js';
import { CatalogService } from '../catalog/catalog.service.js';
import type { Config } from '../config/config.js';
import { LiveService } from '../live/live.service.js';
import type { LiveListenerOptions } from '../live/live-listener.js';
import type { Logger } from '../logging/logger.js';
import { InvoiceService } from '../invoices/invoice.service.js';
import { MailDelivery } from '../mail/mail-delivery.js';
import { SalesOrderService } from '../orders/sales-order.service.js';
import { FeedbackService } from '../quotes/feedback.service.js';
import { QuoteMails } from '../quotes/quote-mails.js';
import { QuoteService } from '../quotes/quote.service.js';

/**
 * The domain services of one server process. They hold no per-request state
 * and nothing another instance would need: all shared state is in PostgreSQL.
 */
export interface Services {
  config: Config;
  auth: AuthService;
  catalog: CatalogService;
  /** Sends the outbox's mails; `startApp` starts and stops it. */
  mail: MailDelivery;
  quotes: QuoteService;
  feedback: FeedbackService;
  salesOrders: SalesOrderService;
  invoices: InvoiceService;
  /** Live updates: this instance's listening connection and its sockets' feeds. */
  live: LiveService;
}

/** Settings a test may change; production uses the defaults. */
export interface ServiceOptions {
  live?: Partial<LiveListenerOptions>;
}

export function createServices(
  config: Config,
  log: Logger,
  signingKey: string,
  orm: MikroORM,
  options: ServiceOptions = {},
): Services {
  const tokens = new AccessTokens(signingKey);
  const quoteMails = new QuoteMails(config.appUrl);
  const salesOrders = new SalesOrderService(log.child({ module: 'orders' }));
  return {
    config,
    auth: new AuthService(tokens, log.child({ module: 'auth' })),
    catalog: new CatalogService(log.child({ module: 'catalog' })),
    mail: new MailDelivery(config, log.child({ module: 'mail' })),
    quotes: new QuoteService(config, salesOrders, quoteMails, log.child({ module: 'quotes' })),
    feedback: new FeedbackService(quoteMails, log.child({ module: 'feedback' })),
    salesOrders,
    invoices: new InvoiceService(log.child({ module: 'invoices' })),
    live: new LiveService(orm, log.child({ module: 'live' }), options.live),
  };
}
