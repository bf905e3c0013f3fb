import { graphql } from '../generated/index.js';
import type {
  ApproveQuoteMutation, CreateQuoteInput, PlaceOrderInput, PlaceOrderMutation, QuoteFieldsFragment,
} from '../generated/graphql.js';
import type { GraphQLClient } from './graphql-client.js';

/*
 * The quote, order and invoice operations as the contract writes them
 * (quotes.graphql, orders.graphql), plus the few extra fields tests read,
 * and thin helpers that run them.
 */

// Spread by name below; codegen adds it to each document that does.
graphql(`
  fragment QuoteFields on Quote {
    id number status origin validUntil revision
    account { id companyName }
    lines {
      product { id sku name }
      quantity unitPrice { amount currency } discountPercent lineTotal { amount currency }
    }
    subtotal { amount currency } taxTotal { amount currency } total { amount currency }
    salesOrder { id number }
    createdAt updatedAt
  }`);

export const CREATE_QUOTE = graphql(`mutation CreateQuote($input: CreateQuoteInput!) {
  createQuote(input: $input) { ...QuoteFields }
}`);

export const UPDATE_QUOTE = graphql(`mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {
  updateQuote(id: $id, input: $input) { ...QuoteFields }
}`);

export const SEND_QUOTE = graphql(`mutation SendQuote($id: ID!) {
  sendQuote(id: $id) { id status }
}`);

export const PLACE_ORDER = graphql(`mutation PlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) { ...QuoteFields paymentRequired payment { reference iban } }
}`);

export const ACCEPT_QUOTE = graphql(`mutation AcceptQuote($id: ID!) {
  acceptQuote(id: $id) {
    quote { id status }
    paymentRequired
    payment { reference iban amount { amount currency } }
  }
}`);

export const REJECT_QUOTE = graphql(`mutation RejectQuote($id: ID!, $reason: String) {
  rejectQuote(id: $id, reason: $reason) { id status }
}`);

export const APPROVE_QUOTE = graphql(`mutation ApproveQuote($id: ID!) {
  approveQuote(id: $id) { id number status quote { id status } }
}`);

export const CANCEL_QUOTE = graphql(`mutation CancelQuote($id: ID!, $reason: String) {
  cancelQuote(id: $id, reason: $reason) { id status }
}`);

export const QUOTES = graphql(`query Quotes($status: [QuoteStatus!], $first: Int, $after: String) {
  quotes(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ...QuoteFields } }
  }
}`);

export const QUOTE = graphql(`query Quote($id: ID!) {
  quote(id: $id) {
    ...QuoteFields
    history { from to at by { id name } note }
    feedback(first: 50) {
      totalCount
      edges { node { id body createdAt authorRole author { id name } } }
    }
  }
}`);

export const POST_FEEDBACK = graphql(`mutation PostFeedback($quoteId: ID!, $body: String!) {
  postFeedback(quoteId: $quoteId, body: $body) {
    id body createdAt authorRole author { id name }
  }
}`);

export const SALES_ORDERS = graphql(`query SalesOrders(
  $status: [SalesOrderStatus!], $first: Int, $after: String
) {
  salesOrders(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id number status confirmedAt deliveryMethod
        deliveryAddress { id label }
        quote { id number }
        total { amount currency }
        invoices { id number }
      }
    }
  }
}`);

export const SET_SALES_ORDER_STATUS = graphql(`mutation SetSalesOrderStatus(
  $id: ID!, $status: SalesOrderStatus!
) {
  setSalesOrderStatus(id: $id, status: $status) { id status }
}`);

export const ISSUE_INVOICE = graphql(`mutation IssueInvoice($salesOrderId: ID!) {
  issueInvoice(salesOrderId: $salesOrderId) {
    id number status issueDate dueDate total { amount currency }
  }
}`);

export const RECORD_PAYMENT = graphql(`mutation RecordPayment(
  $invoiceId: ID!, $amount: Decimal!, $paidOn: Date
) {
  recordPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {
    id status amountDue { amount currency }
  }
}`);

export const INVOICES = graphql(`query Invoices(
  $status: [InvoiceStatus!], $first: Int, $after: String
) {
  invoices(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id number status issueDate dueDate overdue
        salesOrder { id number }
        subtotal { amount currency } taxTotal { amount currency } total { amount currency }
        amountDue { amount currency }
      }
    }
  }
}`);

/** Staff write a draft offer. */
export async function createQuote(
  staff: GraphQLClient,
  input: CreateQuoteInput,
): Promise<QuoteFieldsFragment> {
  const data = await staff.ok(CREATE_QUOTE, { input });
  return data.createQuote;
}

/** Staff write a draft offer and send it. */
export async function sentQuote(
  staff: GraphQLClient,
  input: CreateQuoteInput,
): Promise<QuoteFieldsFragment> {
  const quote = await createQuote(staff, input);
  await staff.ok(SEND_QUOTE, { id: quote.id });
  return quote;
}

/** A customer orders from its price list; answers the quote and whether to pay first. */
export async function placeOrder(
  customer: GraphQLClient,
  input: PlaceOrderInput,
): Promise<PlaceOrderMutation['placeOrder']> {
  const data = await customer.ok(PLACE_ORDER, { input });
  return data.placeOrder;
}

/** Staff approve a quote; answers the new sales order. */
export async function approve(
  staff: GraphQLClient,
  quoteId: string,
): Promise<ApproveQuoteMutation['approveQuote']> {
  const data = await staff.ok(APPROVE_QUOTE, { id: quoteId });
  return data.approveQuote;
}

/** The ISO date `days` after today in Bucharest (negative: before). */
export function bucharestDay(days = 0): string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Bucharest' });
  const today = format.format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
