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
    "mutation RequestAccount($input: AccountRequestInput!) {\n  requestAccount(input: $input) {\n    id\n    status\n    companyName\n  }\n}": typeof types.RequestAccountDocument,
    "mutation DeclineAccount($id: ID!, $reason: String!) {\n  declineAccount(id: $id, reason: $reason) {\n    id\n    status\n  }\n}": typeof types.DeclineAccountDocument,
    "mutation SetPrices($priceListId: ID!, $entries: [PriceEntryInput!]!) {\n  setPrices(priceListId: $priceListId, entries: $entries) {\n    id\n    entries(first: 1) {\n      totalCount\n    }\n  }\n}": typeof types.SetPricesDocument,
    "mutation CreateProduct($input: ProductInput!) {\n  createProduct(input: $input) {\n    id\n    sku\n    name\n    unit\n    vatRate\n    listPrice {\n      amount\n      currency\n    }\n  }\n}": typeof types.CreateProductDocument,
    "mutation ActivateAccount($id: ID!, $input: OnboardingInput!) {\n  activateAccount(id: $id, input: $input) {\n    id\n    status\n    paymentTermDays\n    paymentMethod\n    deliveryMethod\n    creditLimit {\n      amount\n      currency\n    }\n    deliveryAddresses {\n      id\n      label\n    }\n    priceList {\n      id\n    }\n    users {\n      email\n      status\n    }\n  }\n}": typeof types.ActivateAccountDocument,
    "mutation CreatePriceList($input: PriceListInput!) {\n  createPriceList(input: $input) {\n    id\n    name\n    currency\n  }\n}": typeof types.CreatePriceListDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": typeof types.RequestPasswordResetDocument,
    "mutation UpdateMyAccount($input: UpdateAccountInput!) {\n  updateMyAccount(input: $input) {\n    id\n    companyName\n    cui\n    address {\n      street\n      city\n      county\n      postalCode\n      country\n    }\n  }\n}": typeof types.UpdateMyAccountDocument,
    "mutation CreateStaffUser($input: StaffUserInput!) {\n  createStaffUser(input: $input) {\n    id\n    email\n    role\n  }\n}": typeof types.CreateStaffUserDocument,
    "mutation ActivateUser($token: String!, $password: String!) {\n  activateUser(token: $token, password: $password) {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n  }\n}": typeof types.ActivateUserDocument,
    "query MyPriceList($first: Int, $after: String, $search: String) {\n  me {\n    account {\n      priceList {\n        id\n        name\n        currency\n        entries(first: $first, after: $after, search: $search) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              product {\n                id\n                sku\n                name\n                unit\n                vatRate\n              }\n              unitPrice {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.MyPriceListDocument,
    "mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    accessToken\n    refreshToken\n    expiresAt\n  }\n}": typeof types.RefreshSessionDocument,
    "mutation UpdateMyProfile($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) {\n    id\n    name\n    phone\n    email\n    locale\n  }\n}": typeof types.UpdateMyProfileDocument,
    "mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": typeof types.LogoutDocument,
    "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": typeof types.ResetPasswordDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n  }\n}": typeof types.LoginDocument,
};
const documents: Documents = {
    "query Accounts($status: AccountStatus, $first: Int, $after: String) {\n  accounts(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        companyName\n        cui\n        status\n        legalRepresentative\n        users {\n          id\n          email\n          name\n          phone\n          status\n        }\n      }\n    }\n  }\n}": types.AccountsDocument,
    "mutation RequestAccount($input: AccountRequestInput!) {\n  requestAccount(input: $input) {\n    id\n    status\n    companyName\n  }\n}": types.RequestAccountDocument,
    "mutation DeclineAccount($id: ID!, $reason: String!) {\n  declineAccount(id: $id, reason: $reason) {\n    id\n    status\n  }\n}": types.DeclineAccountDocument,
    "mutation SetPrices($priceListId: ID!, $entries: [PriceEntryInput!]!) {\n  setPrices(priceListId: $priceListId, entries: $entries) {\n    id\n    entries(first: 1) {\n      totalCount\n    }\n  }\n}": types.SetPricesDocument,
    "mutation CreateProduct($input: ProductInput!) {\n  createProduct(input: $input) {\n    id\n    sku\n    name\n    unit\n    vatRate\n    listPrice {\n      amount\n      currency\n    }\n  }\n}": types.CreateProductDocument,
    "mutation ActivateAccount($id: ID!, $input: OnboardingInput!) {\n  activateAccount(id: $id, input: $input) {\n    id\n    status\n    paymentTermDays\n    paymentMethod\n    deliveryMethod\n    creditLimit {\n      amount\n      currency\n    }\n    deliveryAddresses {\n      id\n      label\n    }\n    priceList {\n      id\n    }\n    users {\n      email\n      status\n    }\n  }\n}": types.ActivateAccountDocument,
    "mutation CreatePriceList($input: PriceListInput!) {\n  createPriceList(input: $input) {\n    id\n    name\n    currency\n  }\n}": types.CreatePriceListDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": types.RequestPasswordResetDocument,
    "mutation UpdateMyAccount($input: UpdateAccountInput!) {\n  updateMyAccount(input: $input) {\n    id\n    companyName\n    cui\n    address {\n      street\n      city\n      county\n      postalCode\n      country\n    }\n  }\n}": types.UpdateMyAccountDocument,
    "mutation CreateStaffUser($input: StaffUserInput!) {\n  createStaffUser(input: $input) {\n    id\n    email\n    role\n  }\n}": types.CreateStaffUserDocument,
    "mutation ActivateUser($token: String!, $password: String!) {\n  activateUser(token: $token, password: $password) {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n  }\n}": types.ActivateUserDocument,
    "query MyPriceList($first: Int, $after: String, $search: String) {\n  me {\n    account {\n      priceList {\n        id\n        name\n        currency\n        entries(first: $first, after: $after, search: $search) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              product {\n                id\n                sku\n                name\n                unit\n                vatRate\n              }\n              unitPrice {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.MyPriceListDocument,
    "mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    accessToken\n    refreshToken\n    expiresAt\n  }\n}": types.RefreshSessionDocument,
    "mutation UpdateMyProfile($input: UpdateProfileInput!) {\n  updateMyProfile(input: $input) {\n    id\n    name\n    phone\n    email\n    locale\n  }\n}": types.UpdateMyProfileDocument,
    "mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": types.LogoutDocument,
    "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": types.ResetPasswordDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n  }\n}": types.LoginDocument,
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
export function graphql(source: "mutation RequestAccount($input: AccountRequestInput!) {\n  requestAccount(input: $input) {\n    id\n    status\n    companyName\n  }\n}"): (typeof documents)["mutation RequestAccount($input: AccountRequestInput!) {\n  requestAccount(input: $input) {\n    id\n    status\n    companyName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineAccount($id: ID!, $reason: String!) {\n  declineAccount(id: $id, reason: $reason) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation DeclineAccount($id: ID!, $reason: String!) {\n  declineAccount(id: $id, reason: $reason) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPrices($priceListId: ID!, $entries: [PriceEntryInput!]!) {\n  setPrices(priceListId: $priceListId, entries: $entries) {\n    id\n    entries(first: 1) {\n      totalCount\n    }\n  }\n}"): (typeof documents)["mutation SetPrices($priceListId: ID!, $entries: [PriceEntryInput!]!) {\n  setPrices(priceListId: $priceListId, entries: $entries) {\n    id\n    entries(first: 1) {\n      totalCount\n    }\n  }\n}"];
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
export function graphql(source: "mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    accessToken\n    refreshToken\n    expiresAt\n  }\n}"): (typeof documents)["mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    accessToken\n    refreshToken\n    expiresAt\n  }\n}"];
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
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;