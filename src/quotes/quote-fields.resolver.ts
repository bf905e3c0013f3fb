import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { accountsById } from '../accounts/account-loaders.js';
import { DeliveryAddress } from '../accounts/delivery-address.entity.js';
import { isStaff } from '../auth/viewer.js';
import {
  type Connection, decodeCursor, encodeCursor, PageArgs, pageSize,
} from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { loadSalesOrderByQuote } from '../orders/sales-order.loaders.js';
import { SalesOrder } from '../orders/sales-order.entity.js';
import { businessDay } from '../shared/calendar.js';
import { BadUserInput } from '../shared/errors.js';
import type { Feedback } from './feedback.entity.js';
import { feedbackPageKey, loadFeedbackCounts, loadFeedbackPages } from './feedback.loaders.js';
import { QuoteStatus } from './quote-enums.js';
import { QuoteHistoryEntry } from './quote-history.entity.js';
import { QuoteLine } from './quote-line.entity.js';
import { effectiveQuoteStatus } from './quote-states.js';
import { FeedbackConnection, PaymentInstructions } from './quote-types.js';
import {
  loadDeliveryAddressesById, loadQuoteHistory, loadQuoteLines,
} from './quote.loaders.js';
import { Quote } from './quote.entity.js';

/** The fields of Quote that are read through batch loaders or computed. */
@Resolver(() => Quote)
export class QuoteFieldsResolver {
  @FieldResolver(() => QuoteStatus, {
    description: 'A SENT offer whose validUntil day (Bucharest) has ended reads EXPIRED.',
  })
  status(@Root() quote: Quote): QuoteStatus {
    return effectiveQuoteStatus(quote, businessDay());
  }

  @FieldResolver(() => Account)
  async account(@Root() quote: Quote, @Ctx() { loaders }: Context): Promise<Account> {
    const account = await loaders.load(accountsById, quote.account.id);
    return account!;
  }

  @FieldResolver(() => [QuoteLine])
  lines(@Root() quote: Quote, @Ctx() { loaders }: Context): Promise<QuoteLine[]> {
    return loaders.load(loadQuoteLines, quote.id);
  }

  @FieldResolver(() => [QuoteHistoryEntry], { description: 'Every status change, oldest first.' })
  async history(
    @Root() quote: Quote,
    @Ctx() { loaders, viewer }: Context,
  ): Promise<QuoteHistoryEntry[]> {
    const entries = await loaders.load(loadQuoteHistory, quote.id);
    // The customer's history starts when the quote left staff's hands: drafting is theirs.
    return isStaff(viewer) ? entries : entries.filter((entry) => entry.to !== QuoteStatus.DRAFT);
  }

  @FieldResolver(() => SalesOrder, { nullable: true, description: 'Set once approved.' })
  salesOrder(@Root() quote: Quote, @Ctx() { loaders }: Context): Promise<SalesOrder | null> {
    return loaders.load(loadSalesOrderByQuote, quote.id);
  }

  @FieldResolver(() => DeliveryAddress, { nullable: true })
  deliveryAddress(
    @Root() quote: Quote,
    @Ctx() { loaders }: Context,
  ): Promise<DeliveryAddress | null> {
    if (quote.deliveryAddress === null) return Promise.resolve(null);
    return loaders.load(loadDeliveryAddressesById, quote.deliveryAddress.id);
  }

  @FieldResolver(() => PaymentInstructions, {
    nullable: true,
    description: 'Bank-transfer details, when paymentRequired is true.',
  })
  payment(@Root() quote: Quote, @Ctx() { services }: Context): PaymentInstructions | null {
    return quote.paymentRequired === true ? services.quotes.paymentFor(quote) : null;
  }

  @FieldResolver(() => FeedbackConnection, { description: 'The thread, oldest first.' })
  async feedback(
    @Root() quote: Quote,
    @Args() page: PageArgs,
    @Ctx() { loaders, viewer }: Context,
  ): Promise<Connection<Feedback>> {
    const size = pageSize(page.first);
    const afterSeq = page.after === null || page.after === undefined ? '0' : seqOf(page.after);
    const withInternal = isStaff(viewer);

    // One row more than asked for tells whether there is a next page.
    const key = feedbackPageKey({ quoteId: quote.id, size: size + 1, afterSeq, withInternal });
    const [rows, counts] = await Promise.all([
      loaders.load(loadFeedbackPages, key),
      loaders.load(loadFeedbackCounts, quote.id),
    ]);
    const totalCount = withInternal ? counts.all : counts.shared;
    const edges = rows.slice(0, size).map((node) => ({ cursor: encodeCursor([node.seq]), node }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > size,
        endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null,
      },
    };
  }
}

const MAX_BIGINT = 2n ** 63n - 1n;

function seqOf(cursor: string): string {
  const [seq] = decodeCursor(cursor);
  // A bigint column: a larger number would fail in PostgreSQL (22003), not here.
  if (typeof seq !== 'string' || !/^\d{1,19}$/.test(seq) || BigInt(seq) > MAX_BIGINT) {
    throw new BadUserInput('after', 'The cursor is not one this server gave out.');
  }
  return seq;
}
