import {
  Arg, ID, Resolver, Root, type SubscribeResolverData, Subscription,
} from 'type-graphql';
import { SignedIn } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { SalesOrder } from '../orders/sales-order.entity.js';
import { Feedback } from '../quotes/feedback.entity.js';
import { Quote } from '../quotes/quote.entity.js';
import { BadUserInput } from '../shared/errors.js';
import { openFeedbackFeed } from './feedback-feed.js';
import { isLiveContext, type LiveContext } from './live-context.js';
import { LiveDelivery } from './live-feed.js';
import { openQuoteStatusFeed, openSalesOrderStatusFeed } from './status-feeds.js';

interface FeedbackArgs {
  quoteId: string;
  after?: string | null;
}

/**
 * The live subscriptions. Each `subscribe` opens a feed (src/live); each
 * message's root is a `LiveDelivery` whose record was loaded and checked for
 * this subscriber, and whose fields resolve with that delivery's own context.
 */
@Resolver()
export class LiveResolver {
  @SignedIn()
  @Subscription(() => Feedback, {
    description: "Each new message in the quote's thread. With `after` (a message id), first "
      + 'every message posted after that one, then new ones: reconnect with the last id received.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, FeedbackArgs, Context>) =>
      openFeedbackFeed(liveContext(context), args.quoteId, args.after ?? null),
  })
  feedbackAdded(
    @Root() delivery: LiveDelivery<Feedback>,
    @Arg('quoteId', () => ID) _quoteId: string,
    @Arg('after', () => ID, { nullable: true }) _after: string | null,
  ): Feedback {
    return deliveredValue(delivery);
  }

  @SignedIn()
  @Subscription(() => Quote, {
    description: 'The quote after each status change: every quote for staff, '
      + "a customer's own company's quotes for customers.",
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) =>
      openQuoteStatusFeed(liveContext(context)),
  })
  quoteStatusChanged(@Root() delivery: LiveDelivery<Quote>): Quote {
    return deliveredValue(delivery);
  }

  @SignedIn()
  @Subscription(() => SalesOrder, {
    description: 'The sales order after each status change: every order for staff, '
      + "a customer's own company's orders for customers.",
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) =>
      openSalesOrderStatusFeed(liveContext(context)),
  })
  salesOrderStatusChanged(@Root() delivery: LiveDelivery<SalesOrder>): SalesOrder {
    return deliveredValue(delivery);
  }
}

const OVER_WEBSOCKET = 'Subscriptions run over WebSocket (graphql-transport-ws) on /graphql, '
  + 'not over HTTP.';

function liveContext(context: Context): LiveContext {
  if (!isLiveContext(context)) throw new BadUserInput('query', OVER_WEBSOCKET);
  return context;
}

/** The record of a message; a subscription sent over HTTP arrives here with no delivery. */
function deliveredValue<T>(delivery: LiveDelivery<T> | undefined): T {
  if (!(delivery instanceof LiveDelivery)) throw new BadUserInput('query', OVER_WEBSOCKET);
  return delivery.value;
}
