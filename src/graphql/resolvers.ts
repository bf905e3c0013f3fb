import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../auth/auth.resolver.js';
import {
  AccountPriceListResolver, UserAccountResolver,
} from '../catalog/account-price-list.resolver.js';
import { PriceEntryResolver, PriceListResolver } from '../catalog/price-list.resolver.js';
import { ProductResolver } from '../catalog/product.resolver.js';
import { AccountCreditResolver } from '../invoices/account-credit.resolver.js';
import { InvoiceResolver } from '../invoices/invoice.resolver.js';
import { LiveResolver } from '../live/live.resolver.js';
import { SalesOrderResolver } from '../orders/sales-order.resolver.js';
import { FeedbackResolver } from '../quotes/feedback.resolver.js';
import { QuoteFieldsResolver } from '../quotes/quote-fields.resolver.js';
import { QuoteResolver } from '../quotes/quote.resolver.js';

/** Every resolver class of the schema; a domain adds its resolvers here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  ProductResolver,
  PriceListResolver,
  PriceEntryResolver,
  AccountPriceListResolver,
  UserAccountResolver,
  QuoteResolver,
  QuoteFieldsResolver,
  FeedbackResolver,
  SalesOrderResolver,
  InvoiceResolver,
  AccountCreditResolver,
  LiveResolver,
];
