import type { NonEmptyArray } from 'type-graphql';
import {
  AccountChangeFieldsResolver, AccountFieldsResolver, UserAccountResolver,
} from '../accounts/account-fields.resolver.js';
import { AccountUsersResolver } from '../accounts/account-users.resolver.js';
import { AccountResolver } from '../accounts/account.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { UserResolver } from '../auth/user.resolver.js';
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
  UserResolver,
  AccountResolver,
  AccountUsersResolver,
  AccountFieldsResolver,
  AccountChangeFieldsResolver,
  UserAccountResolver,
  ProductResolver,
  PriceListResolver,
  PriceEntryResolver,
  QuoteResolver,
  QuoteFieldsResolver,
  FeedbackResolver,
  SalesOrderResolver,
  InvoiceResolver,
  AccountCreditResolver,
  LiveResolver,
];
