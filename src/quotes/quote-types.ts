import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../graphql/connection.js';
import { Money } from '../shared/money.type.js';
import { Feedback } from './feedback.entity.js';
import { Quote } from './quote.entity.js';

export const QuoteConnection = ConnectionType(Quote);
export const FeedbackConnection = ConnectionType(Feedback);

@ObjectType({ description: 'How to pay by bank transfer before the goods.' })
export class PaymentInstructions {
  @Field({ description: "Write it on the transfer: the quote's number." })
  reference!: string;

  @Field({ description: "The distributor's account." })
  iban!: string;

  @Field(() => Money)
  amount!: Money;
}

@ObjectType({ description: 'The outcome of accepting an offer.' })
export class AcceptQuotePayload {
  @Field(() => Quote)
  quote!: Quote;

  @Field({ description: 'True when the order must be paid by bank transfer first.' })
  paymentRequired!: boolean;

  @Field(() => PaymentInstructions, { nullable: true })
  payment!: PaymentInstructions | null;
}
