import { createPriceList, createProduct, setPrices } from './catalog.js';
import {
  createCustomer, createStaff, type CustomerFixture, type StaffFixture,
} from './fixtures.js';
import { graphql } from '../generated/index.js';
import type { LiveFeedbackAddedSubscription } from '../generated/graphql.js';
import type { GraphQLClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

/* What the live-update tests start from: staff, a priced product, companies and sent quotes. */

export const POST_FEEDBACK = graphql(`mutation LivePostFeedback($quoteId: ID!, $body: String!) {
  postFeedback(quoteId: $quoteId, body: $body) { id body }
}`);

export const FEEDBACK_ADDED = graphql(`subscription LiveFeedbackAdded($quoteId: ID!, $after: ID) {
  feedbackAdded(quoteId: $quoteId, after: $after) {
    id body createdAt authorRole author { id name }
  }
}`);

const CREATE_QUOTE = graphql(`mutation LiveCreateQuote($input: CreateQuoteInput!) {
  createQuote(input: $input) { id }
}`);
const SEND_QUOTE = graphql(`mutation LiveSendQuote($id: ID!) { sendQuote(id: $id) { id status } }`);

/** What a subscriber to FEEDBACK_ADDED receives. */
export type FeedbackMessage = LiveFeedbackAddedSubscription;

export interface LiveWorld {
  staff: StaffFixture;
  productId: string;
  priceListId: string;
  /** A new ACTIVE company with one signed-in user, buying from the world's price list. */
  newCustomer(): Promise<CustomerFixture>;
  /** A quote for the account, created and sent by staff; answers its id. */
  newSentQuote(accountId: string): Promise<string>;
}

/** Staff, one product on one price list, and helpers for companies and quotes. */
export async function setUpLiveWorld(api: TestApp): Promise<LiveWorld> {
  const staff = await createStaff(api);
  const product = await createProduct(staff.client);
  const priceList = await createPriceList(staff.client);
  await setPrices(staff.client, priceList.id, [{ productId: product.id, unitPrice: '80.00' }]);

  return {
    staff,
    productId: product.id,
    priceListId: priceList.id,
    newCustomer: () => createCustomer(api, { priceListId: priceList.id }),
    newSentQuote: async (accountId) => {
      const created = await staff.client.ok(CREATE_QUOTE, {
        input: { accountId, lines: [{ productId: product.id, quantity: '3' }] },
      });
      await staff.client.ok(SEND_QUOTE, { id: created.createQuote.id });
      return created.createQuote.id;
    },
  };
}

/** Posts feedback; answers the new message's id. */
export async function postFeedback(
  client: GraphQLClient,
  quoteId: string,
  body: string,
): Promise<string> {
  const data = await client.ok(POST_FEEDBACK, { quoteId, body });
  return data.postFeedback.id;
}

/** Waits until an instance holds at least `count` subscriptions (its hub's sinks). */
export async function subscriptionsOn(app: TestApp, count: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (app.app.services.live.hub.size < count) {
    if (Date.now() > deadline) throw new Error(`waited for ${count} subscriptions`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
