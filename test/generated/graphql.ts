/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, written as an ISO date such as "2026-12-31". */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** An exact decimal number written as a string, such as "1234.50". */
  Decimal: { input: string; output: string; }
};

/** What a company sends to ask for an account. */
export type AccountRequestInput = {
  address: AddressInput;
  companyName: Scalars['String']['input'];
  /** At least one; each becomes a user. */
  contacts: Array<ContactInput>;
  /** Romanian CUI/CIF, with or without RO; checked with its control digit. */
  cui: Scalars['String']['input'];
  legalRepresentative: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Trade register number, e.g. J40/12/2020. */
  tradeRegisterNumber?: InputMaybe<Scalars['String']['input']>;
};

export type AccountStatus =
  | 'ACTIVE'
  | 'DECLINED'
  | 'PENDING'
  | 'SUSPENDED';

/** A postal address. */
export type AddressInput = {
  city: Scalars['String']['input'];
  /** ISO 3166 alpha-2; default RO. */
  country?: InputMaybe<Scalars['String']['input']>;
  county: Scalars['String']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  street: Scalars['String']['input'];
};

export type AuthorRole =
  | 'CUSTOMER'
  | 'STAFF';

/** A person the company authorises to use the portal. */
export type ContactInput = {
  email: Scalars['String']['input'];
  /** `ro` (default) or `en`: the language of the emails. */
  locale?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** A Romanian number, e.g. 0722 123 456. */
  phone: Scalars['String']['input'];
};

/** A new offer for an account, priced from the account's price list. */
export type CreateQuoteInput = {
  accountId: Scalars['ID']['input'];
  /** Default: the account's first delivery address by label. */
  deliveryAddressId?: InputMaybe<Scalars['ID']['input']>;
  lines: Array<QuoteLineInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Default: 30 days from today. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** A delivery address with a label the company knows it by. */
export type DeliveryAddressInput = {
  city: Scalars['String']['input'];
  /** ISO 3166 alpha-2; default RO. */
  country?: InputMaybe<Scalars['String']['input']>;
  county: Scalars['String']['input'];
  label: Scalars['String']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  street: Scalars['String']['input'];
};

export type DeliveryMethod =
  | 'COURIER'
  | 'OWN_FLEET'
  | 'PICKUP';

export type InvoiceStatus =
  | 'CANCELLED'
  | 'ISSUED'
  | 'PAID'
  | 'PARTIALLY_PAID';

/** The commercial terms staff set when they activate an account. */
export type OnboardingInput = {
  bankName: Scalars['String']['input'];
  /** In the currency of the price list. */
  creditLimit: Scalars['Decimal']['input'];
  /** At least one. */
  deliveryAddresses: Array<DeliveryAddressInput>;
  deliveryMethod: DeliveryMethod;
  /** Checked with ISO 13616 mod-97. */
  iban: Scalars['String']['input'];
  paymentMethod: PaymentMethod;
  /** Days from invoice to due date; 0 means pay in advance. */
  paymentTermDays: Scalars['Int']['input'];
  /** The price list the account buys from. */
  priceListId: Scalars['ID']['input'];
};

/** A line of an order, priced from your price list. */
export type OrderLineInput = {
  productId: Scalars['ID']['input'];
  /** Above zero, at most 3 decimals. */
  quantity: Scalars['Decimal']['input'];
};

export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CASH_ON_DELIVERY';

/** An order from your price list. */
export type PlaceOrderInput = {
  /** One of your delivery addresses; default: the first by label. */
  deliveryAddressId?: InputMaybe<Scalars['ID']['input']>;
  lines: Array<OrderLineInput>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type PriceEntryInput = {
  productId: Scalars['ID']['input'];
  /** Net of VAT, in the price list's currency. */
  unitPrice: Scalars['Decimal']['input'];
};

export type PriceListInput = {
  /** ISO 4217; every price on the list is in this currency. */
  currency: Scalars['String']['input'];
  /** Unique, whatever the case. */
  name: Scalars['String']['input'];
};

/** A new product. Prices are net of VAT. */
export type ProductInput = {
  /** ISO 4217. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Greater than zero, at most two decimals. */
  listPrice: Scalars['Decimal']['input'];
  name: Scalars['String']['input'];
  /** Unique; kept in upper case. */
  sku: Scalars['String']['input'];
  /** Unit of sale, e.g. `buc`, `m`, `kg`. */
  unit: Scalars['String']['input'];
  /** Percent from 0 to 100, e.g. "21". */
  vatRate: Scalars['Decimal']['input'];
};

/** A line of an offer. Prices are net of VAT. */
export type QuoteLineInput = {
  /** Percent from 0 to 100; default 0. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  productId: Scalars['ID']['input'];
  /** Above zero, at most 3 decimals. */
  quantity: Scalars['Decimal']['input'];
  /** Default: the account's price list. Required for a product not on it. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

export type QuoteOrigin =
  | 'CUSTOMER'
  | 'STAFF';

export type QuoteStatus =
  | 'AWAITING_APPROVAL'
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'REJECTED'
  | 'SENT';

export type Role =
  | 'ADMIN'
  | 'CUSTOMER'
  | 'STAFF';

export type SalesOrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'IN_PRODUCTION'
  | 'READY_FOR_DELIVERY';

/** A new member of staff; they get a link to set their password. */
export type StaffUserInput = {
  email: Scalars['String']['input'];
  /** `ro` (default) or `en`. */
  locale?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** STAFF or ADMIN. */
  role: Role;
};

/** Changes to a company's own data; absent fields stay as they are. */
export type UpdateAccountInput = {
  address?: InputMaybe<AddressInput>;
  companyName?: InputMaybe<Scalars['String']['input']>;
  cui?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a product; fields left out stay as they are. */
export type UpdateProductInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  listPrice?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  sku?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  vatRate?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Changes to one's own user; absent fields stay as they are. */
export type UpdateProfileInput = {
  /** Required when the email changes. */
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  /** Needs currentPassword. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** `ro` or `en`. */
  locale?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** A Romanian number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a draft; fields left out stay as they are. */
export type UpdateQuoteInput = {
  deliveryAddressId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces every line. */
  lines?: InputMaybe<Array<QuoteLineInput>>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The revision the changes were made on; CONFLICT if someone edited meanwhile. */
  revision?: InputMaybe<Scalars['Int']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'INVITED';

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { login: { accessToken: string } };


export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;