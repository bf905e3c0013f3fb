import { Account } from '../accounts/account.entity.js';
import { DeliveryAddress } from '../accounts/delivery-address.entity.js';
import { User } from '../auth/user.entity.js';
import type { BatchLoad } from '../graphql/loaders.js';
import { isRecordId } from '../shared/ids.js';
import { QuoteHistoryEntry } from './quote-history.entity.js';
import { QuoteLine } from './quote-line.entity.js';
import { Quote } from './quote.entity.js';

/*
 * Batch reads behind the Quote fields: a page of quotes costs one statement
 * per field, whatever its size.
 */

/** The lines of each quote, with their products, in order. */
export const loadQuoteLines: BatchLoad<string, QuoteLine[]> = async (em, quoteIds) => {
  const lines = await em.find(
    QuoteLine,
    { quote: { $in: [...quoteIds] } },
    { populate: ['product'], orderBy: { position: 'asc' } },
  );
  return quoteIds.map((id) => lines.filter((line) => line.quote.id === id));
};

/** The status changes of each quote, oldest first, with who made them. */
export const loadQuoteHistory: BatchLoad<string, QuoteHistoryEntry[]> = async (em, quoteIds) => {
  const entries = await em.find(
    QuoteHistoryEntry,
    { quote: { $in: [...quoteIds] } },
    { populate: ['by'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return quoteIds.map((id) => entries.filter((entry) => entry.quote.id === id));
};

/** Quotes by id; null for an id that names none. */
export const loadQuotesById: BatchLoad<string, Quote | null> = async (em, ids) => {
  const quotes = await em.find(Quote, { id: { $in: ids.filter(isRecordId) } });
  const byId = new Map(quotes.map((quote) => [quote.id, quote]));
  return ids.map((id) => byId.get(id) ?? null);
};

/** Accounts by id, for the `account` of quotes, orders and invoices. */
export const loadAccountsById: BatchLoad<string, Account | null> = async (em, ids) => {
  const accounts = await em.find(Account, { id: { $in: ids.filter(isRecordId) } });
  const byId = new Map(accounts.map((account) => [account.id, account]));
  return ids.map((id) => byId.get(id) ?? null);
};

/** Delivery addresses by id. */
export const loadDeliveryAddressesById: BatchLoad<string, DeliveryAddress | null> = async (
  em,
  ids,
) => {
  const addresses = await em.find(DeliveryAddress, { id: { $in: ids.filter(isRecordId) } });
  const byId = new Map(addresses.map((address) => [address.id, address]));
  return ids.map((id) => byId.get(id) ?? null);
};

/** Users by id, for feedback authors and history entries. */
export const loadUsersById: BatchLoad<string, User | null> = async (em, ids) => {
  const users = await em.find(User, { id: { $in: ids.filter(isRecordId) } });
  const byId = new Map(users.map((user) => [user.id, user]));
  return ids.map((id) => byId.get(id) ?? null);
};
