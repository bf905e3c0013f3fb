import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPriceList, onboardCustomer, onboardingInput, REQUEST_ACCOUNT, type Customer,
  type RequestData, requestInput, uniqueEmail,
} from '../support/accounts.js';
import type { GraphQLClient } from '../support/graphql-client.js';
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
  const { requestAccount } = await api.client.ok<RequestData, object>(REQUEST_ACCOUNT, {
    input: requestInput(),
  });
  pendingId = requestAccount.id;
});

afterAll(async () => {
  await db?.end();
  await api?.stop();
  await sink?.stop();
});

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

const STAFF_OPERATIONS: [string, string, () => Record<string, unknown>][] = [
  ['accounts', 'query { accounts { totalCount } }', () => ({})],
  ['account', 'query ($id: ID!) { account(id: $id) { id } }', () => ({ id: other.accountId })],
  ['activateAccount', `mutation ($id: ID!, $input: OnboardingInput!) {
    activateAccount(id: $id, input: $input) { id } }`,
  () => ({ id: pendingId, input: onboardingInput(priceListId) })],
  ['declineAccount', 'mutation ($id: ID!) { declineAccount(id: $id, reason: "nu") { id } }',
    () => ({ id: pendingId })],
  ['suspendAccount', 'mutation ($id: ID!) { suspendAccount(id: $id, reason: "x") { id } }',
    () => ({ id: other.accountId })],
  ['reactivateAccount', 'mutation ($id: ID!) { reactivateAccount(id: $id) { id } }',
    () => ({ id: other.accountId })],
  ['addAccountUser', `mutation ($id: ID!, $input: ContactInput!) {
    addAccountUser(accountId: $id, input: $input) { id } }`,
  () => ({ id: customer.accountId,
    input: { name: 'Intrus', email: uniqueEmail(), phone: '0722123456' } })],
  ['removeAccountUser', 'mutation ($id: ID!) { removeAccountUser(userId: $id) { id } }',
    () => ({ id: '00000000-0000-4000-8000-000000000000' })],
  ['resendInvitation', 'mutation ($id: ID!) { resendInvitation(userId: $id) { id } }',
    () => ({ id: '00000000-0000-4000-8000-000000000000' })],
  ['createStaffUser', `mutation ($input: StaffUserInput!) {
    createStaffUser(input: $input) { id } }`,
    () => ({ input: { email: uniqueEmail(), name: 'Fals', role: 'ADMIN' } })],
];

describe('staff-only operations', () => {
  it.each(STAFF_OPERATIONS)('%s: UNAUTHENTICATED for anonymous, FORBIDDEN for a customer',
    async (_name, document, variables) => {
      const before = await snapshot();

      const anonymous = await api.client.fails(document, variables());
      const asCustomer = await customer.client.fails(document, variables());

      expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
      expect(asCustomer.extensions?.code).toBe('FORBIDDEN');
      expect(await snapshot()).toBe(before);
    });

  it('keeps the change history from customers', async () => {
    const query = 'query { me { account { changes { totalCount } } } }';
    const error = await customer.client.fails(query);
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('customer-only and signed-in operations', () => {
  it.each([
    ['updateMyAccount', 'mutation { updateMyAccount(input: { companyName: "X" }) { id } }'],
    ['updateMyProfile', 'mutation { updateMyProfile(input: { name: "X" }) { id } }'],
    ['me', 'query { me { id } }'],
  ])('%s: UNAUTHENTICATED for anonymous, and nothing changes', async (_name, document) => {
    const before = await snapshot();
    expect((await api.client.fails(document)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toBe(before);
  });
});

describe('a customer sees and changes only its own account', () => {
  it('reads its own company through me, never another one', async () => {
    type Data = { me: { account: { id: string; users: { email: string }[] } } };
    const query = 'query { me { account { id users { email } } } }';
    const data = await customer.client.ok<Data, object>(query);
    expect(data.me.account.id).toBe(customer.accountId);
    expect(data.me.account.users.map((u) => u.email)).toEqual([customer.email]);
  });

  it('changes its own company, with the checks of a request', async () => {
    const before = await snapshot();
    const bad = await customer.client.fails(
      'mutation ($cui: String!) { updateMyAccount(input: { cui: $cui }) { id } }',
      { cui: '14399841' },
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cui' });

    const { rows } = await db.query('select cui from accounts where id = $1', [other.accountId]);
    const stolen = await customer.client.fails(
      'mutation ($cui: String!) { updateMyAccount(input: { cui: $cui }) { id } }',
      { cui: `RO${rows[0].cui}` },
    );
    expect(stolen.extensions?.code).toBe('CONFLICT');
    expect(await snapshot()).toBe(before);

    const changed = await customer.client.ok<{ updateMyAccount: { id: string } }, object>(
      `mutation { updateMyAccount(input: { address: { street: "Str. Nouă 2", city: "Brașov",
        county: "Brașov" } }) { id address { city country } } }`,
    );
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
