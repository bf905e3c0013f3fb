import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CustomerOnly, SignedIn, StaffOnly } from '../graphql/access.js';
import type { Connection } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { SalesOrder } from '../orders/sales-order.entity.js';
import { findVisibleQuote } from './quote-access.js';
import {
  CreateQuoteInput, PlaceOrderInput, QuotesArgs, UpdateQuoteInput,
} from './quote-inputs.js';
import { listQuotes } from './quote-listing.js';
import { AcceptQuotePayload, QuoteConnection } from './quote-types.js';
import { Quote } from './quote.entity.js';

/** The quote lifecycle's queries and actions; the rules live in QuoteService. */
@Resolver(() => Quote)
export class QuoteResolver {
  @SignedIn()
  @Query(() => QuoteConnection, {
    description: 'Quotes newest first: customers see their own (never drafts), staff all.',
  })
  quotes(@Args() args: QuotesArgs, @Ctx() { em, viewer }: Context): Promise<Connection<Quote>> {
    return listQuotes(em, viewer!, args);
  }

  @SignedIn()
  @Query(() => Quote)
  quote(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<Quote> {
    return findVisibleQuote(em, viewer!, id);
  }

  @StaffOnly()
  @Mutation(() => Quote, { description: 'Writes a DRAFT offer for an account.' })
  createQuote(
    @Arg('input') input: CreateQuoteInput,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<Quote> {
    return services.quotes.createQuote(em, viewer!, input);
  }

  @StaffOnly()
  @Mutation(() => Quote, { description: 'Changes a DRAFT; its revision goes up by one.' })
  updateQuote(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateQuoteInput,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<Quote> {
    return services.quotes.updateQuote(em, viewer!, id, input);
  }

  @StaffOnly()
  @Mutation(() => Quote, { description: "Sends a DRAFT to the account's users, by email too." })
  sendQuote(
    @Arg('id', () => ID) id: string,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<Quote> {
    return services.quotes.sendQuote(em, viewer!, id);
  }

  @CustomerOnly()
  @Mutation(() => Quote, { description: 'Orders from your price list; staff approve it.' })
  placeOrder(
    @Arg('input') input: PlaceOrderInput,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<Quote> {
    return services.quotes.placeOrder(em, viewer!, input);
  }

  @CustomerOnly()
  @Mutation(() => AcceptQuotePayload, {
    description: 'Accepts a SENT offer; says whether to pay by bank transfer first.',
  })
  acceptQuote(
    @Arg('id', () => ID) id: string,
    @Arg('deliveryAddressId', () => ID, {
      nullable: true,
      description: 'Deliver to this address of yours instead of the offer\'s.',
    }) deliveryAddressId: string | null,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<AcceptQuotePayload> {
    return services.quotes.acceptQuote(em, viewer!, id, deliveryAddressId);
  }

  @CustomerOnly()
  @Mutation(() => Quote, { description: 'Turns down a SENT offer.' })
  rejectQuote(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<Quote> {
    return services.quotes.rejectQuote(em, viewer!, id, reason);
  }

  @StaffOnly()
  @Mutation(() => SalesOrder, {
    description: 'Approves a quote AWAITING_APPROVAL: it is CONFIRMED as a new sales order.',
  })
  approveQuote(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<SalesOrder> {
    return services.quotes.approveQuote(em, viewer!, id, note);
  }

  @StaffOnly()
  @Mutation(() => Quote, { description: 'Withdraws a DRAFT, SENT or AWAITING_APPROVAL quote.' })
  cancelQuote(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<Quote> {
    return services.quotes.cancelQuote(em, viewer!, id, reason);
  }
}
