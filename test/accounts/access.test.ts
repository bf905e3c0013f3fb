import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPriceList, onboardCustomer, onboardingInput, REQUEST_ACCOUNT, type Customer,
  requestInput, uniqueEmail,
} from '../support/accounts.js';
import { graphql } from '../generated/index.js';
import {
  type GraphQLClient, type Operation, sending, type Sending,
} from '../support/graphql-client.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let api: TestApp;
let sink: SmtpSink;
let db: pg.Client;
let customer: Customer;
let other: Customer;
let pendingId: string;
let priceListId: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApp({ SMTP_URL: sink.url });
  db = new pg.Client({ connectionString: api.databaseUrl });
  await db.connect();
  priceListId = await createPriceList(api);
  customer = await onboardCustomer(api, sink, { priceListId });
  other = await onboardCustomer(api, sink, { priceListId });
  const { requestAccount } = await api.client.ok(REQUEST_ACCOUNT, {
    input: requestInput(),
  });
  pendingId = requestAccount.id;
});

afterAll(async () => {
  await db?.end();
  await api?.stop();
  await sink?.stop();
});

const UPDATE_MY_CUI = graphql(`mutation UpdateMyCui($cui: String!) {
  updateMyAccount(input: { cui: $cui }) { id }
}`);

/** A fingerprint of everything the operations below could change. */
async function snapshot(): Promise<string> {
  const { rows } = await db.query(
    `select (select json_agg(a order by a.id) from (select id, status, company_name, cui
              from accounts) a) as accounts,
            (select json_agg(u order by u.id) from (select id, email, status, name
              from users) u) as users,
            (select count(*) from account_changes) as changes,
            (select count(*) from mail_outbox) as mails`,
  );
  return JSON.stringify(rows[0]);
}

const STAFF_OPERATIONS: [string, () => Sending][] = [
  ['accounts', () => sending(graphql(`query StaffOnlyAccounts { accounts { totalCount } }`))],
  ['account', () => sending(graphql(`query StaffOnlyAccount($id: ID!) {
    account(id: $id) { id } }`), { id: other.accountId })],
  ['activateAccount', () => sending(graphql(`mutation StaffOnlyActivateAccount(
    $id: ID!, $input: OnboardingInput!
  ) {
    activateAccount(id: $id, input: $input) { id } }`),
  { id: pendingId, input: onboardingInput(priceListId) })],
  ['declineAccount', () => sending(graphql(`mutation StaffOnlyDeclineAccount($id: ID!) {
    declineAccount(id: $id, reason: "nu") { id } }`), { id: pendingId })],
  ['suspendAccount', () => sending(graphql(`mutation StaffOnlySuspendAccount($id: ID!) {
    suspendAccount(id: $id, reason: "x") { id } }`), { id: other.accountId })],
  ['reactivateAccount', () => sending(graphql(`mutation StaffOnlyReactivateAccount($id: ID!) {
    reactivateAccount(id: $id) { id } }`), { id: other.accountId })],
  ['addAccountUser', () => sending(graphql(`mutation StaffOnlyAddAccountUser(
    $id: ID!, $input: ContactInput!
  ) {
    addAccountUser(accountId: $id, input: $input) { id } }`),
  { id: customer.accountId,
    input: { name: 'Intrus', email: uniqueEmail(), phone: '0722123456' } })],
  ['removeAccountUser', () => sending(graphql(`mutation StaffOnlyRemoveAccountUser($id: ID!) {
    removeAccountUser(userId: $id) { id } }`), { id: '00000000-0000-4000-8000-000000000000' })],
  ['resendInvitation', () => sending(graphql(`mutation StaffOnlyResendInvitation($id: ID!) {
    resendInvitation(userId: $id) { id } }`), { id: '00000000-0000-4000-8000-000000000000' })],
  ['createStaffUser', () => sending(graphql(`mutation StaffOnlyCreateStaffUser(
    $input: StaffUserInput!
  ) {
    createStaffUser(input: $input) { id } }`),
  { input: { email: uniqueEmail(), name: 'Fals', role: 'ADMIN' } })],
];

describe('staff-only operations', () => {
  it.each(STAFF_OPERATIONS)('%s: UNAUTHENTICATED for anonymous, FORBIDDEN for a customer',
    async (_name, operation) => {
      const before = await snapshot();

      const anonymous = await api.client.fails(operation().document, operation().variables);
      const asCustomer = await customer.client.fails(operation().document, operation().variables);

      expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
      expect(asCustomer.extensions?.code).toBe('FORBIDDEN');
      expect(await snapshot()).toBe(before);
    });

  it('keeps the change history from customers', async () => {
    const query = graphql(`query MyAccountChanges { me { account { changes { totalCount } } } }`);
    const error = await customer.client.fails(query);
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('customer-only and signed-in operations', () => {
  it.each<[string, Operation<unknown, Record<string, never>>]>([
    ['updateMyAccount', graphql(`mutation AnonymousUpdateMyAccount {
      updateMyAccount(input: { companyName: "X" }) { id } }`)],
    ['updateMyProfile', graphql(`mutation AnonymousUpdateMyProfile {
      updateMyProfile(input: { name: "X" }) { id } }`)],
    ['me', graphql(`query AnonymousMe { me { id } }`)],
  ])('%s: UNAUTHENTICATED for anonymous, and nothing changes', async (_name, document) => {
    const before = await snapshot();
    expect((await api.client.fails(document)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toBe(before);
  });
});

describe('a customer sees and changes only its own account', () => {
  it('reads its own company through me, never another one', async () => {
    const query = graphql(`query MyAccountUsers { me { account { id users { email } } } }`);
    const data = await customer.client.ok(query);
    expect(data.me.account!.id).toBe(customer.accountId);
    expect(data.me.account!.users.map((u) => u.email)).toEqual([customer.email]);
  });

  it('changes its own company, with the checks of a request', async () => {
    const before = await snapshot();
    const bad = await customer.client.fails(UPDATE_MY_CUI, { cui: '14399841' });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cui' });

    const { rows } = await db.query('select cui from accounts where id = $1', [other.accountId]);
    const stolen = await customer.client.fails(UPDATE_MY_CUI, { cui: `RO${rows[0].cui}` });
    expect(stolen.extensions?.code).toBe('CONFLICT');
    expect(await snapshot()).toBe(before);

    const changed = await customer.client.ok(graphql(`mutation UpdateMyAddress {
      updateMyAccount(input: { address: { street: "Str. Nouă 2", city: "Brașov",
        county: "Brașov" } }) { id address { city country } } }`));
    expect(changed.updateMyAccount).toEqual({
      id: customer.accountId, address: { city: 'Brașov', country: 'RO' },
    });
    const { rows: changes } = await db.query(
      `select field, old_value, new_value, actor_label from account_changes
       where account_id = $1 and field = 'address'`,
      [customer.accountId],
    );
    expect(changes).toHaveLength(1);
    expect(JSON.parse(changes[0].old_value).city).toBe('Cluj-Napoca');
    expect(JSON.parse(changes[0].new_value).city).toBe('Brașov');
    expect(changes[0].actor_label).toBe(customer.email);
  });

  it('cannot download another company\'s signed agreement', async () => {
    const response = await fetch(`${api.url}/files/accounts/${other.accountId}/signed-agreement`, {
      headers: { authorization: `Bearer ${(customer.client as GraphQLClient).accessToken}` },
    });
    expect(response.status).toBe(404);
  });
});
