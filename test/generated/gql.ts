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
    "query CatalogSnapshotProducts {\n  products(first: 100) {\n    totalCount\n    edges { node { id sku name unit vatRate listPrice { amount currency } } }\n  }\n}": typeof types.CatalogSnapshotProductsDocument,
    "query CatalogSnapshotPriceLists {\n  priceLists(first: 100) { totalCount edges { node { id name currency } } }\n}": typeof types.CatalogSnapshotPriceListsDocument,
    "query StaffOnlyProductCount { products { totalCount } }": typeof types.StaffOnlyProductCountDocument,
    "query StaffOnlyProduct($id: ID!) { product(id: $id) { id } }": typeof types.StaffOnlyProductDocument,
    "query StaffOnlyPriceListCount { priceLists { totalCount } }": typeof types.StaffOnlyPriceListCountDocument,
    "query Product($id: ID!) {\n  product(id: $id) { id sku name unit vatRate listPrice { amount currency } }\n}": typeof types.ProductDocument,
    "query ProductCount { products(first: 1) { totalCount } }": typeof types.ProductCountDocument,
    "query PriceListCount { priceLists(first: 1) { totalCount } }": typeof types.PriceListCountDocument,
    "query ProductPage($first: Int, $after: String, $search: String) {\n  products(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id sku name } }\n  }\n}": typeof types.ProductPageDocument,
    "query PriceListPage($first: Int, $after: String, $search: String) {\n  priceLists(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id name } }\n  }\n}": typeof types.PriceListPageDocument,
    "query EntryCount(\n  $id: ID!, $first: Int, $after: String, $search: String\n) {\n  priceList(id: $id) { entries(first: $first, after: $after, search: $search) { totalCount } }\n}": typeof types.EntryCountDocument,
    "mutation RemovePrice($l: ID!, $p: [ID!]!) {\n  removePrices(priceListId: $l, productIds: $p) { id }\n}": typeof types.RemovePriceDocument,
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
    "mutation CreateProduct($input: ProductInput!) {\n  createProduct(input: $input) { id sku name unit vatRate listPrice { amount currency } }\n}": typeof types.CreateProductDocument,
    "mutation UpdateProduct(\n  $id: ID!, $input: UpdateProductInput!\n) {\n  updateProduct(id: $id, input: $input) { id sku name unit vatRate listPrice { amount currency } }\n}": typeof types.UpdateProductDocument,
    "mutation CreatePriceList($input: PriceListInput!) {\n  createPriceList(input: $input) { id name currency }\n}": typeof types.CreatePriceListDocument,
    "mutation SetPrices(\n  $priceListId: ID!, $entries: [PriceEntryInput!]!\n) {\n  setPrices(priceListId: $priceListId, entries: $entries) { id entries(first: 1) { totalCount } }\n}": typeof types.SetPricesDocument,
    "mutation RemovePrices(\n  $priceListId: ID!, $productIds: [ID!]!\n) {\n  removePrices(priceListId: $priceListId, productIds: $productIds) { id }\n}": typeof types.RemovePricesDocument,
    "query PriceListEntries(\n  $id: ID!, $first: Int, $after: String, $search: String\n) {\n  priceList(id: $id) {\n    id name currency\n    entries(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { product { id sku name } unitPrice { amount currency } } }\n    }\n  }\n}": typeof types.PriceListEntriesDocument,
    "query MyPriceList(\n  $first: Int, $after: String, $search: String\n) {\n  me {\n    account {\n      priceList {\n        id name currency\n        entries(first: $first, after: $after, search: $search) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              product { id sku name unit vatRate }\n              unitPrice { amount currency }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.MyPriceListDocument,
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
    "query CatalogSnapshotProducts {\n  products(first: 100) {\n    totalCount\n    edges { node { id sku name unit vatRate listPrice { amount currency } } }\n  }\n}": types.CatalogSnapshotProductsDocument,
    "query CatalogSnapshotPriceLists {\n  priceLists(first: 100) { totalCount edges { node { id name currency } } }\n}": types.CatalogSnapshotPriceListsDocument,
    "query StaffOnlyProductCount { products { totalCount } }": types.StaffOnlyProductCountDocument,
    "query StaffOnlyProduct($id: ID!) { product(id: $id) { id } }": types.StaffOnlyProductDocument,
    "query StaffOnlyPriceListCount { priceLists { totalCount } }": types.StaffOnlyPriceListCountDocument,
    "query Product($id: ID!) {\n  product(id: $id) { id sku name unit vatRate listPrice { amount currency } }\n}": types.ProductDocument,
    "query ProductCount { products(first: 1) { totalCount } }": types.ProductCountDocument,
    "query PriceListCount { priceLists(first: 1) { totalCount } }": types.PriceListCountDocument,
    "query ProductPage($first: Int, $after: String, $search: String) {\n  products(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id sku name } }\n  }\n}": types.ProductPageDocument,
    "query PriceListPage($first: Int, $after: String, $search: String) {\n  priceLists(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id name } }\n  }\n}": types.PriceListPageDocument,
    "query EntryCount(\n  $id: ID!, $first: Int, $after: String, $search: String\n) {\n  priceList(id: $id) { entries(first: $first, after: $after, search: $search) { totalCount } }\n}": types.EntryCountDocument,
    "mutation RemovePrice($l: ID!, $p: [ID!]!) {\n  removePrices(priceListId: $l, productIds: $p) { id }\n}": types.RemovePriceDocument,
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
    "mutation CreateProduct($input: ProductInput!) {\n  createProduct(input: $input) { id sku name unit vatRate listPrice { amount currency } }\n}": types.CreateProductDocument,
    "mutation UpdateProduct(\n  $id: ID!, $input: UpdateProductInput!\n) {\n  updateProduct(id: $id, input: $input) { id sku name unit vatRate listPrice { amount currency } }\n}": types.UpdateProductDocument,
    "mutation CreatePriceList($input: PriceListInput!) {\n  createPriceList(input: $input) { id name currency }\n}": types.CreatePriceListDocument,
    "mutation SetPrices(\n  $priceListId: ID!, $entries: [PriceEntryInput!]!\n) {\n  setPrices(priceListId: $priceListId, entries: $entries) { id entries(first: 1) { totalCount } }\n}": types.SetPricesDocument,
    "mutation RemovePrices(\n  $priceListId: ID!, $productIds: [ID!]!\n) {\n  removePrices(priceListId: $priceListId, productIds: $productIds) { id }\n}": types.RemovePricesDocument,
    "query PriceListEntries(\n  $id: ID!, $first: Int, $after: String, $search: String\n) {\n  priceList(id: $id) {\n    id name currency\n    entries(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { product { id sku name } unitPrice { amount currency } } }\n    }\n  }\n}": types.PriceListEntriesDocument,
    "query MyPriceList(\n  $first: Int, $after: String, $search: String\n) {\n  me {\n    account {\n      priceList {\n        id name currency\n        entries(first: $first, after: $after, search: $search) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              product { id sku name unit vatRate }\n              unitPrice { amount currency }\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.MyPriceListDocument,
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
export function graphql(source: "query CatalogSnapshotProducts {\n  products(first: 100) {\n    totalCount\n    edges { node { id sku name unit vatRate listPrice { amount currency } } }\n  }\n}"): (typeof documents)["query CatalogSnapshotProducts {\n  products(first: 100) {\n    totalCount\n    edges { node { id sku name unit vatRate listPrice { amount currency } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogSnapshotPriceLists {\n  priceLists(first: 100) { totalCount edges { node { id name currency } } }\n}"): (typeof documents)["query CatalogSnapshotPriceLists {\n  priceLists(first: 100) { totalCount edges { node { id name currency } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffOnlyProductCount { products { totalCount } }"): (typeof documents)["query StaffOnlyProductCount { products { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffOnlyProduct($id: ID!) { product(id: $id) { id } }"): (typeof documents)["query StaffOnlyProduct($id: ID!) { product(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffOnlyPriceListCount { priceLists { totalCount } }"): (typeof documents)["query StaffOnlyPriceListCount { priceLists { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Product($id: ID!) {\n  product(id: $id) { id sku name unit vatRate listPrice { amount currency } }\n}"): (typeof documents)["query Product($id: ID!) {\n  product(id: $id) { id sku name unit vatRate listPrice { amount currency } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductCount { products(first: 1) { totalCount } }"): (typeof documents)["query ProductCount { products(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PriceListCount { priceLists(first: 1) { totalCount } }"): (typeof documents)["query PriceListCount { priceLists(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductPage($first: Int, $after: String, $search: String) {\n  products(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id sku name } }\n  }\n}"): (typeof documents)["query ProductPage($first: Int, $after: String, $search: String) {\n  products(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id sku name } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PriceListPage($first: Int, $after: String, $search: String) {\n  priceLists(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id name } }\n  }\n}"): (typeof documents)["query PriceListPage($first: Int, $after: String, $search: String) {\n  priceLists(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id name } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntryCount(\n  $id: ID!, $first: Int, $after: String, $search: String\n) {\n  priceList(id: $id) { entries(first: $first, after: $after, search: $search) { totalCount } }\n}"): (typeof documents)["query EntryCount(\n  $id: ID!, $first: Int, $after: String, $search: String\n) {\n  priceList(id: $id) { entries(first: $first, after: $after, search: $search) { totalCount } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemovePrice($l: ID!, $p: [ID!]!) {\n  removePrices(priceListId: $l, productIds: $p) { id }\n}"): (typeof documents)["mutation RemovePrice($l: ID!, $p: [ID!]!) {\n  removePrices(priceListId: $l, productIds: $p) { id }\n}"];
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
export function graphql(source: "mutation CreateProduct($input: ProductInput!) {\n  createProduct(input: $input) { id sku name unit vatRate listPrice { amount currency } }\n}"): (typeof documents)["mutation CreateProduct($input: ProductInput!) {\n  createProduct(input: $input) { id sku name unit vatRate listPrice { amount currency } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProduct(\n  $id: ID!, $input: UpdateProductInput!\n) {\n  updateProduct(id: $id, input: $input) { id sku name unit vatRate listPrice { amount currency } }\n}"): (typeof documents)["mutation UpdateProduct(\n  $id: ID!, $input: UpdateProductInput!\n) {\n  updateProduct(id: $id, input: $input) { id sku name unit vatRate listPrice { amount currency } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePriceList($input: PriceListInput!) {\n  createPriceList(input: $input) { id name currency }\n}"): (typeof documents)["mutation CreatePriceList($input: PriceListInput!) {\n  createPriceList(input: $input) { id name currency }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPrices(\n  $priceListId: ID!, $entries: [PriceEntryInput!]!\n) {\n  setPrices(priceListId: $priceListId, entries: $entries) { id entries(first: 1) { totalCount } }\n}"): (typeof documents)["mutation SetPrices(\n  $priceListId: ID!, $entries: [PriceEntryInput!]!\n) {\n  setPrices(priceListId: $priceListId, entries: $entries) { id entries(first: 1) { totalCount } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemovePrices(\n  $priceListId: ID!, $productIds: [ID!]!\n) {\n  removePrices(priceListId: $priceListId, productIds: $productIds) { id }\n}"): (typeof documents)["mutation RemovePrices(\n  $priceListId: ID!, $productIds: [ID!]!\n) {\n  removePrices(priceListId: $priceListId, productIds: $productIds) { id }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PriceListEntries(\n  $id: ID!, $first: Int, $after: String, $search: String\n) {\n  priceList(id: $id) {\n    id name currency\n    entries(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { product { id sku name } unitPrice { amount currency } } }\n    }\n  }\n}"): (typeof documents)["query PriceListEntries(\n  $id: ID!, $first: Int, $after: String, $search: String\n) {\n  priceList(id: $id) {\n    id name currency\n    entries(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { product { id sku name } unitPrice { amount currency } } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPriceList(\n  $first: Int, $after: String, $search: String\n) {\n  me {\n    account {\n      priceList {\n        id name currency\n        entries(first: $first, after: $after, search: $search) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              product { id sku name unit vatRate }\n              unitPrice { amount currency }\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MyPriceList(\n  $first: Int, $after: String, $search: String\n) {\n  me {\n    account {\n      priceList {\n        id name currency\n        entries(first: $first, after: $after, search: $search) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              product { id sku name unit vatRate }\n              unitPrice { amount currency }\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
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