import { MikroORM } from '@mikro-orm/postgresql';
import { graphql as executeOperation } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVATE_ACCOUNT, ACTIVATE_USER, createPriceList, mailTo, onboardCustomer, onboardingInput,
  REQUEST_ACCOUNT, requestInput, tokenIn, uniqueEmail,
} from '../support/accounts.js';
import { Role } from '../../src/auth/roles.js';
import { ormOptions } from '../../src/db/orm.js';
import { Loaders } from '../../src/graphql/loaders.js';
import { getSchema } from '../../src/graphql/schema.js';
import { createLogger } from '../../src/logging/logger.js';
import { graphql } from '../generated/index.js';
import type { AccountRequestInput, StaffUserInput } from '../generated/graphql.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const DECLINE = graphql(`mutation DeclineAccountRequest($id: ID!, $reason: String!) {
  declineAccount(id: $id, reason: $reason) { id status declineReason users { id } }
}`);
const SUSPEND = graphql(`mutation SuspendAccount($id: ID!) {
  suspendAccount(id: $id, reason: "Facturi neplătite") { status }
}`);
const REACTIVATE = graphql(`mutation ReactivateAccount($id: ID!) {
  reactivateAccount(id: $id) { status }
}`);
const ADD_USER = graphql(`mutation AddAccountUser($accountId: ID!, $input: ContactInput!) {
  addAccountUser(accountId: $accountId, input: $input) { id email status }
}`);
const REMOVE_USER = graphql(`mutation RemoveAccountUser($userId: ID!) {
  removeAccountUser(userId: $userId) { users { email status } }
}`);
const RESEND = graphql(`mutation ResendInvitation($userId: ID!) {
  resendInvitation(userId: $userId) { id status }
}`);
const CREATE_STAFF = graphql(`mutation CreateStaffUser($input: StaffUserInput!) {
  createStaffUser(input: $input) { id email role status }
}`);
const ACCOUNT = graphql(`query AccountWithChanges($id: ID!) {
  account(id: $id) {
    id status iban bankName activatedAt
    users { id email status }
    changes(first: 50) {
      totalCount edges { node { field oldValue newValue actorLabel actor { email } } }
    }
  }
}`);
const ME = graphql(`query MyAccountStatus { me { id email account { id status } } }`);
const LOGIN = graphql(`mutation SuspendedLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken }
}`);

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

let api: TestApp;
let sink: SmtpSink;
let staff: GraphQLClient;
let priceListId: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApp({ SMTP_URL: sink.url });
  staff = await api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  priceListId = await createPriceList(api);
});

afterAll(async () => {
  await api?.stop();
  await sink?.stop();
});

async function requestOne(overrides: Partial<AccountRequestInput> = {}) {
  const input = requestInput(overrides);
  const { requestAccount } = await api.client.ok(REQUEST_ACCOUNT, { input });
  return { id: requestAccount.id, email: input.contacts[0]!.email };
}

async function accountStatus(id: string): Promise<string> {
  const data = await staff.ok(ACCOUNT, { id });
  return data.account.status;
}

describe('activateAccount', () => {
  it.each([
    ['an IBAN failing mod-97', { iban: 'RO49AAAA1B31007593840001' }, 'input.iban'],
    ['an unknown price list', { priceListId: NO_SUCH_ID }, 'input.priceListId'],
    ['a negative credit limit', { creditLimit: '-1' }, 'input.creditLimit'],
    ['a payment term over a year', { paymentTermDays: 400 }, 'input.paymentTermDays'],
    ['no delivery address', { deliveryAddresses: [] }, 'input.deliveryAddresses'],
  ])('refuses %s and leaves the account pending', async (_what, overrides, field) => {
    const { id } = await requestOne();

    const error = await staff.fails(ACTIVATE_ACCOUNT, {
      id, input: onboardingInput(priceListId, overrides),
    });

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await accountStatus(id)).toBe('PENDING');
  });

  it('activates once: a second or concurrent activation is an INVALID_TRANSITION', async () => {
    const { id } = await requestOne();
    const input = onboardingInput(priceListId);

    const results = await Promise.all(
      [1, 2].map(() => staff.request(ACTIVATE_ACCOUNT, { id, input })),
    );

    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    const loser = results.find((r) => r.errors !== undefined)!;
    expect(loser.errors![0]!.extensions?.code).toBe('INVALID_TRANSITION');
    const { account } = await staff.ok(ACCOUNT, { id });
    expect(account.changes.edges.filter((e) => e.node.field === 'status')).toHaveLength(2);
  });

  it('records who set which term, with old and new values', async () => {
    const { id } = await requestOne();
    await staff.ok(ACTIVATE_ACCOUNT, { id, input: onboardingInput(priceListId) });

    const { account } = await staff.ok(ACCOUNT, { id });
    const byField = Object.fromEntries(account.changes.edges.map((e) => [e.node.field, e.node]));
    expect(byField.iban).toMatchObject({ oldValue: null, newValue: 'RO49AAAA1B31007593840000',
      actorLabel: ADMIN_EMAIL, actor: { email: ADMIN_EMAIL } });
    expect(byField.creditLimit).toMatchObject({ newValue: '50000.00' });
    expect(byField.priceList).toMatchObject({ newValue: priceListId });
    expect(byField.deliveryAddresses!.newValue).toContain('Depozit');
    expect(account.activatedAt).not.toBeNull();
  });

  it('answers NOT_FOUND for an account that does not exist', async () => {
    const error = await staff.fails(ACTIVATE_ACCOUNT, {
      id: '00000000-0000-4000-8000-000000000000', input: onboardingInput(priceListId),
    });
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('declineAccount', () => {
  it('declines with a reason, tells the contacts, and frees the CUI and their emails', async () => {
    const input = requestInput();
    const email = input.contacts[0]!.email;
    const { requestAccount } = await api.client.ok(REQUEST_ACCOUNT, { input });

    const declined = await staff.ok(DECLINE, { id: requestAccount.id, reason: 'Date incomplete' });

    expect(declined.declineAccount).toMatchObject({
      status: 'DECLINED', declineReason: 'Date incomplete', users: [],
    });
    const mail = await sink.waitFor((m) => m.to.includes(email) && m.subject.includes('respinsă'));
    expect(mail.text).toContain('Date incomplete');
    await api.client.ok(REQUEST_ACCOUNT, { input: { ...input, companyName: 'A doua încercare' } });

    const again = await staff.fails(DECLINE, { id: requestAccount.id, reason: 'x' });
    expect(again.extensions?.code).toBe('INVALID_TRANSITION');
  });
});

describe('suspending and reactivating', () => {
  it('ends the users\' sessions at once and refuses sign-in until reactivated', async () => {
    const customer = await onboardCustomer(api, sink, { priceListId });
    await customer.client.ok(ME);

    expect(await staff.ok(SUSPEND, { id: customer.accountId })).toEqual({
      suspendAccount: { status: 'SUSPENDED' },
    });

    expect((await customer.client.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    const credentials = { email: customer.email, password: customer.password };
    const login = await api.client.fails(LOGIN, credentials);
    expect(login.extensions?.code).toBe('UNAUTHENTICATED');

    await staff.ok(REACTIVATE, { id: customer.accountId });
    await api.signIn(customer.email, customer.password);
    expect((await staff.fails(REACTIVATE, { id: customer.accountId })).extensions?.code)
      .toBe('INVALID_TRANSITION');
  });
});

describe('users of an account', () => {
  it('adds a user who is invited at once, re-sends, and removes them', async () => {
    const customer = await onboardCustomer(api, sink, { priceListId });
    const email = uniqueEmail('nou');

    const added = await staff.ok(ADD_USER, {
      accountId: customer.accountId,
      input: { name: 'Radu Ilie', email, phone: '0744 555 666', locale: 'en' },
    });
    expect(added.addAccountUser.status).toBe('INVITED');
    const first = tokenIn(await mailTo(sink, email, '/activate'), '/activate');

    await staff.ok(RESEND, { userId: added.addAccountUser.id });
    const second = await sink.waitFor((m) => m.to.includes(email) && !m.text.includes(first)
      && m.text.includes('/activate'));
    const password = 'radu-password-1';
    const reused = await api.client.fails(ACTIVATE_USER, { token: first, password });
    expect(reused.extensions?.code).toBe('UNAUTHENTICATED');
    await api.client.ok(ACTIVATE_USER, { token: tokenIn(second, '/activate'), password });
    const radu = await api.signIn(email, password);

    const userId = added.addAccountUser.id;
    const removed = await staff.ok(REMOVE_USER, { userId });
    expect(removed.removeAccountUser.users).toContainEqual({ email, status: 'DISABLED' });
    expect((await radu.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');

    const taken = await staff.fails(ADD_USER, {
      accountId: customer.accountId,
      input: { name: 'Alt', email: customer.email, phone: '0744555666' },
    });
    expect(taken.extensions?.code).toBe('CONFLICT');
  });

  it('refuses to re-invite a user who already set a password', async () => {
    const customer = await onboardCustomer(api, sink, { priceListId });
    const { me } = await customer.client.ok(ME);
    const error = await staff.fails(RESEND, { userId: me.id });
    expect(error.extensions?.code).toBe('INVALID_TRANSITION');
  });
});

describe('createStaffUser', () => {
  it('lets an administrator create staff, who set a password through the mailed link', async () => {
    const email = uniqueEmail('vanzari');
    const created = await staff.ok(CREATE_STAFF,
      { input: { email, name: 'Mihai Stan', role: 'STAFF' } },
    );
    expect(created.createStaffUser).toMatchObject({ role: 'STAFF', status: 'INVITED' });

    const mail = await mailTo(sink, email, '/activate');
    expect(mail.subject).toBe('Alegeți-vă parola pentru portalul B2B');
    const token = tokenIn(mail, '/activate');
    await api.client.ok(ACTIVATE_USER, { token, password: 'mihai-password' });
    const mihai = await api.signIn(email, 'mihai-password');

    // A STAFF member may not create staff, and the email is taken anyway.
    const forbidden = await mihai.fails(CREATE_STAFF, {
      input: { email: uniqueEmail(), name: 'X', role: 'ADMIN' },
    });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    const input: StaffUserInput = { email, name: 'Dublură', role: 'STAFF' };
    const taken = await staff.fails(CREATE_STAFF, { input });
    expect(taken.extensions?.code).toBe('CONFLICT');
    const customerRole = await staff.fails(CREATE_STAFF, {
      input: { email: uniqueEmail(), name: 'Client', role: 'CUSTOMER' },
    });
    expect(customerRole.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
  });
});

describe('batching', () => {
  it('reads a page of accounts with their users in a bounded number of queries', async () => {
    for (let i = 0; i < 5; i += 1) {
      const { id } = await requestOne();
      if (i < 2) {
        const input = onboardingInput(await createPriceList(api));
        await staff.ok(ACTIVATE_ACCOUNT, { id, input });
      }
    }
    const queries: string[] = [];
    const orm = await MikroORM.init({
      ...ormOptions(api.databaseUrl),
      debug: ['query'],
      logger: (message: string) => queries.push(message),
    });
    try {
      const em = orm.em.fork();
      const viewer = { userId: 'x', role: Role.ADMIN, accountId: null, sessionId: 'x',
        expiresAt: new Date(Date.now() + 60_000) };
      const context = {
        em, viewer, clientAddress: '127.0.0.1', log: createLogger({ env: 'test', level: 'silent' }),
        loaders: new Loaders(em), services: api.app.services,
      };

      queries.length = 0;
      const result = await executeOperation({
        schema: await getSchema(),
        source: `{ accounts(first: 20) { edges { node {
          id users { id email } deliveryAddresses { id } priceList { id }
          creditLimit { amount currency } signedAgreement { size } } } } }`,
        contextValue: context,
      });

      expect(result.errors).toBeUndefined();
      const edges = (result.data as { accounts: { edges: unknown[] } }).accounts.edges;
      expect(edges.length).toBeGreaterThanOrEqual(5);
      // Query lines are coloured ("\x1B[39mselect …"), so no word boundary before the verb.
      const selects = queries.filter((q) => /\[query\].*select /i.test(q));
      // count, page, users, addresses, price lists, agreements: not one query per account.
      expect(selects.length).toBeLessThanOrEqual(6);
    } finally {
      await orm.close(true);
    }
  });
});
