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
    "query Accounts($status: AccountStatus, $first: Int, $after: String) {\n  accounts(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        companyName\n        cui\n        status\n        legalRepresentative\n        users {\n          id\n          email\n          name\n          phone\n          status\n        }\n      }\n    }\n  }\n}": typeof types.AccountsDocument,
    "mutation RecordPayment($invoiceId: ID!, $amount: Decimal!, $paidOn: Date) {\n  recordPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {\n    id\n    status\n    amountDue {\n      amount\n      currency\n    }\n  }\n}": typeof types.RecordPaymentDocument,
    "mutation RequestAccount($input: AccountRequestInput!) {\n  requestAccount(input: $input) {\n    id\n    status\n    companyName\n  }\n}": typeof types.RequestAccountDocument,
    "mutation DeclineAccount($id: ID!, $reason: String!) {\n  declineAccount(id: $id, reason: $reason) {\n    id\n    status\n  }\n}": typeof types.DeclineAccountDocument,
    "mutation IssueInvoice($salesOrderId: ID!) {\n  issueInvoice(salesOrderId: $salesOrderId) {\n    id\n    number\n    status\n    issueDate\n    dueDate\n    total {\n      amount\n      currency\n    }\n  }\n}": typeof types.IssueInvoiceDocument,
    "mutation SendQuote($id: ID!) {\n  sendQuote(id: $id) {\n    id\n    status\n  }\n}": typeof types.SendQuoteDocument,
    "mutation SetPrices($priceListId: ID!, $entries: [PriceEntryInput!]!) {\n  setPrices(priceListId: $priceListId, entries: $entries) {\n    id\n    entries(first: 1) {\n      totalCount\n    }\n  }\n}": typeof types.SetPricesDocument,
    "mutation PostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) {\n    id\n    body\n    createdAt\n    authorRole\n    author {\n      id\n      name\n    }\n  }\n}": typeof types.PostFeedbackDocument,
    "mutation CancelQuote($id: ID!, $reason: String) {\n  cancelQuote(id: $id, reason: $reason) {\n    id\n    status\n  }\n}": typeof types.CancelQuoteDocument,
    "mutation CreateProduct($input: ProductInput!) {\n  createProduct(input: $input) {\n    id\n    sku\n    name\n    unit\n    vatRate\n    listPrice {\n      amount\n      currency\n    }\n  }\n}": typeof types.CreateProductDocument,
    "mutation ActivateAccount($id: ID!, $input: OnboardingInput!) {\n  activateAccount(id: $id, input: $input) {\n    id\n    status\n    paymentTermDays\n    paymentMethod\n    deliveryMethod\n    creditLimit {\n      amount\n      currency\n    }\n    deliveryAddresses {\n      id\n      label\n    }\n    priceList {\n      id\n    }\n    users {\n      email\n      status\n    }\n  }\n}": typeof types.ActivateAccountDocument,
    "mutation CreatePriceList($input: PriceListInput!) {\n  createPriceList(input: $input) {\n    id\n    name\n    currency\n  }\n}": typeof types.CreatePriceListDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": typeof types.RequestPasswordResetDocument,
    "mutation UpdateMyAccount($input: UpdateAccountInput!) {\n  updateMyAccount(input: $input) {\n    id\n    companyName\n    cui\n    address {\n      street\n      city\n      county\n      postalCode\n      country\n    }\n  }\n}": typeof types.UpdateMyAccountDocument,
    "query Quote($id: ID!) {\n  quote(id: $id) {\n    ...QuoteFields\n    history {\n      from\n      to\n      at\n      by {\n        id\n        name\n      }\n      note\n    }\n    feedback(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          createdAt\n          authorRole\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.QuoteDocument,
    "mutation CreateQuote($input: CreateQuoteInput!) {\n  createQuote(input: $input) {\n    ...QuoteFields\n  }\n}": typeof types.CreateQuoteDocument,
    "mutation SetSalesOrderStatus($id: ID!, $status: SalesOrderStatus!) {\n  setSalesOrderStatus(id: $id, status: $status) {\n    id\n    status\n  }\n}": typeof types.SetSalesOrderStatusDocument,
    "mutation CreateStaffUser($input: StaffUserInput!) {\n  createStaffUser(input: $input) {\n    id\n    email\n    role\n  }\n}": typeof types.CreateStaffUserDocument,
    "mutation ActivateUser($token: String!, $password: String!) {\n  activateUser(token: $token, password: $password) {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n  }\n}": typeof types.ActivateUserDocument,
    "query MyPriceList($first: Int, $after: String, $search: String) {\n  me {\n    account {\n      priceList {\n        id\n        name\n        currency\n        entries(first: $first, after: $after, search: $search) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              product {\n                id\n                sku\n                name\n                unit\n                vatRate\n              }\n              unitPrice {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.MyPriceListDocument,
    "fragment QuoteFields on Quote {\n  id\n  number\n  status\n  origin\n  validUntil\n  revision\n  account {\n    id\n    companyName\n  }\n  lines {\n    product {\n      id\n      sku\n      name\n    }\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    discountPercent\n    lineTotal {\n      amount\n      currency\n    }\n  }\n  subtotal {\n    amount\n    currency\n  }\n  taxTotal {\n    amount\n    currency\n  }\n  total {\n    amount\n    currency\n  }\n  salesOrder {\n    id\n    number\n  }\n  createdAt\n  updatedAt\n}": typeof types.QuoteFieldsFragmentDoc,
    "mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    accessToken\n    refreshToken\n    expiresAt\n  }\n}": typeof types.RefreshSessionDocument,
    "subscription SalesOrderStatusChanged {\n  salesOrderStatusChanged {\n    id\n    number\n    status\n  }\n}": typeof types.SalesOrderStatusChangedDocument,
    "mutation RejectQuote($id: ID!, $reason: String) {\n  rejectQuote(id: $id, reason: $reason) {\n    id\n    status\n  }\n}": typeof types.RejectQuoteDocument,
    "subscription QuoteStatusChanged {\n  quoteStatusChanged {\n    id\n    number\n    status\n  }\n}": typeof types.QuoteStatusChangedDocument,
    "query Me {\n  me {\n    id\n    email\n    name\n    phone\n    role\n    locale\n    account {\n      id\n      companyName\n      cui\n      status\n      address {\n        street\n        city\n        county\n        postalCode\n        country\n      }\n      paymentTermDays\n      paymentMethod\n      deliveryMethod\n      creditLimit {\n        amount\n        currency\n      }\n      availableCredit {\n        amount\n        currency\n      }\n      deliveryAddresses {\n        id\n        label\n        street\n        city\n        county\n        postalCode\n        country\n      }\n      priceList {\n        id\n        name\n        currency\n      }\n    }\n  }\n}": typeof types.MeDocument,
    "query SalesOrders($status: [SalesOrderStatus!], $first: Int, $after: String) {\n  salesOrders(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        number\n        status\n        confirmedAt\n        deliveryMethod\n        deliveryAddress {\n          id\n          label\n        }\n        quote {\n          id\n          number\n        }\n        total {\n          amount\n          currency\n        }\n        invoices {\n          id\n          number\n        }\n      }\n    }\n  }\n}": typeof types.SalesOrdersDocument,
    "mutation UpdateMyProfile($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) {\n    id\n    name\n    phone\n    email\n    locale\n  }\n}": typeof types.UpdateMyProfileDocument,
    "mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": typeof types.LogoutDocument,
    "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": typeof types.ResetPasswordDocument,
    "subscription FeedbackAdded($quoteId: ID!, $after: ID) {\n  feedbackAdded(quoteId: $quoteId, after: $after) {\n    id\n    body\n    createdAt\n    authorRole\n    author {\n      id\n      name\n    }\n  }\n}": typeof types.FeedbackAddedDocument,
    "mutation AcceptQuote($id: ID!) {\n  acceptQuote(id: $id) {\n    quote {\n      id\n      status\n    }\n    paymentRequired\n    payment {\n      reference\n      iban\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n}": typeof types.AcceptQuoteDocument,
    "query Invoices($status: [InvoiceStatus!], $first: Int, $after: String) {\n  invoices(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        number\n        status\n        issueDate\n        dueDate\n        overdue\n        salesOrder {\n          id\n          number\n        }\n        subtotal {\n          amount\n          currency\n        }\n        taxTotal {\n          amount\n          currency\n        }\n        total {\n          amount\n          currency\n        }\n        amountDue {\n          amount\n          currency\n        }\n      }\n    }\n  }\n}": typeof types.InvoicesDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) {\n    ...QuoteFields\n  }\n}": typeof types.PlaceOrderDocument,
    "mutation ApproveQuote($id: ID!) {\n  approveQuote(id: $id) {\n    id\n    number\n    status\n    quote {\n      id\n      status\n    }\n  }\n}": typeof types.ApproveQuoteDocument,
    "query Quotes($status: [QuoteStatus!], $first: Int, $after: String) {\n  quotes(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...QuoteFields\n      }\n    }\n  }\n}": typeof types.QuotesDocument,
};
const documents: Documents = {
    "query Accounts($status: AccountStatus, $first: Int, $after: String) {\n  accounts(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        companyName\n        cui\n        status\n        legalRepresentative\n        users {\n          id\n          email\n          name\n          phone\n          status\n        }\n      }\n    }\n  }\n}": types.AccountsDocument,
    "mutation RecordPayment($invoiceId: ID!, $amount: Decimal!, $paidOn: Date) {\n  recordPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {\n    id\n    status\n    amountDue {\n      amount\n      currency\n    }\n  }\n}": types.RecordPaymentDocument,
    "mutation RequestAccount($input: AccountRequestInput!) {\n  requestAccount(input: $input) {\n    id\n    status\n    companyName\n  }\n}": types.RequestAccountDocument,
    "mutation DeclineAccount($id: ID!, $reason: String!) {\n  declineAccount(id: $id, reason: $reason) {\n    id\n    status\n  }\n}": types.DeclineAccountDocument,
    "mutation IssueInvoice($salesOrderId: ID!) {\n  issueInvoice(salesOrderId: $salesOrderId) {\n    id\n    number\n    status\n    issueDate\n    dueDate\n    total {\n      amount\n      currency\n    }\n  }\n}": types.IssueInvoiceDocument,
    "mutation SendQuote($id: ID!) {\n  sendQuote(id: $id) {\n    id\n    status\n  }\n}": types.SendQuoteDocument,
    "mutation SetPrices($priceListId: ID!, $entries: [PriceEntryInput!]!) {\n  setPrices(priceListId: $priceListId, entries: $entries) {\n    id\n    entries(first: 1) {\n      totalCount\n    }\n  }\n}": types.SetPricesDocument,
    "mutation PostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) {\n    id\n    body\n    createdAt\n    authorRole\n    author {\n      id\n      name\n    }\n  }\n}": types.PostFeedbackDocument,
    "mutation CancelQuote($id: ID!, $reason: String) {\n  cancelQuote(id: $id, reason: $reason) {\n    id\n    status\n  }\n}": types.CancelQuoteDocument,
    "mutation CreateProduct($input: ProductInput!) {\n  createProduct(input: $input) {\n    id\n    sku\n    name\n    unit\n    vatRate\n    listPrice {\n      amount\n      currency\n    }\n  }\n}": types.CreateProductDocument,
    "mutation ActivateAccount($id: ID!, $input: OnboardingInput!) {\n  activateAccount(id: $id, input: $input) {\n    id\n    status\n    paymentTermDays\n    paymentMethod\n    deliveryMethod\n    creditLimit {\n      amount\n      currency\n    }\n    deliveryAddresses {\n      id\n      label\n    }\n    priceList {\n      id\n    }\n    users {\n      email\n      status\n    }\n  }\n}": types.ActivateAccountDocument,
    "mutation CreatePriceList($input: PriceListInput!) {\n  createPriceList(input: $input) {\n    id\n    name\n    currency\n  }\n}": types.CreatePriceListDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": types.RequestPasswordResetDocument,
    "mutation UpdateMyAccount($input: UpdateAccountInput!) {\n  updateMyAccount(input: $input) {\n    id\n    companyName\n    cui\n    address {\n      street\n      city\n      county\n      postalCode\n      country\n    }\n  }\n}": types.UpdateMyAccountDocument,
    "query Quote($id: ID!) {\n  quote(id: $id) {\n    ...QuoteFields\n    history {\n      from\n      to\n      at\n      by {\n        id\n        name\n      }\n      note\n    }\n    feedback(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          createdAt\n          authorRole\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.QuoteDocument,
    "mutation CreateQuote($input: CreateQuoteInput!) {\n  createQuote(input: $input) {\n    ...QuoteFields\n  }\n}": types.CreateQuoteDocument,
    "mutation SetSalesOrderStatus($id: ID!, $status: SalesOrderStatus!) {\n  setSalesOrderStatus(id: $id, status: $status) {\n    id\n    status\n  }\n}": types.SetSalesOrderStatusDocument,
    "mutation CreateStaffUser($input: StaffUserInput!) {\n  createStaffUser(input: $input) {\n    id\n    email\n    role\n  }\n}": types.CreateStaffUserDocument,
    "mutation ActivateUser($token: String!, $password: String!) {\n  activateUser(token: $token, password: $password) {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n  }\n}": types.ActivateUserDocument,
    "query MyPriceList($first: Int, $after: String, $search: String) {\n  me {\n    account {\n      priceList {\n        id\n        name\n        currency\n        entries(first: $first, after: $after, search: $search) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              product {\n                id\n                sku\n                name\n                unit\n                vatRate\n              }\n              unitPrice {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.MyPriceListDocument,
    "fragment QuoteFields on Quote {\n  id\n  number\n  status\n  origin\n  validUntil\n  revision\n  account {\n    id\n    companyName\n  }\n  lines {\n    product {\n      id\n      sku\n      name\n    }\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    discountPercent\n    lineTotal {\n      amount\n      currency\n    }\n  }\n  subtotal {\n    amount\n    currency\n  }\n  taxTotal {\n    amount\n    currency\n  }\n  total {\n    amount\n    currency\n  }\n  salesOrder {\n    id\n    number\n  }\n  createdAt\n  updatedAt\n}": types.QuoteFieldsFragmentDoc,
    "mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    accessToken\n    refreshToken\n    expiresAt\n  }\n}": types.RefreshSessionDocument,
    "subscription SalesOrderStatusChanged {\n  salesOrderStatusChanged {\n    id\n    number\n    status\n  }\n}": types.SalesOrderStatusChangedDocument,
    "mutation RejectQuote($id: ID!, $reason: String) {\n  rejectQuote(id: $id, reason: $reason) {\n    id\n    status\n  }\n}": types.RejectQuoteDocument,
    "subscription QuoteStatusChanged {\n  quoteStatusChanged {\n    id\n    number\n    status\n  }\n}": types.QuoteStatusChangedDocument,
    "query Me {\n  me {\n    id\n    email\n    name\n    phone\n    role\n    locale\n    account {\n      id\n      companyName\n      cui\n      status\n      address {\n        street\n        city\n        county\n        postalCode\n        country\n      }\n      paymentTermDays\n      paymentMethod\n      deliveryMethod\n      creditLimit {\n        amount\n        currency\n      }\n      availableCredit {\n        amount\n        currency\n      }\n      deliveryAddresses {\n        id\n        label\n        street\n        city\n        county\n        postalCode\n        country\n      }\n      priceList {\n        id\n        name\n        currency\n      }\n    }\n  }\n}": types.MeDocument,
    "query SalesOrders($status: [SalesOrderStatus!], $first: Int, $after: String) {\n  salesOrders(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        number\n        status\n        confirmedAt\n        deliveryMethod\n        deliveryAddress {\n          id\n          label\n        }\n        quote {\n          id\n          number\n        }\n        total {\n          amount\n          currency\n        }\n        invoices {\n          id\n          number\n        }\n      }\n    }\n  }\n}": types.SalesOrdersDocument,
    "mutation UpdateMyProfile($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) {\n    id\n    name\n    phone\n    email\n    locale\n  }\n}": types.UpdateMyProfileDocument,
    "mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": types.LogoutDocument,
    "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": types.ResetPasswordDocument,
    "subscription FeedbackAdded($quoteId: ID!, $after: ID) {\n  feedbackAdded(quoteId: $quoteId, after: $after) {\n    id\n    body\n    createdAt\n    authorRole\n    author {\n      id\n      name\n    }\n  }\n}": types.FeedbackAddedDocument,
    "mutation AcceptQuote($id: ID!) {\n  acceptQuote(id: $id) {\n    quote {\n      id\n      status\n    }\n    paymentRequired\n    payment {\n      reference\n      iban\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n}": types.AcceptQuoteDocument,
    "query Invoices($status: [InvoiceStatus!], $first: Int, $after: String) {\n  invoices(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        number\n        status\n        issueDate\n        dueDate\n        overdue\n        salesOrder {\n          id\n          number\n        }\n        subtotal {\n          amount\n          currency\n        }\n        taxTotal {\n          amount\n          currency\n        }\n        total {\n          amount\n          currency\n        }\n        amountDue {\n          amount\n          currency\n        }\n      }\n    }\n  }\n}": types.InvoicesDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n  }\n}": types.LoginDocument,
    "mutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) {\n    ...QuoteFields\n  }\n}": types.PlaceOrderDocument,
    "mutation ApproveQuote($id: ID!) {\n  approveQuote(id: $id) {\n    id\n    number\n    status\n    quote {\n      id\n      status\n    }\n  }\n}": types.ApproveQuoteDocument,
    "query Quotes($status: [QuoteStatus!], $first: Int, $after: String) {\n  quotes(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...QuoteFields\n      }\n    }\n  }\n}": types.QuotesDocument,
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
export function graphql(source: "query Accounts($status: AccountStatus, $first: Int, $after: String) {\n  accounts(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        companyName\n        cui\n        status\n        legalRepresentative\n        users {\n          id\n          email\n          name\n          phone\n          status\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Accounts($status: AccountStatus, $first: Int, $after: String) {\n  accounts(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        companyName\n        cui\n        status\n        legalRepresentative\n        users {\n          id\n          email\n          name\n          phone\n          status\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordPayment($invoiceId: ID!, $amount: Decimal!, $paidOn: Date) {\n  recordPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {\n    id\n    status\n    amountDue {\n      amount\n      currency\n    }\n  }\n}"): (typeof documents)["mutation RecordPayment($invoiceId: ID!, $amount: Decimal!, $paidOn: Date) {\n  recordPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {\n    id\n    status\n    amountDue {\n      amount\n      currency\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestAccount($input: AccountRequestInput!) {\n  requestAccount(input: $input) {\n    id\n    status\n    companyName\n  }\n}"): (typeof documents)["mutation RequestAccount($input: AccountRequestInput!) {\n  requestAccount(input: $input) {\n    id\n    status\n    companyName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineAccount($id: ID!, $reason: String!) {\n  declineAccount(id: $id, reason: $reason) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation DeclineAccount($id: ID!, $reason: String!) {\n  declineAccount(id: $id, reason: $reason) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueInvoice($salesOrderId: ID!) {\n  issueInvoice(salesOrderId: $salesOrderId) {\n    id\n    number\n    status\n    issueDate\n    dueDate\n    total {\n      amount\n      currency\n    }\n  }\n}"): (typeof documents)["mutation IssueInvoice($salesOrderId: ID!) {\n  issueInvoice(salesOrderId: $salesOrderId) {\n    id\n    number\n    status\n    issueDate\n    dueDate\n    total {\n      amount\n      currency\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendQuote($id: ID!) {\n  sendQuote(id: $id) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation SendQuote($id: ID!) {\n  sendQuote(id: $id) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPrices($priceListId: ID!, $entries: [PriceEntryInput!]!) {\n  setPrices(priceListId: $priceListId, entries: $entries) {\n    id\n    entries(first: 1) {\n      totalCount\n    }\n  }\n}"): (typeof documents)["mutation SetPrices($priceListId: ID!, $entries: [PriceEntryInput!]!) {\n  setPrices(priceListId: $priceListId, entries: $entries) {\n    id\n    entries(first: 1) {\n      totalCount\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) {\n    id\n    body\n    createdAt\n    authorRole\n    author {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["mutation PostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) {\n    id\n    body\n    createdAt\n    authorRole\n    author {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelQuote($id: ID!, $reason: String) {\n  cancelQuote(id: $id, reason: $reason) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation CancelQuote($id: ID!, $reason: String) {\n  cancelQuote(id: $id, reason: $reason) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProduct($input: ProductInput!) {\n  createProduct(input: $input) {\n    id\n    sku\n    name\n    unit\n    vatRate\n    listPrice {\n      amount\n      currency\n    }\n  }\n}"): (typeof documents)["mutation CreateProduct($input: ProductInput!) {\n  createProduct(input: $input) {\n    id\n    sku\n    name\n    unit\n    vatRate\n    listPrice {\n      amount\n      currency\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivateAccount($id: ID!, $input: OnboardingInput!) {\n  activateAccount(id: $id, input: $input) {\n    id\n    status\n    paymentTermDays\n    paymentMethod\n    deliveryMethod\n    creditLimit {\n      amount\n      currency\n    }\n    deliveryAddresses {\n      id\n      label\n    }\n    priceList {\n      id\n    }\n    users {\n      email\n      status\n    }\n  }\n}"): (typeof documents)["mutation ActivateAccount($id: ID!, $input: OnboardingInput!) {\n  activateAccount(id: $id, input: $input) {\n    id\n    status\n    paymentTermDays\n    paymentMethod\n    deliveryMethod\n    creditLimit {\n      amount\n      currency\n    }\n    deliveryAddresses {\n      id\n      label\n    }\n    priceList {\n      id\n    }\n    users {\n      email\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePriceList($input: PriceListInput!) {\n  createPriceList(input: $input) {\n    id\n    name\n    currency\n  }\n}"): (typeof documents)["mutation CreatePriceList($input: PriceListInput!) {\n  createPriceList(input: $input) {\n    id\n    name\n    currency\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"): (typeof documents)["mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyAccount($input: UpdateAccountInput!) {\n  updateMyAccount(input: $input) {\n    id\n    companyName\n    cui\n    address {\n      street\n      city\n      county\n      postalCode\n      country\n    }\n  }\n}"): (typeof documents)["mutation UpdateMyAccount($input: UpdateAccountInput!) {\n  updateMyAccount(input: $input) {\n    id\n    companyName\n    cui\n    address {\n      street\n      city\n      county\n      postalCode\n      country\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Quote($id: ID!) {\n  quote(id: $id) {\n    ...QuoteFields\n    history {\n      from\n      to\n      at\n      by {\n        id\n        name\n      }\n      note\n    }\n    feedback(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          createdAt\n          authorRole\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Quote($id: ID!) {\n  quote(id: $id) {\n    ...QuoteFields\n    history {\n      from\n      to\n      at\n      by {\n        id\n        name\n      }\n      note\n    }\n    feedback(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          createdAt\n          authorRole\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateQuote($input: CreateQuoteInput!) {\n  createQuote(input: $input) {\n    ...QuoteFields\n  }\n}"): (typeof documents)["mutation CreateQuote($input: CreateQuoteInput!) {\n  createQuote(input: $input) {\n    ...QuoteFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetSalesOrderStatus($id: ID!, $status: SalesOrderStatus!) {\n  setSalesOrderStatus(id: $id, status: $status) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation SetSalesOrderStatus($id: ID!, $status: SalesOrderStatus!) {\n  setSalesOrderStatus(id: $id, status: $status) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateStaffUser($input: StaffUserInput!) {\n  createStaffUser(input: $input) {\n    id\n    email\n    role\n  }\n}"): (typeof documents)["mutation CreateStaffUser($input: StaffUserInput!) {\n  createStaffUser(input: $input) {\n    id\n    email\n    role\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivateUser($token: String!, $password: String!) {\n  activateUser(token: $token, password: $password) {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n  }\n}"): (typeof documents)["mutation ActivateUser($token: String!, $password: String!) {\n  activateUser(token: $token, password: $password) {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPriceList($first: Int, $after: String, $search: String) {\n  me {\n    account {\n      priceList {\n        id\n        name\n        currency\n        entries(first: $first, after: $after, search: $search) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              product {\n                id\n                sku\n                name\n                unit\n                vatRate\n              }\n              unitPrice {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MyPriceList($first: Int, $after: String, $search: String) {\n  me {\n    account {\n      priceList {\n        id\n        name\n        currency\n        entries(first: $first, after: $after, search: $search) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              product {\n                id\n                sku\n                name\n                unit\n                vatRate\n              }\n              unitPrice {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QuoteFields on Quote {\n  id\n  number\n  status\n  origin\n  validUntil\n  revision\n  account {\n    id\n    companyName\n  }\n  lines {\n    product {\n      id\n      sku\n      name\n    }\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    discountPercent\n    lineTotal {\n      amount\n      currency\n    }\n  }\n  subtotal {\n    amount\n    currency\n  }\n  taxTotal {\n    amount\n    currency\n  }\n  total {\n    amount\n    currency\n  }\n  salesOrder {\n    id\n    number\n  }\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment QuoteFields on Quote {\n  id\n  number\n  status\n  origin\n  validUntil\n  revision\n  account {\n    id\n    companyName\n  }\n  lines {\n    product {\n      id\n      sku\n      name\n    }\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    discountPercent\n    lineTotal {\n      amount\n      currency\n    }\n  }\n  subtotal {\n    amount\n    currency\n  }\n  taxTotal {\n    amount\n    currency\n  }\n  total {\n    amount\n    currency\n  }\n  salesOrder {\n    id\n    number\n  }\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    accessToken\n    refreshToken\n    expiresAt\n  }\n}"): (typeof documents)["mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    accessToken\n    refreshToken\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SalesOrderStatusChanged {\n  salesOrderStatusChanged {\n    id\n    number\n    status\n  }\n}"): (typeof documents)["subscription SalesOrderStatusChanged {\n  salesOrderStatusChanged {\n    id\n    number\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectQuote($id: ID!, $reason: String) {\n  rejectQuote(id: $id, reason: $reason) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation RejectQuote($id: ID!, $reason: String) {\n  rejectQuote(id: $id, reason: $reason) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QuoteStatusChanged {\n  quoteStatusChanged {\n    id\n    number\n    status\n  }\n}"): (typeof documents)["subscription QuoteStatusChanged {\n  quoteStatusChanged {\n    id\n    number\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    email\n    name\n    phone\n    role\n    locale\n    account {\n      id\n      companyName\n      cui\n      status\n      address {\n        street\n        city\n        county\n        postalCode\n        country\n      }\n      paymentTermDays\n      paymentMethod\n      deliveryMethod\n      creditLimit {\n        amount\n        currency\n      }\n      availableCredit {\n        amount\n        currency\n      }\n      deliveryAddresses {\n        id\n        label\n        street\n        city\n        county\n        postalCode\n        country\n      }\n      priceList {\n        id\n        name\n        currency\n      }\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    email\n    name\n    phone\n    role\n    locale\n    account {\n      id\n      companyName\n      cui\n      status\n      address {\n        street\n        city\n        county\n        postalCode\n        country\n      }\n      paymentTermDays\n      paymentMethod\n      deliveryMethod\n      creditLimit {\n        amount\n        currency\n      }\n      availableCredit {\n        amount\n        currency\n      }\n      deliveryAddresses {\n        id\n        label\n        street\n        city\n        county\n        postalCode\n        country\n      }\n      priceList {\n        id\n        name\n        currency\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SalesOrders($status: [SalesOrderStatus!], $first: Int, $after: String) {\n  salesOrders(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        number\n        status\n        confirmedAt\n        deliveryMethod\n        deliveryAddress {\n          id\n          label\n        }\n        quote {\n          id\n          number\n        }\n        total {\n          amount\n          currency\n        }\n        invoices {\n          id\n          number\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query SalesOrders($status: [SalesOrderStatus!], $first: Int, $after: String) {\n  salesOrders(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        number\n        status\n        confirmedAt\n        deliveryMethod\n        deliveryAddress {\n          id\n          label\n        }\n        quote {\n          id\n          number\n        }\n        total {\n          amount\n          currency\n        }\n        invoices {\n          id\n          number\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyProfile($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) {\n    id\n    name\n    phone\n    email\n    locale\n  }\n}"): (typeof documents)["mutation UpdateMyProfile($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) {\n    id\n    name\n    phone\n    email\n    locale\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}"): (typeof documents)["mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}"): (typeof documents)["mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FeedbackAdded($quoteId: ID!, $after: ID) {\n  feedbackAdded(quoteId: $quoteId, after: $after) {\n    id\n    body\n    createdAt\n    authorRole\n    author {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["subscription FeedbackAdded($quoteId: ID!, $after: ID) {\n  feedbackAdded(quoteId: $quoteId, after: $after) {\n    id\n    body\n    createdAt\n    authorRole\n    author {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptQuote($id: ID!) {\n  acceptQuote(id: $id) {\n    quote {\n      id\n      status\n    }\n    paymentRequired\n    payment {\n      reference\n      iban\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n}"): (typeof documents)["mutation AcceptQuote($id: ID!) {\n  acceptQuote(id: $id) {\n    quote {\n      id\n      status\n    }\n    paymentRequired\n    payment {\n      reference\n      iban\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Invoices($status: [InvoiceStatus!], $first: Int, $after: String) {\n  invoices(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        number\n        status\n        issueDate\n        dueDate\n        overdue\n        salesOrder {\n          id\n          number\n        }\n        subtotal {\n          amount\n          currency\n        }\n        taxTotal {\n          amount\n          currency\n        }\n        total {\n          amount\n          currency\n        }\n        amountDue {\n          amount\n          currency\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Invoices($status: [InvoiceStatus!], $first: Int, $after: String) {\n  invoices(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        number\n        status\n        issueDate\n        dueDate\n        overdue\n        salesOrder {\n          id\n          number\n        }\n        subtotal {\n          amount\n          currency\n        }\n        taxTotal {\n          amount\n          currency\n        }\n        total {\n          amount\n          currency\n        }\n        amountDue {\n          amount\n          currency\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) {\n    ...QuoteFields\n  }\n}"): (typeof documents)["mutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) {\n    ...QuoteFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveQuote($id: ID!) {\n  approveQuote(id: $id) {\n    id\n    number\n    status\n    quote {\n      id\n      status\n    }\n  }\n}"): (typeof documents)["mutation ApproveQuote($id: ID!) {\n  approveQuote(id: $id) {\n    id\n    number\n    status\n    quote {\n      id\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Quotes($status: [QuoteStatus!], $first: Int, $after: String) {\n  quotes(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...QuoteFields\n      }\n    }\n  }\n}"): (typeof documents)["query Quotes($status: [QuoteStatus!], $first: Int, $after: String) {\n  quotes(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...QuoteFields\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;