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
    "mutation UpdateMyCui($cui: String!) {\n  updateMyAccount(input: { cui: $cui }) { id }\n}": typeof types.UpdateMyCuiDocument,
    "query StaffOnlyAccounts { accounts { totalCount } }": typeof types.StaffOnlyAccountsDocument,
    "query StaffOnlyAccount($id: ID!) {\n    account(id: $id) { id } }": typeof types.StaffOnlyAccountDocument,
    "mutation StaffOnlyActivateAccount(\n    $id: ID!, $input: OnboardingInput!\n  ) {\n    activateAccount(id: $id, input: $input) { id } }": typeof types.StaffOnlyActivateAccountDocument,
    "mutation StaffOnlyDeclineAccount($id: ID!) {\n    declineAccount(id: $id, reason: \"nu\") { id } }": typeof types.StaffOnlyDeclineAccountDocument,
    "mutation StaffOnlySuspendAccount($id: ID!) {\n    suspendAccount(id: $id, reason: \"x\") { id } }": typeof types.StaffOnlySuspendAccountDocument,
    "mutation StaffOnlyReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) { id } }": typeof types.StaffOnlyReactivateAccountDocument,
    "mutation StaffOnlyAddAccountUser(\n    $id: ID!, $input: ContactInput!\n  ) {\n    addAccountUser(accountId: $id, input: $input) { id } }": typeof types.StaffOnlyAddAccountUserDocument,
    "mutation StaffOnlyRemoveAccountUser($id: ID!) {\n    removeAccountUser(userId: $id) { id } }": typeof types.StaffOnlyRemoveAccountUserDocument,
    "mutation StaffOnlyResendInvitation($id: ID!) {\n    resendInvitation(userId: $id) { id } }": typeof types.StaffOnlyResendInvitationDocument,
    "mutation StaffOnlyCreateStaffUser(\n    $input: StaffUserInput!\n  ) {\n    createStaffUser(input: $input) { id } }": typeof types.StaffOnlyCreateStaffUserDocument,
    "query MyAccountChanges { me { account { changes { totalCount } } } }": typeof types.MyAccountChangesDocument,
    "mutation AnonymousUpdateMyAccount {\n      updateMyAccount(input: { companyName: \"X\" }) { id } }": typeof types.AnonymousUpdateMyAccountDocument,
    "mutation AnonymousUpdateMyProfile {\n      updateMyProfile(input: { name: \"X\" }) { id } }": typeof types.AnonymousUpdateMyProfileDocument,
    "query AnonymousMe { me { id } }": typeof types.AnonymousMeDocument,
    "query MyAccountUsers { me { account { id users { email } } } }": typeof types.MyAccountUsersDocument,
    "mutation UpdateMyAddress {\n      updateMyAccount(input: { address: { street: \"Str. Nouă 2\", city: \"Brașov\",\n        county: \"Brașov\" } }) { id address { city country } } }": typeof types.UpdateMyAddressDocument,
    "mutation DeclineAccountRequest($id: ID!, $reason: String!) {\n  declineAccount(id: $id, reason: $reason) { id status declineReason users { id } }\n}": typeof types.DeclineAccountRequestDocument,
    "mutation SuspendAccount($id: ID!) {\n  suspendAccount(id: $id, reason: \"Facturi neplătite\") { status }\n}": typeof types.SuspendAccountDocument,
    "mutation ReactivateAccount($id: ID!) {\n  reactivateAccount(id: $id) { status }\n}": typeof types.ReactivateAccountDocument,
    "mutation AddAccountUser($accountId: ID!, $input: ContactInput!) {\n  addAccountUser(accountId: $accountId, input: $input) { id email status }\n}": typeof types.AddAccountUserDocument,
    "mutation RemoveAccountUser($userId: ID!) {\n  removeAccountUser(userId: $userId) { users { email status } }\n}": typeof types.RemoveAccountUserDocument,
    "mutation ResendInvitation($userId: ID!) {\n  resendInvitation(userId: $userId) { id status }\n}": typeof types.ResendInvitationDocument,
    "mutation CreateStaffUser($input: StaffUserInput!) {\n  createStaffUser(input: $input) { id email role status }\n}": typeof types.CreateStaffUserDocument,
    "query AccountWithChanges($id: ID!) {\n  account(id: $id) {\n    id status iban bankName activatedAt\n    users { id email status }\n    changes(first: 50) {\n      totalCount edges { node { field oldValue newValue actorLabel actor { email } } }\n    }\n  }\n}": typeof types.AccountWithChangesDocument,
    "query MyAccountStatus { me { id email account { id status } } }": typeof types.MyAccountStatusDocument,
    "mutation SuspendedLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}": typeof types.SuspendedLoginDocument,
    "query SignedAgreement($id: ID!) {\n      account(id: $id) { signedAgreement { size sha256 createdAt } } }": typeof types.SignedAgreementDocument,
    "query Accounts($status: AccountStatus, $first: Int, $after: String) {\n  accounts(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id companyName cui status legalRepresentative\n      users { id email name phone status } } }\n  }\n}": typeof types.AccountsDocument,
    "query Me {\n  me { id email name phone role locale\n    account { id companyName cui status\n      address { street city county postalCode country }\n      paymentTermDays paymentMethod deliveryMethod\n      creditLimit { amount currency }\n      deliveryAddresses { id label street city county postalCode country }\n      priceList { id name currency }\n    }\n  }\n}": typeof types.MeDocument,
    "mutation UpdateMyProfile($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) { id name phone email locale }\n}": typeof types.UpdateMyProfileDocument,
    "mutation UpdateMyAccount($input: UpdateAccountInput!) {\n  updateMyAccount(input: $input) {\n    id companyName cui address { street city county postalCode country }\n  }\n}": typeof types.UpdateMyAccountDocument,
    "mutation OnboardingRequestReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": typeof types.OnboardingRequestResetDocument,
    "mutation OnboardingReset($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": typeof types.OnboardingResetDocument,
    "query SearchAccounts($search: String) {\n      accounts(search: $search, first: 100) { totalCount edges { node { companyName cui } } }\n    }": typeof types.SearchAccountsDocument,
    "mutation OnboardingLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}": typeof types.OnboardingLoginDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": typeof types.ResetPasswordDocument,
    "mutation PasswordLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken refreshToken }\n}": typeof types.PasswordLoginDocument,
    "mutation PasswordRefresh($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) { accessToken }\n}": typeof types.PasswordRefreshDocument,
    "query PasswordMe { me { id email } }": typeof types.PasswordMeDocument,
    "mutation UpdateProfileWithPassword($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) { email name locale }\n}": typeof types.UpdateProfileWithPasswordDocument,
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
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken refreshToken expiresAt user { id email name role }\n  }\n}": typeof types.LoginDocument,
    "mutation Refresh($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt }\n}": typeof types.RefreshDocument,
    "mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": typeof types.LogoutDocument,
    "query SignedInMe { me { id email role } }": typeof types.SignedInMeDocument,
    "query QueryTypeName { __schema { queryType { name } } }": typeof types.QueryTypeNameDocument,
    "mutation ResumeLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken refreshToken }\n}": typeof types.ResumeLoginDocument,
    "mutation ResumeLogout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": typeof types.ResumeLogoutDocument,
    "mutation SocketsLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken refreshToken }\n}": typeof types.SocketsLoginDocument,
    "mutation SocketsLogout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": typeof types.SocketsLogoutDocument,
    "subscription OverHttp {\n      quoteStatusChanged { id } }": typeof types.OverHttpDocument,
    "fragment LiveQuoteFields on Quote {\n  id number status origin revision\n  account { id companyName }\n  lines { product { id sku } quantity unitPrice { amount currency } lineTotal { amount currency } }\n  subtotal { amount currency } taxTotal { amount currency } total { amount currency }\n}": typeof types.LiveQuoteFieldsFragmentDoc,
    "subscription LiveQuoteStatusChanged {\n  quoteStatusChanged { ...LiveQuoteFields }\n}": typeof types.LiveQuoteStatusChangedDocument,
    "query LiveQuote($id: ID!) { quote(id: $id) { ...LiveQuoteFields } }": typeof types.LiveQuoteDocument,
    "subscription LiveSalesOrderStatusChanged {\n  salesOrderStatusChanged { id number status quote { id } total { amount currency } }\n}": typeof types.LiveSalesOrderStatusChangedDocument,
    "mutation LiveAcceptQuote($id: ID!) {\n  acceptQuote(id: $id) { quote { id status } }\n}": typeof types.LiveAcceptQuoteDocument,
    "mutation LiveApproveQuote($id: ID!) {\n  approveQuote(id: $id) { id status }\n}": typeof types.LiveApproveQuoteDocument,
    "mutation LiveCancelQuote($id: ID!) {\n  cancelQuote(id: $id) { id status }\n}": typeof types.LiveCancelQuoteDocument,
    "mutation LiveSetSalesOrderStatus(\n  $id: ID!, $status: SalesOrderStatus!\n) {\n  setSalesOrderStatus(id: $id, status: $status) { id status }\n}": typeof types.LiveSetSalesOrderStatusDocument,
    "query DraftPrivacyQuote($id: ID!) {\n  quote(id: $id) {\n    id status\n    history { from to }\n    feedback(first: 50) { totalCount edges { node { body internal } } }\n  }\n}": typeof types.DraftPrivacyQuoteDocument,
    "query DraftPrivacyQuotes($status: [QuoteStatus!]) {\n  quotes(status: $status, first: 100) { edges { node { id } } }\n}": typeof types.DraftPrivacyQuotesDocument,
    "mutation DraftPrivacyPostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) { id internal }\n}": typeof types.DraftPrivacyPostFeedbackDocument,
    "mutation DraftPrivacySendQuote($id: ID!) {\n  sendQuote(id: $id) { id }\n}": typeof types.DraftPrivacySendQuoteDocument,
    "mutation DraftPrivacyCancelQuote($id: ID!) {\n  cancelQuote(id: $id) { id status }\n}": typeof types.DraftPrivacyCancelQuoteDocument,
    "subscription DraftPrivacyFeedbackAdded($quoteId: ID!, $after: ID) {\n  feedbackAdded(quoteId: $quoteId, after: $after) { body }\n}": typeof types.DraftPrivacyFeedbackAddedDocument,
    "subscription DraftPrivacyQuoteStatusChanged {\n  quoteStatusChanged { id status }\n}": typeof types.DraftPrivacyQuoteStatusChangedDocument,
    "mutation ApproveConfirmedQuote($id: ID!) {\n  approveQuote(id: $id) { id }\n}": typeof types.ApproveConfirmedQuoteDocument,
    "query QuotePage($first: Int) {\n  quotes(first: $first, status: [DRAFT, SENT]) {\n    totalCount\n    edges {\n      node {\n        id number status validUntil revision\n        account { id companyName }\n        lines {\n          product { id sku name vatRate }\n          quantity unitPrice { amount currency } discountPercent lineTotal { amount }\n        }\n        subtotal { amount } taxTotal { amount } total { amount }\n        salesOrder { id number }\n        deliveryAddress { id label }\n        history { from to by { id name } }\n        feedback(first: 3) { totalCount edges { node { id body author { id name } } } }\n      }\n    }\n  }\n}": typeof types.QuotePageDocument,
    "query RefusedQuoteStatus($id: ID!) {\n  quote(id: $id) { status }\n}": typeof types.RefusedQuoteStatusDocument,
    "query RefusedThreadSize($id: ID!) {\n  quote(id: $id) { feedback { totalCount } }\n}": typeof types.RefusedThreadSizeDocument,
    "mutation RefusalsCancelInvoice($id: ID!) {\n  cancelInvoice(id: $id) { status }\n}": typeof types.RefusalsCancelInvoiceDocument,
    "query OtherCompanysSalesOrder($id: ID!) {\n  salesOrder(id: $id) { id }\n}": typeof types.OtherCompanysSalesOrderDocument,
    "query OtherCompanysInvoice($id: ID!) { invoice(id: $id) { id } }": typeof types.OtherCompanysInvoiceDocument,
    "query OverdueInvoices {\n  invoices(overdue: true, first: 100) { edges { node { id overdue } } }\n}": typeof types.OverdueInvoicesDocument,
    "query CurrentInvoices {\n  invoices(overdue: false, first: 100) { edges { node { id } } }\n}": typeof types.CurrentInvoicesDocument,
    "query StoryCredit {\n  me { account { availableCredit { amount currency } } }\n}": typeof types.StoryCreditDocument,
    "query StoryOrderHistory($id: ID!) {\n  salesOrder(id: $id) { history { from to } }\n}": typeof types.StoryOrderHistoryDocument,
    "query SeededDocuments($first: Int!) {\n  products(first: 1) { totalCount }\n  quotes(first: $first) { edges { node { status feedback(first: 1) { totalCount } } } }\n  confirmed: quotes(first: $first, status: CONFIRMED) { totalCount }\n  salesOrders(first: $first) { edges { node { status } } }\n  invoices(first: $first) { edges { node { status overdue } } }\n}": typeof types.SeededDocumentsDocument,
    "query DemoCompany { me { account { companyName } } }": typeof types.DemoCompanyDocument,
    "mutation RequestAccount($input: AccountRequestInput!) {\n  requestAccount(input: $input) { id status companyName cui agreementUploadToken }\n}": typeof types.RequestAccountDocument,
    "mutation ActivateAccount(\n  $id: ID!, $input: OnboardingInput!\n) {\n  activateAccount(id: $id, input: $input) {\n    id status paymentTermDays paymentMethod deliveryMethod\n    creditLimit { amount currency }\n    deliveryAddresses { id label }\n    priceList { id }\n    users { email status }\n  }\n}": typeof types.ActivateAccountDocument,
    "mutation ActivateUser($token: String!, $password: String!) {\n  activateUser(token: $token, password: $password) { accessToken refreshToken user { id email } }\n}": typeof types.ActivateUserDocument,
    "mutation CreateProduct($input: ProductInput!) {\n  createProduct(input: $input) { id sku name unit vatRate listPrice { amount currency } }\n}": typeof types.CreateProductDocument,
    "mutation UpdateProduct(\n  $id: ID!, $input: UpdateProductInput!\n) {\n  updateProduct(id: $id, input: $input) { id sku name unit vatRate listPrice { amount currency } }\n}": typeof types.UpdateProductDocument,
    "mutation CreatePriceList($input: PriceListInput!) {\n  createPriceList(input: $input) { id name currency }\n}": typeof types.CreatePriceListDocument,
    "mutation SetPrices(\n  $priceListId: ID!, $entries: [PriceEntryInput!]!\n) {\n  setPrices(priceListId: $priceListId, entries: $entries) { id entries(first: 1) { totalCount } }\n}": typeof types.SetPricesDocument,
    "mutation RemovePrices(\n  $priceListId: ID!, $productIds: [ID!]!\n) {\n  removePrices(priceListId: $priceListId, productIds: $productIds) { id }\n}": typeof types.RemovePricesDocument,
    "query PriceListEntries(\n  $id: ID!, $first: Int, $after: String, $search: String\n) {\n  priceList(id: $id) {\n    id name currency\n    entries(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { product { id sku name } unitPrice { amount currency } } }\n    }\n  }\n}": typeof types.PriceListEntriesDocument,
    "query MyPriceList(\n  $first: Int, $after: String, $search: String\n) {\n  me {\n    account {\n      priceList {\n        id name currency\n        entries(first: $first, after: $after, search: $search) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              product { id sku name unit vatRate }\n              unitPrice { amount currency }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.MyPriceListDocument,
    "mutation SignIn($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}": typeof types.SignInDocument,
    "mutation LivePostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) { id body }\n}": typeof types.LivePostFeedbackDocument,
    "subscription LiveFeedbackAdded($quoteId: ID!, $after: ID) {\n  feedbackAdded(quoteId: $quoteId, after: $after) {\n    id body createdAt authorRole author { id name }\n  }\n}": typeof types.LiveFeedbackAddedDocument,
    "mutation LiveCreateQuote($input: CreateQuoteInput!) {\n  createQuote(input: $input) { id }\n}": typeof types.LiveCreateQuoteDocument,
    "mutation LiveSendQuote($id: ID!) { sendQuote(id: $id) { id status } }": typeof types.LiveSendQuoteDocument,
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
    "mutation UpdateMyCui($cui: String!) {\n  updateMyAccount(input: { cui: $cui }) { id }\n}": types.UpdateMyCuiDocument,
    "query StaffOnlyAccounts { accounts { totalCount } }": types.StaffOnlyAccountsDocument,
    "query StaffOnlyAccount($id: ID!) {\n    account(id: $id) { id } }": types.StaffOnlyAccountDocument,
    "mutation StaffOnlyActivateAccount(\n    $id: ID!, $input: OnboardingInput!\n  ) {\n    activateAccount(id: $id, input: $input) { id } }": types.StaffOnlyActivateAccountDocument,
    "mutation StaffOnlyDeclineAccount($id: ID!) {\n    declineAccount(id: $id, reason: \"nu\") { id } }": types.StaffOnlyDeclineAccountDocument,
    "mutation StaffOnlySuspendAccount($id: ID!) {\n    suspendAccount(id: $id, reason: \"x\") { id } }": types.StaffOnlySuspendAccountDocument,
    "mutation StaffOnlyReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) { id } }": types.StaffOnlyReactivateAccountDocument,
    "mutation StaffOnlyAddAccountUser(\n    $id: ID!, $input: ContactInput!\n  ) {\n    addAccountUser(accountId: $id, input: $input) { id } }": types.StaffOnlyAddAccountUserDocument,
    "mutation StaffOnlyRemoveAccountUser($id: ID!) {\n    removeAccountUser(userId: $id) { id } }": types.StaffOnlyRemoveAccountUserDocument,
    "mutation StaffOnlyResendInvitation($id: ID!) {\n    resendInvitation(userId: $id) { id } }": types.StaffOnlyResendInvitationDocument,
    "mutation StaffOnlyCreateStaffUser(\n    $input: StaffUserInput!\n  ) {\n    createStaffUser(input: $input) { id } }": types.StaffOnlyCreateStaffUserDocument,
    "query MyAccountChanges { me { account { changes { totalCount } } } }": types.MyAccountChangesDocument,
    "mutation AnonymousUpdateMyAccount {\n      updateMyAccount(input: { companyName: \"X\" }) { id } }": types.AnonymousUpdateMyAccountDocument,
    "mutation AnonymousUpdateMyProfile {\n      updateMyProfile(input: { name: \"X\" }) { id } }": types.AnonymousUpdateMyProfileDocument,
    "query AnonymousMe { me { id } }": types.AnonymousMeDocument,
    "query MyAccountUsers { me { account { id users { email } } } }": types.MyAccountUsersDocument,
    "mutation UpdateMyAddress {\n      updateMyAccount(input: { address: { street: \"Str. Nouă 2\", city: \"Brașov\",\n        county: \"Brașov\" } }) { id address { city country } } }": types.UpdateMyAddressDocument,
    "mutation DeclineAccountRequest($id: ID!, $reason: String!) {\n  declineAccount(id: $id, reason: $reason) { id status declineReason users { id } }\n}": types.DeclineAccountRequestDocument,
    "mutation SuspendAccount($id: ID!) {\n  suspendAccount(id: $id, reason: \"Facturi neplătite\") { status }\n}": types.SuspendAccountDocument,
    "mutation ReactivateAccount($id: ID!) {\n  reactivateAccount(id: $id) { status }\n}": types.ReactivateAccountDocument,
    "mutation AddAccountUser($accountId: ID!, $input: ContactInput!) {\n  addAccountUser(accountId: $accountId, input: $input) { id email status }\n}": types.AddAccountUserDocument,
    "mutation RemoveAccountUser($userId: ID!) {\n  removeAccountUser(userId: $userId) { users { email status } }\n}": types.RemoveAccountUserDocument,
    "mutation ResendInvitation($userId: ID!) {\n  resendInvitation(userId: $userId) { id status }\n}": types.ResendInvitationDocument,
    "mutation CreateStaffUser($input: StaffUserInput!) {\n  createStaffUser(input: $input) { id email role status }\n}": types.CreateStaffUserDocument,
    "query AccountWithChanges($id: ID!) {\n  account(id: $id) {\n    id status iban bankName activatedAt\n    users { id email status }\n    changes(first: 50) {\n      totalCount edges { node { field oldValue newValue actorLabel actor { email } } }\n    }\n  }\n}": types.AccountWithChangesDocument,
    "query MyAccountStatus { me { id email account { id status } } }": types.MyAccountStatusDocument,
    "mutation SuspendedLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}": types.SuspendedLoginDocument,
    "query SignedAgreement($id: ID!) {\n      account(id: $id) { signedAgreement { size sha256 createdAt } } }": types.SignedAgreementDocument,
    "query Accounts($status: AccountStatus, $first: Int, $after: String) {\n  accounts(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id companyName cui status legalRepresentative\n      users { id email name phone status } } }\n  }\n}": types.AccountsDocument,
    "query Me {\n  me { id email name phone role locale\n    account { id companyName cui status\n      address { street city county postalCode country }\n      paymentTermDays paymentMethod deliveryMethod\n      creditLimit { amount currency }\n      deliveryAddresses { id label street city county postalCode country }\n      priceList { id name currency }\n    }\n  }\n}": types.MeDocument,
    "mutation UpdateMyProfile($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) { id name phone email locale }\n}": types.UpdateMyProfileDocument,
    "mutation UpdateMyAccount($input: UpdateAccountInput!) {\n  updateMyAccount(input: $input) {\n    id companyName cui address { street city county postalCode country }\n  }\n}": types.UpdateMyAccountDocument,
    "mutation OnboardingRequestReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": types.OnboardingRequestResetDocument,
    "mutation OnboardingReset($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": types.OnboardingResetDocument,
    "query SearchAccounts($search: String) {\n      accounts(search: $search, first: 100) { totalCount edges { node { companyName cui } } }\n    }": types.SearchAccountsDocument,
    "mutation OnboardingLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}": types.OnboardingLoginDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": types.RequestPasswordResetDocument,
    "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": types.ResetPasswordDocument,
    "mutation PasswordLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken refreshToken }\n}": types.PasswordLoginDocument,
    "mutation PasswordRefresh($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) { accessToken }\n}": types.PasswordRefreshDocument,
    "query PasswordMe { me { id email } }": types.PasswordMeDocument,
    "mutation UpdateProfileWithPassword($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) { email name locale }\n}": types.UpdateProfileWithPasswordDocument,
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
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken refreshToken expiresAt user { id email name role }\n  }\n}": types.LoginDocument,
    "mutation Refresh($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt }\n}": types.RefreshDocument,
    "mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": types.LogoutDocument,
    "query SignedInMe { me { id email role } }": types.SignedInMeDocument,
    "query QueryTypeName { __schema { queryType { name } } }": types.QueryTypeNameDocument,
    "mutation ResumeLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken refreshToken }\n}": types.ResumeLoginDocument,
    "mutation ResumeLogout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": types.ResumeLogoutDocument,
    "mutation SocketsLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken refreshToken }\n}": types.SocketsLoginDocument,
    "mutation SocketsLogout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": types.SocketsLogoutDocument,
    "subscription OverHttp {\n      quoteStatusChanged { id } }": types.OverHttpDocument,
    "fragment LiveQuoteFields on Quote {\n  id number status origin revision\n  account { id companyName }\n  lines { product { id sku } quantity unitPrice { amount currency } lineTotal { amount currency } }\n  subtotal { amount currency } taxTotal { amount currency } total { amount currency }\n}": types.LiveQuoteFieldsFragmentDoc,
    "subscription LiveQuoteStatusChanged {\n  quoteStatusChanged { ...LiveQuoteFields }\n}": types.LiveQuoteStatusChangedDocument,
    "query LiveQuote($id: ID!) { quote(id: $id) { ...LiveQuoteFields } }": types.LiveQuoteDocument,
    "subscription LiveSalesOrderStatusChanged {\n  salesOrderStatusChanged { id number status quote { id } total { amount currency } }\n}": types.LiveSalesOrderStatusChangedDocument,
    "mutation LiveAcceptQuote($id: ID!) {\n  acceptQuote(id: $id) { quote { id status } }\n}": types.LiveAcceptQuoteDocument,
    "mutation LiveApproveQuote($id: ID!) {\n  approveQuote(id: $id) { id status }\n}": types.LiveApproveQuoteDocument,
    "mutation LiveCancelQuote($id: ID!) {\n  cancelQuote(id: $id) { id status }\n}": types.LiveCancelQuoteDocument,
    "mutation LiveSetSalesOrderStatus(\n  $id: ID!, $status: SalesOrderStatus!\n) {\n  setSalesOrderStatus(id: $id, status: $status) { id status }\n}": types.LiveSetSalesOrderStatusDocument,
    "query DraftPrivacyQuote($id: ID!) {\n  quote(id: $id) {\n    id status\n    history { from to }\n    feedback(first: 50) { totalCount edges { node { body internal } } }\n  }\n}": types.DraftPrivacyQuoteDocument,
    "query DraftPrivacyQuotes($status: [QuoteStatus!]) {\n  quotes(status: $status, first: 100) { edges { node { id } } }\n}": types.DraftPrivacyQuotesDocument,
    "mutation DraftPrivacyPostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) { id internal }\n}": types.DraftPrivacyPostFeedbackDocument,
    "mutation DraftPrivacySendQuote($id: ID!) {\n  sendQuote(id: $id) { id }\n}": types.DraftPrivacySendQuoteDocument,
    "mutation DraftPrivacyCancelQuote($id: ID!) {\n  cancelQuote(id: $id) { id status }\n}": types.DraftPrivacyCancelQuoteDocument,
    "subscription DraftPrivacyFeedbackAdded($quoteId: ID!, $after: ID) {\n  feedbackAdded(quoteId: $quoteId, after: $after) { body }\n}": types.DraftPrivacyFeedbackAddedDocument,
    "subscription DraftPrivacyQuoteStatusChanged {\n  quoteStatusChanged { id status }\n}": types.DraftPrivacyQuoteStatusChangedDocument,
    "mutation ApproveConfirmedQuote($id: ID!) {\n  approveQuote(id: $id) { id }\n}": types.ApproveConfirmedQuoteDocument,
    "query QuotePage($first: Int) {\n  quotes(first: $first, status: [DRAFT, SENT]) {\n    totalCount\n    edges {\n      node {\n        id number status validUntil revision\n        account { id companyName }\n        lines {\n          product { id sku name vatRate }\n          quantity unitPrice { amount currency } discountPercent lineTotal { amount }\n        }\n        subtotal { amount } taxTotal { amount } total { amount }\n        salesOrder { id number }\n        deliveryAddress { id label }\n        history { from to by { id name } }\n        feedback(first: 3) { totalCount edges { node { id body author { id name } } } }\n      }\n    }\n  }\n}": types.QuotePageDocument,
    "query RefusedQuoteStatus($id: ID!) {\n  quote(id: $id) { status }\n}": types.RefusedQuoteStatusDocument,
    "query RefusedThreadSize($id: ID!) {\n  quote(id: $id) { feedback { totalCount } }\n}": types.RefusedThreadSizeDocument,
    "mutation RefusalsCancelInvoice($id: ID!) {\n  cancelInvoice(id: $id) { status }\n}": types.RefusalsCancelInvoiceDocument,
    "query OtherCompanysSalesOrder($id: ID!) {\n  salesOrder(id: $id) { id }\n}": types.OtherCompanysSalesOrderDocument,
    "query OtherCompanysInvoice($id: ID!) { invoice(id: $id) { id } }": types.OtherCompanysInvoiceDocument,
    "query OverdueInvoices {\n  invoices(overdue: true, first: 100) { edges { node { id overdue } } }\n}": types.OverdueInvoicesDocument,
    "query CurrentInvoices {\n  invoices(overdue: false, first: 100) { edges { node { id } } }\n}": types.CurrentInvoicesDocument,
    "query StoryCredit {\n  me { account { availableCredit { amount currency } } }\n}": types.StoryCreditDocument,
    "query StoryOrderHistory($id: ID!) {\n  salesOrder(id: $id) { history { from to } }\n}": types.StoryOrderHistoryDocument,
    "query SeededDocuments($first: Int!) {\n  products(first: 1) { totalCount }\n  quotes(first: $first) { edges { node { status feedback(first: 1) { totalCount } } } }\n  confirmed: quotes(first: $first, status: CONFIRMED) { totalCount }\n  salesOrders(first: $first) { edges { node { status } } }\n  invoices(first: $first) { edges { node { status overdue } } }\n}": types.SeededDocumentsDocument,
    "query DemoCompany { me { account { companyName } } }": types.DemoCompanyDocument,
    "mutation RequestAccount($input: AccountRequestInput!) {\n  requestAccount(input: $input) { id status companyName cui agreementUploadToken }\n}": types.RequestAccountDocument,
    "mutation ActivateAccount(\n  $id: ID!, $input: OnboardingInput!\n) {\n  activateAccount(id: $id, input: $input) {\n    id status paymentTermDays paymentMethod deliveryMethod\n    creditLimit { amount currency }\n    deliveryAddresses { id label }\n    priceList { id }\n    users { email status }\n  }\n}": types.ActivateAccountDocument,
    "mutation ActivateUser($token: String!, $password: String!) {\n  activateUser(token: $token, password: $password) { accessToken refreshToken user { id email } }\n}": types.ActivateUserDocument,
    "mutation CreateProduct($input: ProductInput!) {\n  createProduct(input: $input) { id sku name unit vatRate listPrice { amount currency } }\n}": types.CreateProductDocument,
    "mutation UpdateProduct(\n  $id: ID!, $input: UpdateProductInput!\n) {\n  updateProduct(id: $id, input: $input) { id sku name unit vatRate listPrice { amount currency } }\n}": types.UpdateProductDocument,
    "mutation CreatePriceList($input: PriceListInput!) {\n  createPriceList(input: $input) { id name currency }\n}": types.CreatePriceListDocument,
    "mutation SetPrices(\n  $priceListId: ID!, $entries: [PriceEntryInput!]!\n) {\n  setPrices(priceListId: $priceListId, entries: $entries) { id entries(first: 1) { totalCount } }\n}": types.SetPricesDocument,
    "mutation RemovePrices(\n  $priceListId: ID!, $productIds: [ID!]!\n) {\n  removePrices(priceListId: $priceListId, productIds: $productIds) { id }\n}": types.RemovePricesDocument,
    "query PriceListEntries(\n  $id: ID!, $first: Int, $after: String, $search: String\n) {\n  priceList(id: $id) {\n    id name currency\n    entries(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { product { id sku name } unitPrice { amount currency } } }\n    }\n  }\n}": types.PriceListEntriesDocument,
    "query MyPriceList(\n  $first: Int, $after: String, $search: String\n) {\n  me {\n    account {\n      priceList {\n        id name currency\n        entries(first: $first, after: $after, search: $search) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              product { id sku name unit vatRate }\n              unitPrice { amount currency }\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.MyPriceListDocument,
    "mutation SignIn($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}": types.SignInDocument,
    "mutation LivePostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) { id body }\n}": types.LivePostFeedbackDocument,
    "subscription LiveFeedbackAdded($quoteId: ID!, $after: ID) {\n  feedbackAdded(quoteId: $quoteId, after: $after) {\n    id body createdAt authorRole author { id name }\n  }\n}": types.LiveFeedbackAddedDocument,
    "mutation LiveCreateQuote($input: CreateQuoteInput!) {\n  createQuote(input: $input) { id }\n}": types.LiveCreateQuoteDocument,
    "mutation LiveSendQuote($id: ID!) { sendQuote(id: $id) { id status } }": types.LiveSendQuoteDocument,
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
export function graphql(source: "mutation UpdateMyCui($cui: String!) {\n  updateMyAccount(input: { cui: $cui }) { id }\n}"): (typeof documents)["mutation UpdateMyCui($cui: String!) {\n  updateMyAccount(input: { cui: $cui }) { id }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffOnlyAccounts { accounts { totalCount } }"): (typeof documents)["query StaffOnlyAccounts { accounts { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffOnlyAccount($id: ID!) {\n    account(id: $id) { id } }"): (typeof documents)["query StaffOnlyAccount($id: ID!) {\n    account(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffOnlyActivateAccount(\n    $id: ID!, $input: OnboardingInput!\n  ) {\n    activateAccount(id: $id, input: $input) { id } }"): (typeof documents)["mutation StaffOnlyActivateAccount(\n    $id: ID!, $input: OnboardingInput!\n  ) {\n    activateAccount(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffOnlyDeclineAccount($id: ID!) {\n    declineAccount(id: $id, reason: \"nu\") { id } }"): (typeof documents)["mutation StaffOnlyDeclineAccount($id: ID!) {\n    declineAccount(id: $id, reason: \"nu\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffOnlySuspendAccount($id: ID!) {\n    suspendAccount(id: $id, reason: \"x\") { id } }"): (typeof documents)["mutation StaffOnlySuspendAccount($id: ID!) {\n    suspendAccount(id: $id, reason: \"x\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffOnlyReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) { id } }"): (typeof documents)["mutation StaffOnlyReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffOnlyAddAccountUser(\n    $id: ID!, $input: ContactInput!\n  ) {\n    addAccountUser(accountId: $id, input: $input) { id } }"): (typeof documents)["mutation StaffOnlyAddAccountUser(\n    $id: ID!, $input: ContactInput!\n  ) {\n    addAccountUser(accountId: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffOnlyRemoveAccountUser($id: ID!) {\n    removeAccountUser(userId: $id) { id } }"): (typeof documents)["mutation StaffOnlyRemoveAccountUser($id: ID!) {\n    removeAccountUser(userId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffOnlyResendInvitation($id: ID!) {\n    resendInvitation(userId: $id) { id } }"): (typeof documents)["mutation StaffOnlyResendInvitation($id: ID!) {\n    resendInvitation(userId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffOnlyCreateStaffUser(\n    $input: StaffUserInput!\n  ) {\n    createStaffUser(input: $input) { id } }"): (typeof documents)["mutation StaffOnlyCreateStaffUser(\n    $input: StaffUserInput!\n  ) {\n    createStaffUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAccountChanges { me { account { changes { totalCount } } } }"): (typeof documents)["query MyAccountChanges { me { account { changes { totalCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnonymousUpdateMyAccount {\n      updateMyAccount(input: { companyName: \"X\" }) { id } }"): (typeof documents)["mutation AnonymousUpdateMyAccount {\n      updateMyAccount(input: { companyName: \"X\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnonymousUpdateMyProfile {\n      updateMyProfile(input: { name: \"X\" }) { id } }"): (typeof documents)["mutation AnonymousUpdateMyProfile {\n      updateMyProfile(input: { name: \"X\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnonymousMe { me { id } }"): (typeof documents)["query AnonymousMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAccountUsers { me { account { id users { email } } } }"): (typeof documents)["query MyAccountUsers { me { account { id users { email } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyAddress {\n      updateMyAccount(input: { address: { street: \"Str. Nouă 2\", city: \"Brașov\",\n        county: \"Brașov\" } }) { id address { city country } } }"): (typeof documents)["mutation UpdateMyAddress {\n      updateMyAccount(input: { address: { street: \"Str. Nouă 2\", city: \"Brașov\",\n        county: \"Brașov\" } }) { id address { city country } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineAccountRequest($id: ID!, $reason: String!) {\n  declineAccount(id: $id, reason: $reason) { id status declineReason users { id } }\n}"): (typeof documents)["mutation DeclineAccountRequest($id: ID!, $reason: String!) {\n  declineAccount(id: $id, reason: $reason) { id status declineReason users { id } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendAccount($id: ID!) {\n  suspendAccount(id: $id, reason: \"Facturi neplătite\") { status }\n}"): (typeof documents)["mutation SuspendAccount($id: ID!) {\n  suspendAccount(id: $id, reason: \"Facturi neplătite\") { status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReactivateAccount($id: ID!) {\n  reactivateAccount(id: $id) { status }\n}"): (typeof documents)["mutation ReactivateAccount($id: ID!) {\n  reactivateAccount(id: $id) { status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddAccountUser($accountId: ID!, $input: ContactInput!) {\n  addAccountUser(accountId: $accountId, input: $input) { id email status }\n}"): (typeof documents)["mutation AddAccountUser($accountId: ID!, $input: ContactInput!) {\n  addAccountUser(accountId: $accountId, input: $input) { id email status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveAccountUser($userId: ID!) {\n  removeAccountUser(userId: $userId) { users { email status } }\n}"): (typeof documents)["mutation RemoveAccountUser($userId: ID!) {\n  removeAccountUser(userId: $userId) { users { email status } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendInvitation($userId: ID!) {\n  resendInvitation(userId: $userId) { id status }\n}"): (typeof documents)["mutation ResendInvitation($userId: ID!) {\n  resendInvitation(userId: $userId) { id status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateStaffUser($input: StaffUserInput!) {\n  createStaffUser(input: $input) { id email role status }\n}"): (typeof documents)["mutation CreateStaffUser($input: StaffUserInput!) {\n  createStaffUser(input: $input) { id email role status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountWithChanges($id: ID!) {\n  account(id: $id) {\n    id status iban bankName activatedAt\n    users { id email status }\n    changes(first: 50) {\n      totalCount edges { node { field oldValue newValue actorLabel actor { email } } }\n    }\n  }\n}"): (typeof documents)["query AccountWithChanges($id: ID!) {\n  account(id: $id) {\n    id status iban bankName activatedAt\n    users { id email status }\n    changes(first: 50) {\n      totalCount edges { node { field oldValue newValue actorLabel actor { email } } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAccountStatus { me { id email account { id status } } }"): (typeof documents)["query MyAccountStatus { me { id email account { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}"): (typeof documents)["mutation SuspendedLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignedAgreement($id: ID!) {\n      account(id: $id) { signedAgreement { size sha256 createdAt } } }"): (typeof documents)["query SignedAgreement($id: ID!) {\n      account(id: $id) { signedAgreement { size sha256 createdAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Accounts($status: AccountStatus, $first: Int, $after: String) {\n  accounts(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id companyName cui status legalRepresentative\n      users { id email name phone status } } }\n  }\n}"): (typeof documents)["query Accounts($status: AccountStatus, $first: Int, $after: String) {\n  accounts(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id companyName cui status legalRepresentative\n      users { id email name phone status } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me { id email name phone role locale\n    account { id companyName cui status\n      address { street city county postalCode country }\n      paymentTermDays paymentMethod deliveryMethod\n      creditLimit { amount currency }\n      deliveryAddresses { id label street city county postalCode country }\n      priceList { id name currency }\n    }\n  }\n}"): (typeof documents)["query Me {\n  me { id email name phone role locale\n    account { id companyName cui status\n      address { street city county postalCode country }\n      paymentTermDays paymentMethod deliveryMethod\n      creditLimit { amount currency }\n      deliveryAddresses { id label street city county postalCode country }\n      priceList { id name currency }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyProfile($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) { id name phone email locale }\n}"): (typeof documents)["mutation UpdateMyProfile($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) { id name phone email locale }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyAccount($input: UpdateAccountInput!) {\n  updateMyAccount(input: $input) {\n    id companyName cui address { street city county postalCode country }\n  }\n}"): (typeof documents)["mutation UpdateMyAccount($input: UpdateAccountInput!) {\n  updateMyAccount(input: $input) {\n    id companyName cui address { street city county postalCode country }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingRequestReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"): (typeof documents)["mutation OnboardingRequestReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingReset($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}"): (typeof documents)["mutation OnboardingReset($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchAccounts($search: String) {\n      accounts(search: $search, first: 100) { totalCount edges { node { companyName cui } } }\n    }"): (typeof documents)["query SearchAccounts($search: String) {\n      accounts(search: $search, first: 100) { totalCount edges { node { companyName cui } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}"): (typeof documents)["mutation OnboardingLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"): (typeof documents)["mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}"): (typeof documents)["mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken refreshToken }\n}"): (typeof documents)["mutation PasswordLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken refreshToken }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordRefresh($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) { accessToken }\n}"): (typeof documents)["mutation PasswordRefresh($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) { accessToken }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordMe { me { id email } }"): (typeof documents)["query PasswordMe { me { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProfileWithPassword($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) { email name locale }\n}"): (typeof documents)["mutation UpdateProfileWithPassword($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) { email name locale }\n}"];
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
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken refreshToken expiresAt user { id email name role }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken refreshToken expiresAt user { id email name role }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Refresh($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt }\n}"): (typeof documents)["mutation Refresh($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}"): (typeof documents)["mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignedInMe { me { id email role } }"): (typeof documents)["query SignedInMe { me { id email role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryTypeName { __schema { queryType { name } } }"): (typeof documents)["query QueryTypeName { __schema { queryType { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResumeLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken refreshToken }\n}"): (typeof documents)["mutation ResumeLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken refreshToken }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResumeLogout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}"): (typeof documents)["mutation ResumeLogout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SocketsLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken refreshToken }\n}"): (typeof documents)["mutation SocketsLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { accessToken refreshToken }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SocketsLogout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}"): (typeof documents)["mutation SocketsLogout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OverHttp {\n      quoteStatusChanged { id } }"): (typeof documents)["subscription OverHttp {\n      quoteStatusChanged { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LiveQuoteFields on Quote {\n  id number status origin revision\n  account { id companyName }\n  lines { product { id sku } quantity unitPrice { amount currency } lineTotal { amount currency } }\n  subtotal { amount currency } taxTotal { amount currency } total { amount currency }\n}"): (typeof documents)["fragment LiveQuoteFields on Quote {\n  id number status origin revision\n  account { id companyName }\n  lines { product { id sku } quantity unitPrice { amount currency } lineTotal { amount currency } }\n  subtotal { amount currency } taxTotal { amount currency } total { amount currency }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveQuoteStatusChanged {\n  quoteStatusChanged { ...LiveQuoteFields }\n}"): (typeof documents)["subscription LiveQuoteStatusChanged {\n  quoteStatusChanged { ...LiveQuoteFields }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveQuote($id: ID!) { quote(id: $id) { ...LiveQuoteFields } }"): (typeof documents)["query LiveQuote($id: ID!) { quote(id: $id) { ...LiveQuoteFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveSalesOrderStatusChanged {\n  salesOrderStatusChanged { id number status quote { id } total { amount currency } }\n}"): (typeof documents)["subscription LiveSalesOrderStatusChanged {\n  salesOrderStatusChanged { id number status quote { id } total { amount currency } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveAcceptQuote($id: ID!) {\n  acceptQuote(id: $id) { quote { id status } }\n}"): (typeof documents)["mutation LiveAcceptQuote($id: ID!) {\n  acceptQuote(id: $id) { quote { id status } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveApproveQuote($id: ID!) {\n  approveQuote(id: $id) { id status }\n}"): (typeof documents)["mutation LiveApproveQuote($id: ID!) {\n  approveQuote(id: $id) { id status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveCancelQuote($id: ID!) {\n  cancelQuote(id: $id) { id status }\n}"): (typeof documents)["mutation LiveCancelQuote($id: ID!) {\n  cancelQuote(id: $id) { id status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSetSalesOrderStatus(\n  $id: ID!, $status: SalesOrderStatus!\n) {\n  setSalesOrderStatus(id: $id, status: $status) { id status }\n}"): (typeof documents)["mutation LiveSetSalesOrderStatus(\n  $id: ID!, $status: SalesOrderStatus!\n) {\n  setSalesOrderStatus(id: $id, status: $status) { id status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftPrivacyQuote($id: ID!) {\n  quote(id: $id) {\n    id status\n    history { from to }\n    feedback(first: 50) { totalCount edges { node { body internal } } }\n  }\n}"): (typeof documents)["query DraftPrivacyQuote($id: ID!) {\n  quote(id: $id) {\n    id status\n    history { from to }\n    feedback(first: 50) { totalCount edges { node { body internal } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftPrivacyQuotes($status: [QuoteStatus!]) {\n  quotes(status: $status, first: 100) { edges { node { id } } }\n}"): (typeof documents)["query DraftPrivacyQuotes($status: [QuoteStatus!]) {\n  quotes(status: $status, first: 100) { edges { node { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DraftPrivacyPostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) { id internal }\n}"): (typeof documents)["mutation DraftPrivacyPostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) { id internal }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DraftPrivacySendQuote($id: ID!) {\n  sendQuote(id: $id) { id }\n}"): (typeof documents)["mutation DraftPrivacySendQuote($id: ID!) {\n  sendQuote(id: $id) { id }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DraftPrivacyCancelQuote($id: ID!) {\n  cancelQuote(id: $id) { id status }\n}"): (typeof documents)["mutation DraftPrivacyCancelQuote($id: ID!) {\n  cancelQuote(id: $id) { id status }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DraftPrivacyFeedbackAdded($quoteId: ID!, $after: ID) {\n  feedbackAdded(quoteId: $quoteId, after: $after) { body }\n}"): (typeof documents)["subscription DraftPrivacyFeedbackAdded($quoteId: ID!, $after: ID) {\n  feedbackAdded(quoteId: $quoteId, after: $after) { body }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DraftPrivacyQuoteStatusChanged {\n  quoteStatusChanged { id status }\n}"): (typeof documents)["subscription DraftPrivacyQuoteStatusChanged {\n  quoteStatusChanged { id status }\n}"];
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
export function graphql(source: "query RefusedThreadSize($id: ID!) {\n  quote(id: $id) { feedback { totalCount } }\n}"): (typeof documents)["query RefusedThreadSize($id: ID!) {\n  quote(id: $id) { feedback { totalCount } }\n}"];
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
export function graphql(source: "query SeededDocuments($first: Int!) {\n  products(first: 1) { totalCount }\n  quotes(first: $first) { edges { node { status feedback(first: 1) { totalCount } } } }\n  confirmed: quotes(first: $first, status: CONFIRMED) { totalCount }\n  salesOrders(first: $first) { edges { node { status } } }\n  invoices(first: $first) { edges { node { status overdue } } }\n}"): (typeof documents)["query SeededDocuments($first: Int!) {\n  products(first: 1) { totalCount }\n  quotes(first: $first) { edges { node { status feedback(first: 1) { totalCount } } } }\n  confirmed: quotes(first: $first, status: CONFIRMED) { totalCount }\n  salesOrders(first: $first) { edges { node { status } } }\n  invoices(first: $first) { edges { node { status overdue } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoCompany { me { account { companyName } } }"): (typeof documents)["query DemoCompany { me { account { companyName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestAccount($input: AccountRequestInput!) {\n  requestAccount(input: $input) { id status companyName cui agreementUploadToken }\n}"): (typeof documents)["mutation RequestAccount($input: AccountRequestInput!) {\n  requestAccount(input: $input) { id status companyName cui agreementUploadToken }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivateAccount(\n  $id: ID!, $input: OnboardingInput!\n) {\n  activateAccount(id: $id, input: $input) {\n    id status paymentTermDays paymentMethod deliveryMethod\n    creditLimit { amount currency }\n    deliveryAddresses { id label }\n    priceList { id }\n    users { email status }\n  }\n}"): (typeof documents)["mutation ActivateAccount(\n  $id: ID!, $input: OnboardingInput!\n) {\n  activateAccount(id: $id, input: $input) {\n    id status paymentTermDays paymentMethod deliveryMethod\n    creditLimit { amount currency }\n    deliveryAddresses { id label }\n    priceList { id }\n    users { email status }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivateUser($token: String!, $password: String!) {\n  activateUser(token: $token, password: $password) { accessToken refreshToken user { id email } }\n}"): (typeof documents)["mutation ActivateUser($token: String!, $password: String!) {\n  activateUser(token: $token, password: $password) { accessToken refreshToken user { id email } }\n}"];
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
export function graphql(source: "mutation LivePostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) { id body }\n}"): (typeof documents)["mutation LivePostFeedback($quoteId: ID!, $body: String!) {\n  postFeedback(quoteId: $quoteId, body: $body) { id body }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveFeedbackAdded($quoteId: ID!, $after: ID) {\n  feedbackAdded(quoteId: $quoteId, after: $after) {\n    id body createdAt authorRole author { id name }\n  }\n}"): (typeof documents)["subscription LiveFeedbackAdded($quoteId: ID!, $after: ID) {\n  feedbackAdded(quoteId: $quoteId, after: $after) {\n    id body createdAt authorRole author { id name }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveCreateQuote($input: CreateQuoteInput!) {\n  createQuote(input: $input) { id }\n}"): (typeof documents)["mutation LiveCreateQuote($input: CreateQuoteInput!) {\n  createQuote(input: $input) { id }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSendQuote($id: ID!) { sendQuote(id: $id) { id status } }"): (typeof documents)["mutation LiveSendQuote($id: ID!) { sendQuote(id: $id) { id status } }"];
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