import { registerEnumType } from 'type-graphql';

export enum QuoteStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  AWAITING_APPROVAL = 'AWAITING_APPROVAL',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

/** Who started the quote: staff with an offer, or the customer with an order. */
export enum QuoteOrigin {
  STAFF = 'STAFF',
  CUSTOMER = 'CUSTOMER',
}

/** Which side wrote a feedback message. */
export enum AuthorRole {
  CUSTOMER = 'CUSTOMER',
  STAFF = 'STAFF',
}

registerEnumType(QuoteStatus, { name: 'QuoteStatus' });
registerEnumType(QuoteOrigin, { name: 'QuoteOrigin' });
registerEnumType(AuthorRole, { name: 'AuthorRole' });
