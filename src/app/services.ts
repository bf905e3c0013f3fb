import type { MikroORM } from '@mikro-orm/postgresql';
import { AccountLifecycleService } from '../accounts/account-lifecycle.service.js';
import { AccountRequestService } from '../accounts/account-request.service.js';
import { AccountUsersService } from '../accounts/account-users.service.js';
import { AgreementService } from '../accounts/agreement/agreement.service.js';
import { MyAccountService } from '../accounts/my-account.service.js';
import { AccessTokens } from '../auth/access-tokens.js';
import { AuthService } from '../auth/auth.service.js';
import { PasswordService } from '../auth/password.service.js';
import { ProfileService } from '../auth/profile.service.js';
import { StaffUsersService } from '../auth/staff-users.service.js';
import { CatalogService } from '../catalog/catalog.service.js';
import type { Config } from '../config/config.js';
import { LiveService } from '../live/live.service.js';
import type { LiveListenerOptions } from '../live/live-listener.js';
import type { ThreadWatcherOptions } from '../live/thread-watchers.js';
import type { Logger } from '../logging/logger.js';
import { InvoiceService } from '../invoices/invoice.service.js';
import { MailDelivery } from '../mail/mail-delivery.js';
import { SalesOrderService } from '../orders/sales-order.service.js';
import { FeedbackService } from '../quotes/feedback.service.js';
import { QuoteExpiry } from '../quotes/quote-expiry.js';
import { QuoteMails } from '../quotes/quote-mails.js';
import { QuoteService } from '../quotes/quote.service.js';

/**
 * The domain services of one server process. They hold no per-request state
 * and nothing another instance would need: all shared state is in PostgreSQL.
 */
export interface Services {
  config: Config;
  auth: AuthService;
  /** Sends the outbox's mails; `startApp` starts and stops it. */
  mail: MailDelivery;
  catalog: CatalogService;
  passwords: PasswordService;
  profiles: ProfileService;
  staffUsers: StaffUsersService;
  accountRequests: AccountRequestService;
  accountLifecycle: AccountLifecycleService;
  accountUsers: AccountUsersService;
  myAccount: MyAccountService;
  agreements: AgreementService;
  quotes: QuoteService;
  /** Stores EXPIRED on offers past their day; `startApp` starts and stops it. */
  quoteExpiry: QuoteExpiry;
  feedback: FeedbackService;
  salesOrders: SalesOrderService;
  invoices: InvoiceService;
  /** Live updates: this instance's listening connection and its sockets' feeds. */
  live: LiveService;
}

/** Settings a test may change; production uses the defaults. */
export interface ServiceOptions {
  live?: Partial<LiveListenerOptions>;
  watchers?: Partial<ThreadWatcherOptions>;
}

export function createServices(
  config: Config,
  log: Logger,
  signingKey: string,
  orm: MikroORM,
  options: ServiceOptions = {},
): Services {
  const tokens = new AccessTokens(signingKey);
  const authLog = log.child({ module: 'auth' });
  const accountsLog = log.child({ module: 'accounts' });
  const auth = new AuthService(tokens, authLog);
  const quoteMails = new QuoteMails(config.appUrl);
  const salesOrders = new SalesOrderService(log.child({ module: 'orders' }));
  return {
    config,
    auth,
    mail: new MailDelivery(config, log.child({ module: 'mail' })),
    catalog: new CatalogService(log.child({ module: 'catalog' })),
    passwords: new PasswordService(config, auth, authLog),
    profiles: new ProfileService(authLog),
    staffUsers: new StaffUsersService(config, authLog),
    accountRequests: new AccountRequestService(config, accountsLog),
    accountLifecycle: new AccountLifecycleService(config, auth, accountsLog),
    accountUsers: new AccountUsersService(config, auth, accountsLog),
    myAccount: new MyAccountService(accountsLog),
    agreements: new AgreementService(config, accountsLog),
    quotes: new QuoteService(config, salesOrders, quoteMails, log.child({ module: 'quotes' })),
    quoteExpiry: new QuoteExpiry(log.child({ module: 'quotes' })),
    feedback: new FeedbackService(quoteMails, log.child({ module: 'feedback' })),
    salesOrders,
    invoices: new InvoiceService(log.child({ module: 'invoices' })),
    live: new LiveService(orm, log.child({ module: 'live' }), options.live,
      options.watchers),
  };
}
