import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { PriceList } from '../../src/catalog/price-list.entity.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type TestApp } from './test-app.js';
import { graphql } from '../generated/index.js';
import type { AccountRequestInput, OnboardingInput } from '../generated/graphql.js';
import type { GraphQLClient } from './graphql-client.js';
import type { ReceivedMail, SmtpSink } from './smtp-sink.js';

/** A valid IBAN (the ISO 13616 example for Romania). */
export const VALID_IBAN = 'RO49AAAA1B31007593840000';

const CUI_WEIGHTS = [7, 5, 3, 2, 1, 7, 5, 3, 2];

/** A CUI with a correct control digit made from `body` (1 to 9 digits, no leading 0). */
export function cuiFrom(body: string): string {
  const padded = body.padStart(9, '0');
  const sum = [...padded].reduce((total, digit, i) => total + Number(digit) * CUI_WEIGHTS[i]!, 0);
  return `${body}${((sum * 10) % 11) % 10}`;
}

/** A fresh, valid 8-digit CUI, so tests do not collide. */
export function uniqueCui(): string {
  return cuiFrom(String(randomInt(1_000_000, 9_999_999)));
}

let counter = 0;

/** A unique email address on the test domain. */
export function uniqueEmail(name = 'contact'): string {
  counter += 1;
  return `${name}.${Date.now().toString(36)}${counter}@firma.test`;
}

export const REQUEST_ACCOUNT = graphql(`mutation RequestAccount($input: AccountRequestInput!) {
  requestAccount(input: $input) { id status companyName cui agreementUploadToken }
}`);

export const ACTIVATE_ACCOUNT = graphql(`mutation ActivateAccount(
  $id: ID!, $input: OnboardingInput!
) {
  activateAccount(id: $id, input: $input) {
    id status paymentTermDays paymentMethod deliveryMethod
    creditLimit { amount currency }
    deliveryAddresses { id label }
    priceList { id }
    users { email status }
  }
}`);

export const ACTIVATE_USER = graphql(`mutation ActivateUser($token: String!, $password: String!) {
  activateUser(token: $token, password: $password) { accessToken refreshToken user { id email } }
}`);

/** An account request that passes every check; `overrides` replace top-level fields. */
export function requestInput(overrides: Partial<AccountRequestInput> = {}): AccountRequestInput {
  return {
    companyName: 'Instalații Nord SRL',
    cui: `RO${uniqueCui()}`,
    tradeRegisterNumber: 'J12/345/2020',
    address: {
      street: 'Str. Fabricii 10', city: 'Cluj-Napoca', county: 'Cluj', postalCode: '400001',
    },
    legalRepresentative: 'Ioana Mureșan',
    contacts: [{ name: 'Ana Pop', email: uniqueEmail('ana'), phone: '0722 123 456' }],
    ...overrides,
  };
}

/** Onboarding terms that pass every check, for the given price list. */
export function onboardingInput(
  priceListId: string,
  overrides: Partial<OnboardingInput> = {},
): OnboardingInput {
  return {
    bankName: 'Banca Transilvania',
    iban: VALID_IBAN,
    paymentMethod: 'BANK_TRANSFER',
    paymentTermDays: 30,
    creditLimit: '50000.00',
    deliveryMethod: 'COURIER',
    deliveryAddresses: [
      { label: 'Depozit', street: 'Str. Depozitului 1', city: 'Cluj-Napoca', county: 'Cluj' },
    ],
    priceListId,
    ...overrides,
  };
}

/** Creates a price list straight in the database (the catalog's API is another domain's). */
export async function createPriceList(api: TestApp, currency = 'RON'): Promise<string> {
  const em = api.app.database.orm.em.fork();
  const list = em.create(PriceList, { name: `Lista ${uniqueEmail('pl')}`, currency });
  await em.flush();
  return list.id;
}

/** The token of the first link to `path` in a mail's plain text. */
export function tokenIn(mail: ReceivedMail, path: string): string {
  const pattern = new RegExp(`${path.replace(/\//g, '\\/')}\\?token=([A-Za-z0-9_-]+)`);
  const match = pattern.exec(mail.text);
  expect(match, `a ${path} link in "${mail.subject}"`).not.toBeNull();
  return match![1]!;
}

/** The first mail the sink got (or gets) for this address, whose text mentions `path`. */
export function mailTo(sink: SmtpSink, email: string, path: string): Promise<ReceivedMail> {
  return sink.waitFor((m) => m.to.includes(email) && m.text.includes(path));
}

export interface Customer {
  accountId: string;
  email: string;
  password: string;
  client: GraphQLClient;
}

/**
 * Runs the whole path a new client takes, through the API and the mail sink:
 * request, activation by the bootstrap admin, set password, sign in.
 */
export async function onboardCustomer(
  api: TestApp,
  sink: SmtpSink,
  options: { priceListId?: string; password?: string; request?: Partial<AccountRequestInput> } = {},
): Promise<Customer> {
  const input = requestInput(options.request);
  const email = input.contacts[0]!.email;
  const password = options.password ?? 'customer-password-1';

  const { requestAccount } = await api.client.ok(REQUEST_ACCOUNT, { input });
  const staff = await api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  const priceListId = options.priceListId ?? (await createPriceList(api));
  await staff.ok(ACTIVATE_ACCOUNT, {
    id: requestAccount.id,
    input: onboardingInput(priceListId),
  });

  const token = tokenIn(await mailTo(sink, email, '/activate'), '/activate');
  await api.client.ok(ACTIVATE_USER, { token, password });
  const client = await api.signIn(email, password);
  return { accountId: requestAccount.id, email, password, client };
}
