import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import {
  ACTIVATE_ACCOUNT, ACTIVATE_USER, createPriceList, mailTo, onboardingInput, REQUEST_ACCOUNT,
  requestInput, tokenIn, uniqueEmail,
} from '../support/accounts.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const ACCOUNTS = graphql(`query Accounts($status: AccountStatus, $first: Int, $after: String) {
  accounts(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id companyName cui status legalRepresentative
      users { id email name phone status } } }
  }
}`);
const ME = graphql(`query Me {
  me { id email name phone role locale
    account { id companyName cui status
      address { street city county postalCode country }
      paymentTermDays paymentMethod deliveryMethod
      creditLimit { amount currency }
      deliveryAddresses { id label street city county postalCode country }
      priceList { id name currency }
    }
  }
}`);
const UPDATE_PROFILE = graphql(`mutation UpdateMyProfile($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) { id name phone email locale }
}`);
const UPDATE_ACCOUNT = graphql(`mutation UpdateMyAccount($input: UpdateAccountInput!) {
  updateMyAccount(input: $input) {
    id companyName cui address { street city county postalCode country }
  }
}`);
const REQUEST_RESET = graphql(`mutation OnboardingRequestReset($email: String!) {
  requestPasswordReset(email: $email)
}`);
const RESET = graphql(`mutation OnboardingReset($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}`);

let api: TestApp;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApp({ SMTP_URL: sink.url, APP_URL: 'https://portal.firma.test' });
});

afterAll(async () => {
  await api?.stop();
  await sink?.stop();
});

describe('a new client, from request to signed-in', () => {
  it('requests, is activated, sets a password, signs in, changes data, resets it', async () => {
    // The company asks for an account, without signing in.
    const ana = uniqueEmail('ana');
    const input = requestInput({
      companyName: 'Frigotehnica Sud SRL',
      contacts: [
        { name: 'Ana Pop', email: ana.toUpperCase(), phone: '+40 722-123-456', locale: 'en' },
      ],
    });
    const { requestAccount } = await api.client.ok(REQUEST_ACCOUNT, { input });
    expect(requestAccount.status).toBe('PENDING');
    expect(requestAccount.cui).toBe(String(input.cui).replace(/^RO/, ''));

    // Staff hear of it, in Romanian (the bootstrap admin's locale), with a link to the record.
    const staffMail = await sink.waitFor((m) => m.to.includes(ADMIN_EMAIL)
      && m.subject.includes('Frigotehnica Sud SRL'));
    expect(staffMail.subject).toContain('Cerere nouă de cont');
    const recordLink = `https://portal.firma.test/staff/accounts/${requestAccount.id}`;
    expect(staffMail.text).toContain(recordLink);
    expect(staffMail.html).toContain('Frigotehnica Sud SRL');

    // The contact gets the agreement link, in English as asked.
    const confirmation = await mailTo(sink, ana, '/account-request/agreement');
    expect(confirmation.subject).toContain('We received the account request of Frigotehnica');
    const agreementToken = tokenIn(confirmation, '/account-request/agreement');
    expect(agreementToken).toBe(requestAccount.agreementUploadToken);

    // Staff find it among the pending accounts, with its contact as an invited user.
    const staff = await api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    const filter = { status: 'PENDING', first: 10 } as const;
    const pending = await staff.ok(ACCOUNTS, filter);
    const listed = pending.accounts.edges.find((e) => e.node.id === requestAccount.id)!.node;
    expect(listed.legalRepresentative).toBe('Ioana Mureșan');
    expect(listed.users).toEqual([
      expect.objectContaining({ email: ana, phone: '+40722123456', status: 'INVITED' }),
    ]);

    // Staff activate it with the contract's terms.
    const priceListId = await createPriceList(api, 'EUR');
    const activated = await staff.ok(ACTIVATE_ACCOUNT, {
      id: requestAccount.id,
      input: onboardingInput(priceListId, { iban: 'ro49 aaaa 1b31 0075 9384 0000' }),
    });
    expect(activated.activateAccount).toMatchObject({
      status: 'ACTIVE',
      paymentTermDays: 30,
      creditLimit: { amount: '50000.00', currency: 'EUR' },
      priceList: { id: priceListId },
      users: [{ email: ana, status: 'INVITED' }],
    });

    // The activation mail carries a working link; the password is set with it.
    const invitation = await mailTo(sink, ana, '/activate');
    expect(invitation.subject).toBe('Frigotehnica Sud SRL: set your password for the B2B portal');
    expect(invitation.html).toContain('https://portal.firma.test/activate?token=');
    const token = tokenIn(invitation, '/activate');
    const session = await api.client.ok(ACTIVATE_USER, {
      token,
      password: 'first-password-1',
    });
    expect(session.activateUser.user.email).toBe(ana);

    // The customer signs in and sees its terms.
    const customer = await api.signIn(ana, 'first-password-1');
    const me = await customer.ok(ME);
    expect(me.me).toMatchObject({ email: ana, role: 'CUSTOMER', locale: 'en' });
    expect(me.me.account).toMatchObject({
      id: requestAccount.id,
      status: 'ACTIVE',
      paymentMethod: 'BANK_TRANSFER',
      deliveryMethod: 'COURIER',
      address: { city: 'Cluj-Napoca', country: 'RO', postalCode: '400001' },
      deliveryAddresses: [expect.objectContaining({ label: 'Depozit', country: 'RO' })],
      priceList: { id: priceListId, currency: 'EUR' },
    });

    // It changes its profile and its company's data.
    const newEmail = uniqueEmail('ana.noua');
    const profile = await customer.ok(UPDATE_PROFILE,
      { input: { name: 'Ana Popescu', phone: '0733 000 111', email: newEmail,
        currentPassword: 'first-password-1' } },
    );
    expect(profile.updateMyProfile).toMatchObject({ email: newEmail, phone: '+40733000111' });
    const notice = await sink.waitFor((m) => m.to.includes(ana)
      && m.subject.includes('email was changed'));
    expect(notice.text).toContain(newEmail);

    const account = await customer.ok(UPDATE_ACCOUNT,
      { input: { companyName: 'Frigotehnica Sud SA' } },
    );
    expect(account.updateMyAccount.companyName).toBe('Frigotehnica Sud SA');

    // It forgets the password and resets it through the mailed link.
    const asked = await api.client.ok(REQUEST_RESET, { email: newEmail });
    expect(asked).toEqual({ requestPasswordReset: true });
    const resetMail = await mailTo(sink, newEmail, '/reset-password');
    expect(resetMail.subject).toBe('Reset your B2B portal password');
    expect(resetMail.text).toContain('Frigotehnica Sud SA');
    const resetToken = tokenIn(resetMail, '/reset-password');
    await api.client.ok(RESET, { token: resetToken, newPassword: 'second-password-2' });

    // The old session is over; the new password works, the old one does not.
    expect((await customer.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    const again = await api.signIn(newEmail, 'second-password-2');
    expect((await again.ok(ME)).me.name).toBe('Ana Popescu');
    const old = await api.client.fails(LOGIN, { email: newEmail, password: 'first-password-1' });
    expect(old.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('staff listing', () => {
  it('pages through accounts by keyset and counts them', async () => {
    for (let i = 0; i < 3; i += 1) {
      await api.client.ok(REQUEST_ACCOUNT, { input: requestInput({ companyName: `Pagina ${i}` }) });
    }
    const staff: GraphQLClient = await api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

    const first = await staff.ok(ACCOUNTS, { status: 'PENDING', first: 2 });
    expect(first.accounts.pageInfo.hasNextPage).toBe(true);
    const rest = await staff.ok(ACCOUNTS, {
      status: 'PENDING', first: 100, after: first.accounts.pageInfo.endCursor,
    });

    const ids = [...first.accounts.edges, ...rest.accounts.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(first.accounts.totalCount);
    expect(rest.accounts.pageInfo.hasNextPage).toBe(false);

    const SEARCH = graphql(`query SearchAccounts($search: String) {
      accounts(search: $search, first: 100) { totalCount edges { node { companyName cui } } }
    }`);
    const byName = await staff.ok(SEARCH, { search: 'pagina 1' });
    expect(byName.accounts.totalCount).toBe(1);
    const cui = byName.accounts.edges[0]!.node.cui;
    const byCui = await staff.ok(SEARCH, { search: `RO${cui.slice(0, 6)}` });
    expect(byCui.accounts.edges.map((e) => e.node.cui)).toContain(cui);

    const tooMany = await staff.fails(ACCOUNTS, { first: 101 });
    expect(tooMany.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const LOGIN = graphql(`mutation OnboardingLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken }
}`);
