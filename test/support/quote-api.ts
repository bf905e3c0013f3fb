import type { GraphQLClient } from './graphql-client.js';

/*
 * The quote, order and invoice operations as the contract writes them
 * (quotes.graphql, orders.graphql), plus the few extra fields tests read,
 * and thin helpers that run them.
 */

const QUOTE_FIELDS = `
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
  }`;

export const CREATE_QUOTE = `mutation CreateQuote($input: CreateQuoteInput!) {
  createQuote(input: $input) { ...QuoteFields }
} ${QUOTE_FIELDS}`;

export const UPDATE_QUOTE = `mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {
  updateQuote(id: $id, input: $input) { ...QuoteFields }
} ${QUOTE_FIELDS}`;

export const SEND_QUOTE = `mutation SendQuote($id: ID!) { sendQuote(id: $id) { id status } }`;

export const PLACE_ORDER = `mutation PlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) { ...QuoteFields paymentRequired payment { reference iban } }
} ${QUOTE_FIELDS}`;

export const ACCEPT_QUOTE = `mutation AcceptQuote($id: ID!) {
  acceptQuote(id: $id) {
    quote { id status }
    paymentRequired
    payment { reference iban amount { amount currency } }
  }
}`;

export const REJECT_QUOTE = `mutation RejectQuote($id: ID!, $reason: String) {
  rejectQuote(id: $id, reason: $reason) { id status }
}`;

export const APPROVE_QUOTE = `mutation ApproveQuote($id: ID!) {
  approveQuote(id: $id) { id number status quote { id status } }
}`;

export const CANCEL_QUOTE = `mutation CancelQuote($id: ID!, $reason: String) {
  cancelQuote(id: $id, reason: $reason) { id status }
}`;

export const QUOTES = `query Quotes($status: [QuoteStatus!], $first: Int, $after: String) {
  quotes(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ...QuoteFields } }
  }
} ${QUOTE_FIELDS}`;

export const QUOTE = `query Quote($id: ID!) {
  quote(id: $id) {
    ...QuoteFields
    history { from to at by { id name } note }
    feedback(first: 50) {
      totalCount
      edges { node { id body createdAt authorRole author { id name } } }
    }
  }
} ${QUOTE_FIELDS}`;

export const POST_FEEDBACK = `mutation PostFeedback($quoteId: ID!, $body: String!) {
  postFeedback(quoteId: $quoteId, body: $body) {
    id body createdAt authorRole author { id name }
  }
}`;

export const SALES_ORDERS = `query SalesOrders($status: [SalesOrderStatus!], $first: Int, $after: String) {
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
}`;

export const SET_SALES_ORDER_STATUS = `mutation SetSalesOrderStatus(
  $id: ID!, $status: SalesOrderStatus!
) {
  setSalesOrderStatus(id: $id, status: $status) { id status }
}`;

export const ISSUE_INVOICE = `mutation IssueInvoice($salesOrderId: ID!) {
  issueInvoice(salesOrderId: $salesOrderId) {
    id number status issueDate dueDate total { amount currency }
  }
}`;

export const RECORD_PAYMENT = `mutation RecordPayment($invoiceId: ID!, $amount: Decimal!, $paidOn: Date) {
  recordPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {
    id status amountDue { amount currency }
  }
}`;

export const INVOICES = `query Invoices($status: [InvoiceStatus!], $first: Int, $after: String) {
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
}`;

export interface MoneyValue {
  amount: string;
  currency: string;
}

export interface QuoteValue {
  id: string;
  number: string;
  status: string;
  origin: string;
  validUntil: string | null;
  revision: number;
  account: { id: string; companyName: string };
  lines: {
    product: { id: string; sku: string; name: string };
    quantity: string;
    unitPrice: MoneyValue;
    discountPercent: string;
    lineTotal: MoneyValue;
  }[];
  subtotal: MoneyValue;
  taxTotal: MoneyValue;
  total: MoneyValue;
  salesOrder: { id: string; number: string } | null;
}

export interface LineInput {
  productId: string;
  quantity: string;
  unitPrice?: string;
  discountPercent?: string;
}

/** Staff write a draft offer. */
export async function createQuote(
  staff: GraphQLClient,
  input: { accountId: string; lines: LineInput[]; validUntil?: string; note?: string },
): Promise<QuoteValue> {
  const data = await staff.ok<{ createQuote: QuoteValue }, object>(CREATE_QUOTE, { input });
  return data.createQuote;
}

/** Staff write a draft offer and send it. */
export async function sentQuote(
  staff: GraphQLClient,
  input: { accountId: string; lines: LineInput[]; validUntil?: string },
): Promise<QuoteValue> {
  const quote = await createQuote(staff, input);
  await staff.ok(SEND_QUOTE, { id: quote.id });
  return quote;
}

/** A customer orders from its price list. */
export async function placeOrder(
  customer: GraphQLClient,
  input: { lines: { productId: string; quantity: string }[]; deliveryAddressId?: string },
): Promise<QuoteValue & { paymentRequired: boolean; payment: { reference: string } | null }> {
  const data = await customer.ok<
    { placeOrder: QuoteValue & { paymentRequired: boolean; payment: { reference: string } | null } },
    object
  >(PLACE_ORDER, { input });
  return data.placeOrder;
}

/** Staff approve a quote; answers the new sales order. */
export async function approve(
  staff: GraphQLClient,
  quoteId: string,
): Promise<{ id: string; number: string; status: string }> {
  const data = await staff.ok<
    { approveQuote: { id: string; number: string; status: string } },
    object
  >(APPROVE_QUOTE, { id: quoteId });
  return data.approveQuote;
}

/** The ISO date `days` after today in Bucharest (negative: before). */
export function bucharestDay(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Bucharest' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
