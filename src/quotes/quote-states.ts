import { Lifecycle } from '../shared/lifecycle.js';
import { QuoteStatus } from './quote-enums.js';

/** What can happen to a quote; `expire` is the system's, when a SENT offer's day ends. */
export type QuoteAction =
  | 'createQuote'
  | 'placeOrder'
  | 'sendQuote'
  | 'acceptQuote'
  | 'rejectQuote'
  | 'approveQuote'
  | 'cancelQuote'
  | 'expire';

const {
  DRAFT, SENT, AWAITING_APPROVAL, CONFIRMED, REJECTED, CANCELLED, EXPIRED,
} = QuoteStatus;

/** The contract's quote lifecycle, row for row. */
export const QUOTE_LIFECYCLE = new Lifecycle<QuoteStatus, QuoteAction>(
  'quote',
  Object.values(QuoteStatus),
  [
    { from: [null], action: 'createQuote', to: DRAFT },
    { from: [DRAFT], action: 'sendQuote', to: SENT },
    { from: [null], action: 'placeOrder', to: AWAITING_APPROVAL },
    { from: [SENT], action: 'acceptQuote', to: AWAITING_APPROVAL },
    { from: [SENT], action: 'rejectQuote', to: REJECTED },
    { from: [AWAITING_APPROVAL], action: 'approveQuote', to: CONFIRMED },
    { from: [DRAFT, SENT, AWAITING_APPROVAL], action: 'cancelQuote', to: CANCELLED },
    { from: [SENT], action: 'expire', to: EXPIRED },
  ],
);

/** Only drafts can be edited; once sent, the customer holds a copy. */
export const EDITABLE_QUOTE_STATES: readonly QuoteStatus[] = [DRAFT];

/** A thread stays open until the quote is settled one way or the other. */
export const FEEDBACK_CLOSED_STATES: readonly QuoteStatus[] = [
  CONFIRMED, REJECTED, CANCELLED, EXPIRED,
];

/**
 * A quote is the customer's to see from the first time it reaches one of
 * these: staff sent the offer, or the customer placed the order. Drafts are
 * staff's work in progress, and so is a draft cancelled before it was sent.
 */
export const SHARED_WITH_CUSTOMERS_FROM: readonly QuoteStatus[] = [SENT, AWAITING_APPROVAL];

/**
 * What callers see: a SENT offer whose `validUntil` day (Bucharest) has
 * ended reads as EXPIRED, whether or not the sweep has stored that yet.
 */
export function effectiveQuoteStatus(
  quote: { status: QuoteStatus; validUntil: string | null },
  today: string,
): QuoteStatus {
  if (quote.status === SENT && quote.validUntil !== null && quote.validUntil < today) {
    return EXPIRED;
  }
  return quote.status;
}
