/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ApproveConfirmedQuote($id: ID!) {\n  approveQuote(id: $id) { id }\n}": typeof types.ApproveConfirmedQuoteDocument,
    "query QuotePage($first: Int) {\n  quotes(first: $first, status: [DRAFT, SENT]) {\n    totalCount\n    edges {\n      node {\n        id number status validUntil revision\n        account { id companyName }\n        lines {\n          product { id sku name vatRate }\n          quantity unitPrice { amount currency } discountPercent lineTotal { amount }\n        }\n        subtotal { amount } taxTotal { amount } total { amount }\n        salesOrder { id number }\n        deliveryAddress { id label }\n        history { from to by { id name } }\n        feedback(first: 3) { totalCount edges { node { id body author { id name } } } }\n      }\n    }\n  }\n}": typeof types.QuotePageDocument,
    "query RefusedQuoteStatus($id: ID!) {\n  quote(id: $id) { status }\n}": typeof types.RefusedQuoteStatusDocument,
    "mutation RefusalsCancelInvoice($id: ID!) {\n  cancelInvoice(id: $id) { status }\n}": typeof types.RefusalsCancelInvoiceDocument,
    "query OtherCompanysSalesOrder($id: ID!) {\n  salesOrder(id: $id) { id }\n}": typeof types.OtherCompanysSalesOrderDocument,
    "query OtherCompanysInvoice($id: ID!) { invoice(id: $id) { id } }": typeof types.OtherCompanysInvoiceDocument,
    "query OverdueInvoices {\n  invoices(overdue: true, first: 100) { edges { node { id overdue } } }\n}": typeof types.OverdueInvoicesDocument,
    "query CurrentInvoices {\n  invoices(overdue: false, first: 100) { edges { node { id } } }\n}": typeof types.CurrentInvoicesDocument,
    "query StoryCredit {\n  me { account { availableCredit { amount currency } } }\n}": typeof types.StoryCreditDocument,
    "query StoryOrderHistory($id: ID!) {\n  salesOrder(id: $id) { history { from to } }\n}": typeof types.StoryOrderHistoryDocument,
    "mutation SignIn($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}": typeof types.SignInDocument,
    "\n  fragment QuoteFields on Quote {\n    id number status origin validUntil revision\n    account { id companyName }\n    lines {\n      product { id sku name }\n      quantity unitPrice { amount currency } discountPercent lineTotal { amount currency }\n    }\n    subtotal { amount currency } taxTotal { amount currency } total { amount currency }\n    salesOrder { id number }\n    createdAt updatedAt\n  }": typeof types.QuoteFieldsFragmentDoc,
    "mutation CreateQuote($input: CreateQuoteInput!) {\n  createQuote(input: $input) { ...QuoteFields }\n}": typeof types.CreateQuoteDocument,
    "mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n  updateQuote(id: $id, input: $input) { ...QuoteFields }\n}": typeof types.UpdateQuoteDocument,
    "mutation SendQuote($id: ID!) {\n  sendQuote(id: $id) { id status }\n}": typeof types.SendQuoteDocument,
    "mutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) { ...QuoteFields paymentRequired payment { reference iban } }\n}": typeof types.PlaceOrderDocument,
    "mutation AcceptQuote($id: ID!) {\n  acceptQuote(id: $id) {\n    quote { id status }\n    paymentRequired\n    payment { reference iban amount { amount currency } }\n  }\n}": typeof types.AcceptQuoteDocument,
    "mutation RejectQuote($id: ID!, $reason: String) {\n  rejectQuote(id: $id, reason: $reason) { id status }\n}": typeof types.RejectQuoteDocument,
    "mutation ApproveQuote($id: ID!) {\n  approveQuote(id: $id) { id number status quote { id status } }\n}": typeof types.ApproveQuoteDocument,
    "mutation CancelQuote($id: ID!, $reason: String) {\n  cancelQuote(id: $id, reason: $reason) { id status }\n}": typeof types.CancelQuoteDocument,
    "query Quotes($status: [QuoteStatus!], $first: Int, $after: String) {\n  quotes(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...QuoteFields } }\n  }\n}": typeof types.QuotesDocument,
    "query Quote($id: ID!) {\n  quote(id: $id) {\n    ...QuoteFields\n    history { from to at by { id name } note }\n    feedback(first: 50) {\n      totalCount\n      edges { node { id body createdAt authorRole author { id name } } }\n    }\n  }\n}": typeof types.QuoteDocument,
    "mutation PostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) {\n    id body createdAt authorRole author { id name }\n  }\n}": typeof types.PostFeedbackDocument,
    "query SalesOrders(\n  $status: [SalesOrderStatus!], $first: Int, $after: String\n) {\n  salesOrders(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      cursor\n      node {\n        id number status confirmedAt deliveryMethod\n        deliveryAddress { id label }\n        quote { id number }\n        total { amount currency }\n        invoices { id number }\n      }\n    }\n  }\n}": typeof types.SalesOrdersDocument,
    "mutation SetSalesOrderStatus(\n  $id: ID!, $status: SalesOrderStatus!\n) {\n  setSalesOrderStatus(id: $id, status: $status) { id status }\n}": typeof types.SetSalesOrderStatusDocument,
    "mutation IssueInvoice($salesOrderId: ID!) {\n  issueInvoice(salesOrderId: $salesOrderId) {\n    id number status issueDate dueDate total { amount currency }\n  }\n}": typeof types.IssueInvoiceDocument,
    "mutation RecordPayment(\n  $invoiceId: ID!, $amount: Decimal!, $paidOn: Date\n) {\n  recordPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {\n    id status amountDue { amount currency }\n  }\n}": typeof types.RecordPaymentDocument,
    "query Invoices(\n  $status: [InvoiceStatus!], $first: Int, $after: String\n) {\n  invoices(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      cursor\n      node {\n        id number status issueDate dueDate overdue\n        salesOrder { id number }\n        subtotal { amount currency } taxTotal { amount currency } total { amount currency }\n        amountDue { amount currency }\n      }\n    }\n  }\n}": typeof types.InvoicesDocument,
};
const documents: Documents = {
    "mutation ApproveConfirmedQuote($id: ID!) {\n  approveQuote(id: $id) { id }\n}": types.ApproveConfirmedQuoteDocument,
    "query QuotePage($first: Int) {\n  quotes(first: $first, status: [DRAFT, SENT]) {\n    totalCount\n    edges {\n      node {\n        id number status validUntil revision\n        account { id companyName }\n        lines {\n          product { id sku name vatRate }\n          quantity unitPrice { amount currency } discountPercent lineTotal { amount }\n        }\n        subtotal { amount } taxTotal { amount } total { amount }\n        salesOrder { id number }\n        deliveryAddress { id label }\n        history { from to by { id name } }\n        feedback(first: 3) { totalCount edges { node { id body author { id name } } } }\n      }\n    }\n  }\n}": types.QuotePageDocument,
    "query RefusedQuoteStatus($id: ID!) {\n  quote(id: $id) { status }\n}": types.RefusedQuoteStatusDocument,
    "mutation RefusalsCancelInvoice($id: ID!) {\n  cancelInvoice(id: $id) { status }\n}": types.RefusalsCancelInvoiceDocument,
    "query OtherCompanysSalesOrder($id: ID!) {\n  salesOrder(id: $id) { id }\n}": types.OtherCompanysSalesOrderDocument,
    "query OtherCompanysInvoice($id: ID!) { invoice(id: $id) { id } }": types.OtherCompanysInvoiceDocument,
    "query OverdueInvoices {\n  invoices(overdue: true, first: 100) { edges { node { id overdue } } }\n}": types.OverdueInvoicesDocument,
    "query CurrentInvoices {\n  invoices(overdue: false, first: 100) { edges { node { id } } }\n}": types.CurrentInvoicesDocument,
    "query StoryCredit {\n  me { account { availableCredit { amount currency } } }\n}": types.StoryCreditDocument,
    "query StoryOrderHistory($id: ID!) {\n  salesOrder(id: $id) { history { from to } }\n}": types.StoryOrderHistoryDocument,
    "mutation SignIn($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}": types.SignInDocument,
    "\n  fragment QuoteFields on Quote {\n    id number status origin validUntil revision\n    account { id companyName }\n    lines {\n      product { id sku name }\n      quantity unitPrice { amount currency } discountPercent lineTotal { amount currency }\n    }\n    subtotal { amount currency } taxTotal { amount currency } total { amount currency }\n    salesOrder { id number }\n    createdAt updatedAt\n  }": types.QuoteFieldsFragmentDoc,
    "mutation CreateQuote($input: CreateQuoteInput!) {\n  createQuote(input: $input) { ...QuoteFields }\n}": types.CreateQuoteDocument,
    "mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n  updateQuote(id: $id, input: $input) { ...QuoteFields }\n}": types.UpdateQuoteDocument,
    "mutation SendQuote($id: ID!) {\n  sendQuote(id: $id) { id status }\n}": types.SendQuoteDocument,
    "mutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) { ...QuoteFields paymentRequired payment { reference iban } }\n}": types.PlaceOrderDocument,
    "mutation AcceptQuote($id: ID!) {\n  acceptQuote(id: $id) {\n    quote { id status }\n    paymentRequired\n    payment { reference iban amount { amount currency } }\n  }\n}": types.AcceptQuoteDocument,
    "mutation RejectQuote($id: ID!, $reason: String) {\n  rejectQuote(id: $id, reason: $reason) { id status }\n}": types.RejectQuoteDocument,
    "mutation ApproveQuote($id: ID!) {\n  approveQuote(id: $id) { id number status quote { id status } }\n}": types.ApproveQuoteDocument,
    "mutation CancelQuote($id: ID!, $reason: String) {\n  cancelQuote(id: $id, reason: $reason) { id status }\n}": types.CancelQuoteDocument,
    "query Quotes($status: [QuoteStatus!], $first: Int, $after: String) {\n  quotes(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...QuoteFields } }\n  }\n}": types.QuotesDocument,
    "query Quote($id: ID!) {\n  quote(id: $id) {\n    ...QuoteFields\n    history { from to at by { id name } note }\n    feedback(first: 50) {\n      totalCount\n      edges { node { id body createdAt authorRole author { id name } } }\n    }\n  }\n}": types.QuoteDocument,
    "mutation PostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) {\n    id body createdAt authorRole author { id name }\n  }\n}": types.PostFeedbackDocument,
    "query SalesOrders(\n  $status: [SalesOrderStatus!], $first: Int, $after: String\n) {\n  salesOrders(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      cursor\n      node {\n        id number status confirmedAt deliveryMethod\n        deliveryAddress { id label }\n        quote { id number }\n        total { amount currency }\n        invoices { id number }\n      }\n    }\n  }\n}": types.SalesOrdersDocument,
    "mutation SetSalesOrderStatus(\n  $id: ID!, $status: SalesOrderStatus!\n) {\n  setSalesOrderStatus(id: $id, status: $status) { id status }\n}": types.SetSalesOrderStatusDocument,
    "mutation IssueInvoice($salesOrderId: ID!) {\n  issueInvoice(salesOrderId: $salesOrderId) {\n    id number status issueDate dueDate total { amount currency }\n  }\n}": types.IssueInvoiceDocument,
    "mutation RecordPayment(\n  $invoiceId: ID!, $amount: Decimal!, $paidOn: Date\n) {\n  recordPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {\n    id status amountDue { amount currency }\n  }\n}": types.RecordPaymentDocument,
    "query Invoices(\n  $status: [InvoiceStatus!], $first: Int, $after: String\n) {\n  invoices(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      cursor\n      node {\n        id number status issueDate dueDate overdue\n        salesOrder { id number }\n        subtotal { amount currency } taxTotal { amount currency } total { amount currency }\n        amountDue { amount currency }\n      }\n    }\n  }\n}": types.InvoicesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveConfirmedQuote($id: ID!) {\n  approveQuote(id: $id) { id }\n}"): (typeof documents)["mutation ApproveConfirmedQuote($id: ID!) {\n  approveQuote(id: $id) { id }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuotePage($first: Int) {\n  quotes(first: $first, status: [DRAFT, SENT]) {\n    totalCount\n    edges {\n      node {\n        id number status validUntil revision\n        account { id companyName }\n        lines {\n          product { id sku name vatRate }\n          quantity unitPrice { amount currency } discountPercent lineTotal { amount }\n        }\n        subtotal { amount } taxTotal { amount } total { amount }\n        salesOrder { id number }\n        deliveryAddress { id label }\n        history { from to by { id name } }\n        feedback(first: 3) { totalCount edges { node { id body author { id name } } } }\n      }\n    }\n  }\n}"): (typeof documents)["query QuotePage($first: Int) {\n  quotes(first: $first, status: [DRAFT, SENT]) {\n    totalCount\n    edges {\n      node {\n        id number status validUntil revision\n        account { id companyName }\n        lines {\n          product { id sku name vatRate }\n          quantity unitPrice { amount currency } discountPercent lineTotal { amount }\n        }\n        subtotal { amount } taxTotal { amount } total { amount }\n        salesOrder { id number }\n        deliveryAddress { id label }\n        history { from to by { id name } }\n        feedback(first: 3) { totalCount edges { node { id body author { id name } } } }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RefusedQuoteStatus($id: ID!) {\n  quote(id: $id) { status }\n}"): (typeof documents)["query RefusedQuoteStatus($id: ID!) {\n  quote(id: $id) { status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefusalsCancelInvoice($id: ID!) {\n  cancelInvoice(id: $id) { status }\n}"): (typeof documents)["mutation RefusalsCancelInvoice($id: ID!) {\n  cancelInvoice(id: $id) { status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OtherCompanysSalesOrder($id: ID!) {\n  salesOrder(id: $id) { id }\n}"): (typeof documents)["query OtherCompanysSalesOrder($id: ID!) {\n  salesOrder(id: $id) { id }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OtherCompanysInvoice($id: ID!) { invoice(id: $id) { id } }"): (typeof documents)["query OtherCompanysInvoice($id: ID!) { invoice(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverdueInvoices {\n  invoices(overdue: true, first: 100) { edges { node { id overdue } } }\n}"): (typeof documents)["query OverdueInvoices {\n  invoices(overdue: true, first: 100) { edges { node { id overdue } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrentInvoices {\n  invoices(overdue: false, first: 100) { edges { node { id } } }\n}"): (typeof documents)["query CurrentInvoices {\n  invoices(overdue: false, first: 100) { edges { node { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StoryCredit {\n  me { account { availableCredit { amount currency } } }\n}"): (typeof documents)["query StoryCredit {\n  me { account { availableCredit { amount currency } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StoryOrderHistory($id: ID!) {\n  salesOrder(id: $id) { history { from to } }\n}"): (typeof documents)["query StoryOrderHistory($id: ID!) {\n  salesOrder(id: $id) { history { from to } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}"): (typeof documents)["mutation SignIn($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteFields on Quote {\n    id number status origin validUntil revision\n    account { id companyName }\n    lines {\n      product { id sku name }\n      quantity unitPrice { amount currency } discountPercent lineTotal { amount currency }\n    }\n    subtotal { amount currency } taxTotal { amount currency } total { amount currency }\n    salesOrder { id number }\n    createdAt updatedAt\n  }"): (typeof documents)["\n  fragment QuoteFields on Quote {\n    id number status origin validUntil revision\n    account { id companyName }\n    lines {\n      product { id sku name }\n      quantity unitPrice { amount currency } discountPercent lineTotal { amount currency }\n    }\n    subtotal { amount currency } taxTotal { amount currency } total { amount currency }\n    salesOrder { id number }\n    createdAt updatedAt\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateQuote($input: CreateQuoteInput!) {\n  createQuote(input: $input) { ...QuoteFields }\n}"): (typeof documents)["mutation CreateQuote($input: CreateQuoteInput!) {\n  createQuote(input: $input) { ...QuoteFields }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n  updateQuote(id: $id, input: $input) { ...QuoteFields }\n}"): (typeof documents)["mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n  updateQuote(id: $id, input: $input) { ...QuoteFields }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendQuote($id: ID!) {\n  sendQuote(id: $id) { id status }\n}"): (typeof documents)["mutation SendQuote($id: ID!) {\n  sendQuote(id: $id) { id status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) { ...QuoteFields paymentRequired payment { reference iban } }\n}"): (typeof documents)["mutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) { ...QuoteFields paymentRequired payment { reference iban } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptQuote($id: ID!) {\n  acceptQuote(id: $id) {\n    quote { id status }\n    paymentRequired\n    payment { reference iban amount { amount currency } }\n  }\n}"): (typeof documents)["mutation AcceptQuote($id: ID!) {\n  acceptQuote(id: $id) {\n    quote { id status }\n    paymentRequired\n    payment { reference iban amount { amount currency } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectQuote($id: ID!, $reason: String) {\n  rejectQuote(id: $id, reason: $reason) { id status }\n}"): (typeof documents)["mutation RejectQuote($id: ID!, $reason: String) {\n  rejectQuote(id: $id, reason: $reason) { id status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveQuote($id: ID!) {\n  approveQuote(id: $id) { id number status quote { id status } }\n}"): (typeof documents)["mutation ApproveQuote($id: ID!) {\n  approveQuote(id: $id) { id number status quote { id status } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelQuote($id: ID!, $reason: String) {\n  cancelQuote(id: $id, reason: $reason) { id status }\n}"): (typeof documents)["mutation CancelQuote($id: ID!, $reason: String) {\n  cancelQuote(id: $id, reason: $reason) { id status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Quotes($status: [QuoteStatus!], $first: Int, $after: String) {\n  quotes(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...QuoteFields } }\n  }\n}"): (typeof documents)["query Quotes($status: [QuoteStatus!], $first: Int, $after: String) {\n  quotes(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...QuoteFields } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Quote($id: ID!) {\n  quote(id: $id) {\n    ...QuoteFields\n    history { from to at by { id name } note }\n    feedback(first: 50) {\n      totalCount\n      edges { node { id body createdAt authorRole author { id name } } }\n    }\n  }\n}"): (typeof documents)["query Quote($id: ID!) {\n  quote(id: $id) {\n    ...QuoteFields\n    history { from to at by { id name } note }\n    feedback(first: 50) {\n      totalCount\n      edges { node { id body createdAt authorRole author { id name } } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) {\n    id body createdAt authorRole author { id name }\n  }\n}"): (typeof documents)["mutation PostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) {\n    id body createdAt authorRole author { id name }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SalesOrders(\n  $status: [SalesOrderStatus!], $first: Int, $after: String\n) {\n  salesOrders(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      cursor\n      node {\n        id number status confirmedAt deliveryMethod\n        deliveryAddress { id label }\n        quote { id number }\n        total { amount currency }\n        invoices { id number }\n      }\n    }\n  }\n}"): (typeof documents)["query SalesOrders(\n  $status: [SalesOrderStatus!], $first: Int, $after: String\n) {\n  salesOrders(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      cursor\n      node {\n        id number status confirmedAt deliveryMethod\n        deliveryAddress { id label }\n        quote { id number }\n        total { amount currency }\n        invoices { id number }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetSalesOrderStatus(\n  $id: ID!, $status: SalesOrderStatus!\n) {\n  setSalesOrderStatus(id: $id, status: $status) { id status }\n}"): (typeof documents)["mutation SetSalesOrderStatus(\n  $id: ID!, $status: SalesOrderStatus!\n) {\n  setSalesOrderStatus(id: $id, status: $status) { id status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueInvoice($salesOrderId: ID!) {\n  issueInvoice(salesOrderId: $salesOrderId) {\n    id number status issueDate dueDate total { amount currency }\n  }\n}"): (typeof documents)["mutation IssueInvoice($salesOrderId: ID!) {\n  issueInvoice(salesOrderId: $salesOrderId) {\n    id number status issueDate dueDate total { amount currency }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordPayment(\n  $invoiceId: ID!, $amount: Decimal!, $paidOn: Date\n) {\n  recordPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {\n    id status amountDue { amount currency }\n  }\n}"): (typeof documents)["mutation RecordPayment(\n  $invoiceId: ID!, $amount: Decimal!, $paidOn: Date\n) {\n  recordPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {\n    id status amountDue { amount currency }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Invoices(\n  $status: [InvoiceStatus!], $first: Int, $after: String\n) {\n  invoices(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      cursor\n      node {\n        id number status issueDate dueDate overdue\n        salesOrder { id number }\n        subtotal { amount currency } taxTotal { amount currency } total { amount currency }\n        amountDue { amount currency }\n      }\n    }\n  }\n}"): (typeof documents)["query Invoices(\n  $status: [InvoiceStatus!], $first: Int, $after: String\n) {\n  invoices(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      cursor\n      node {\n        id number status issueDate dueDate overdue\n        salesOrder { id number }\n        subtotal { amount currency } taxTotal { amount currency } total { amount currency }\n        amountDue { amount currency }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;