import { isStaff, type Viewer } from '../auth/viewer.js';
import { SalesOrder } from '../orders/sales-order.entity.js';
import { canSeeOrder } from '../orders/sales-order.service.js';
import { canSeeQuote } from '../quotes/quote-access.js';
import { Quote } from '../quotes/quote.entity.js';
import { Forbidden } from '../shared/errors.js';
import type { LiveContext } from './live-context.js';
import type { LiveFeed } from './live-feed.js';
import { quoteStatusTopic, salesOrderStatusTopic } from './live-hub.js';

/**
 * `quoteStatusChanged`: staff hear about every quote, a customer about its
 * own company's (the topic alone keeps other companies' events away; the
 * load checks again). The quote is delivered as it is when delivered.
 */
export async function openQuoteStatusFeed(ctx: LiveContext): Promise<LiveFeed<Quote>> {
  const { live: socket, services } = ctx;
  const viewer = socket.viewer;

  const feed = await services.live.openFeed<Quote>(
    socket,
    [quoteStatusTopic(accountScope(viewer))],
    async (event, reading) => {
      if (event.type !== 'quoteStatusChanged') return null;
      const quote = await reading.once(`quote:${event.quoteId}`, () =>
        reading.em.findOne(Quote, { id: event.quoteId }));
      return quote !== null && canSeeQuote(viewer, quote) ? quote : null;
    },
  );
  feed.start();
  return feed;
}

/** `salesOrderStatusChanged`: like `quoteStatusChanged`, for sales orders. */
export async function openSalesOrderStatusFeed(ctx: LiveContext): Promise<LiveFeed<SalesOrder>> {
  const { live: socket, services } = ctx;
  const viewer = socket.viewer;

  const feed = await services.live.openFeed<SalesOrder>(
    socket,
    [salesOrderStatusTopic(accountScope(viewer))],
    async (event, reading) => {
      if (event.type !== 'salesOrderStatusChanged') return null;
      const order = await reading.once(`salesOrder:${event.salesOrderId}`, () =>
        reading.em.findOne(SalesOrder, { id: event.salesOrderId }));
      return order !== null && canSeeOrder(viewer, order) ? order : null;
    },
  );
  feed.start();
  return feed;
}

/** Whose events the viewer may hear: null (every account) for staff only. */
function accountScope(viewer: Viewer): string | null {
  if (isStaff(viewer)) return null;
  if (viewer.accountId === null) {
    throw new Forbidden('Only users of a company receive its updates.');
  }
  return viewer.accountId;
}
