import { AccountChange } from '../accounts/account-change.entity.js';
import { Account } from '../accounts/account.entity.js';
import { Address } from '../accounts/address.embeddable.js';
import { DeliveryAddress } from '../accounts/delivery-address.entity.js';
import { SignedAgreement } from '../accounts/signed-agreement.entity.js';
import { OneTimeToken } from '../auth/one-time-token.entity.js';
import { RefreshToken } from '../auth/refresh-token.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { PriceEntry } from '../catalog/price-entry.entity.js';
import { PriceList } from '../catalog/price-list.entity.js';
import { Product } from '../catalog/product.entity.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { InvoiceLine } from '../invoices/invoice-line.entity.js';
import { Payment } from '../invoices/payment.entity.js';
import { LiveEventRecord } from '../live/live-event.entity.js';
import { ThreadWatcher } from '../live/thread-watcher.entity.js';
import { OutboxMail } from '../mail/outbox-mail.entity.js';
import { DeliveryAddressCopy } from '../orders/delivery-address-copy.embeddable.js';
import { SalesOrderHistoryEntry } from '../orders/sales-order-history.entity.js';
import { SalesOrderLine } from '../orders/sales-order-line.entity.js';
import { SalesOrder } from '../orders/sales-order.entity.js';
import { Feedback } from '../quotes/feedback.entity.js';
import { PricedLine } from '../quotes/priced-line.entity.js';
import { QuoteHistoryEntry } from '../quotes/quote-history.entity.js';
import { QuoteLine } from '../quotes/quote-line.entity.js';
import { Quote } from '../quotes/quote.entity.js';
import { DocumentCounter } from '../shared/document-counter.entity.js';
import { RateLimitCounter } from '../shared/rate-limit.entity.js';
import { BaseEntity } from './base.entity.js';

/** Every entity the ORM knows; a new entity is added here and gets a migration. */
export const entities = [
  BaseEntity,
  Account,
  Address,
  DeliveryAddress,
  User,
  Session,
  RefreshToken,
  PriceList,
  Product,
  PriceEntry,
  OutboxMail,
  AccountChange,
  SignedAgreement,
  OneTimeToken,
  RateLimitCounter,
  DocumentCounter,
  PricedLine,
  Quote,
  QuoteLine,
  QuoteHistoryEntry,
  Feedback,
  DeliveryAddressCopy,
  SalesOrder,
  SalesOrderLine,
  SalesOrderHistoryEntry,
  Invoice,
  InvoiceLine,
  Payment,
  LiveEventRecord,
  ThreadWatcher,
];
