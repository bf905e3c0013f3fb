import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../graphql/connection.js';
import { DateScalar, DecimalScalar } from '../graphql/scalars.js';
import { QuoteStatus } from './quote-enums.js';

@InputType({ description: 'A line of an offer. Prices are net of VAT.' })
export class QuoteLineInput {
  @Field(() => ID)
  productId!: string;

  @Field(() => DecimalScalar, { description: 'Above zero, at most 3 decimals.' })
  quantity!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Default: the account's price list. Required for a product not on it.",
  })
  unitPrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent from 0 to 100; default 0.' })
  discountPercent?: string | null;
}

@InputType({ description: "A new offer for an account, priced from the account's price list." })
export class CreateQuoteInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => [QuoteLineInput])
  lines!: QuoteLineInput[];

  @Field(() => DateScalar, { nullable: true, description: 'Default: 30 days from today.' })
  validUntil?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Default: the account's first delivery address by label.",
  })
  deliveryAddressId?: string | null;
}

@InputType({ description: 'Changes to a draft; fields left out stay as they are.' })
export class UpdateQuoteInput {
  @Field(() => [QuoteLineInput], { nullable: true, description: 'Replaces every line.' })
  lines?: QuoteLineInput[] | null;

  @Field(() => DateScalar, { nullable: true })
  validUntil?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true })
  deliveryAddressId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The revision the changes were made on; CONFLICT if someone edited meanwhile.',
  })
  revision?: number | null;
}

@InputType({ description: 'A line of an order, priced from your price list.' })
export class OrderLineInput {
  @Field(() => ID)
  productId!: string;

  @Field(() => DecimalScalar, { description: 'Above zero, at most 3 decimals.' })
  quantity!: string;
}

@InputType({ description: 'An order from your price list.' })
export class PlaceOrderInput {
  @Field(() => [OrderLineInput])
  lines!: OrderLineInput[];

  @Field(() => ID, {
    nullable: true,
    description: 'One of your delivery addresses; default: the first by label.',
  })
  deliveryAddressId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ArgsType()
export class QuotesArgs extends PageArgs {
  @Field(() => [QuoteStatus], {
    nullable: true,
    description: 'Default: every status but CONFIRMED (those show up as sales orders).',
  })
  status?: QuoteStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Staff only; customers see their own.' })
  accountId?: string | null;
}
