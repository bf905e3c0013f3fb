import type { DocumentNode } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import {
  ACTIVATE_ACCOUNT, ACTIVATE_USER, createPriceList, mailTo, onboardCustomer, onboardingInput,
  REQUEST_ACCOUNT, requestInput, tokenIn, uniqueEmail,
} from '../support/accounts.js';
import { sendFrom as sendFromAddress } from '../support/from-address.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const REQUEST_RESET = graphql(`mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}`);
const RESET = graphql(`mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}`);
const LOGIN = graphql(`mutation PasswordLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken }
}`);
const REFRESH = graphql(`mutation PasswordRefresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken }
}`);
const ME = graphql(`query PasswordMe { me { id email } }`);
const UPDATE_PROFILE = graphql(`mutation UpdateProfileWithPassword($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) { email name locale }
}`);

let api: TestApp;
let sink: SmtpSink;
let db: pg.Client;

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApp({ SMTP_URL: sink.url });
  db = new pg.Client({ connectionString: api.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await api?.stop();
  await sink?.stop();
});

/** A pending request activated by staff; answers the invited contact's email. */
async function invitedContact(): Promise<string> {
  const input = requestInput();
  const { requestAccount } = await api.client.ok(REQUEST_ACCOUNT, { input });
  const staff = await api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  await staff.ok(ACTIVATE_ACCOUNT, {
    id: requestAccount.id,
    input: onboardingInput(await createPriceList(api)),
  });
  return input.contacts[0]!.email;
}

describe('activateUser', () => {
  it('works once: a reused token is refused and the password stays the first one', async () => {
    const email = await invitedContact();
    const token = tokenIn(await mailTo(sink, email, '/activate'), '/activate');

    await api.client.ok(ACTIVATE_USER, { token, password: 'first-password-1' });
    const reused = await api.client.fails(ACTIVATE_USER, { token, password: 'other-password-2' });

    expect(reused.extensions?.code).toBe('UNAUTHENTICATED');
    await api.signIn(email, 'first-password-1');
  });

  it('refuses an expired token', async () => {
    const email = await invitedContact();
    const token = tokenIn(await mailTo(sink, email, '/activate'), '/activate');
    await db.query(
      `update one_time_tokens set expires_at = now() - interval '1 second'
       where user_id = (select id from users where email = $1)`,
      [email],
    );

    const expired = await api.client.fails(ACTIVATE_USER, { token, password: 'first-password-1' });
    expect(expired.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a short password without spending the token', async () => {
    const email = await invitedContact();
    const token = tokenIn(await mailTo(sink, email, '/activate'), '/activate');

    const short = await api.client.fails(ACTIVATE_USER, { token, password: 'short' });
    expect(short.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    await api.client.ok(ACTIVATE_USER, { token, password: 'long-enough-password' });
  });

  it('refuses a token that was never issued', async () => {
    const variables = { token: 'nope', password: 'password-123' };
    const garbage = await api.client.fails(ACTIVATE_USER, variables);
    expect(garbage.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('password reset', () => {
  it('answers true for an unknown email and sends nothing', async () => {
    const email = uniqueEmail('nimeni');
    expect(await api.client.ok(REQUEST_RESET, { email })).toEqual({ requestPasswordReset: true });

    const { rows } = await db.query(
      'select count(*) as n from mail_outbox where to_address = $1',
      [email],
    );
    expect(Number(rows[0].n)).toBe(0);
  });

  it('sends nothing to a user who never set a password', async () => {
    const email = await invitedContact();
    await api.client.ok(REQUEST_RESET, { email });

    const { rows } = await db.query(
      `select count(*) as n from mail_outbox
       where to_address = $1 and kind = 'user.password-reset'`,
      [email],
    );
    expect(Number(rows[0].n)).toBe(0);
  });

  it('resets once, within 24 hours, and ends every other session', async () => {
    const customer = await onboardCustomer(api, sink);
    const other = await api.client.ok(LOGIN, {
      email: customer.email, password: customer.password,
    });

    await api.client.ok(REQUEST_RESET, { email: customer.email });
    const mail = await mailTo(sink, customer.email, '/reset-password');
    const token = tokenIn(mail, '/reset-password');
    expect(mail.subject).toBe('Resetarea parolei pentru portalul B2B');

    await api.client.ok(RESET, { token, newPassword: 'brand-new-password' });
    expect((await customer.client.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    const refresh = await api.client.fails(REFRESH, { refreshToken: other.login.refreshToken });
    expect(refresh.extensions?.code).toBe('UNAUTHENTICATED');

    const reused = await api.client.fails(RESET, { token, newPassword: 'another-password-1' });
    expect(reused.extensions?.code).toBe('UNAUTHENTICATED');
    await api.signIn(customer.email, 'brand-new-password');
  });

  it('refuses an expired reset token', async () => {
    const customer = await onboardCustomer(api, sink);
    await api.client.ok(REQUEST_RESET, { email: customer.email });
    const token = tokenIn(await mailTo(sink, customer.email, '/reset-password'), '/reset-password');
    await db.query(
      `update one_time_tokens set expires_at = now() - interval '1 second'
       where purpose = 'RESET_PASSWORD'
         and user_id = (select id from users where email = $1)`,
      [customer.email],
    );

    const expired = await api.client.fails(RESET, { token, newPassword: 'brand-new-password' });
    expect(expired.extensions?.code).toBe('UNAUTHENTICATED');
    await api.signIn(customer.email, customer.password);
  });

  it('is rate limited per email, with retryAfterSeconds', async () => {
    const email = uniqueEmail('grabit');
    for (let i = 0; i < 5; i += 1) await api.client.ok(REQUEST_RESET, { email });

    const limited = await api.client.fails(REQUEST_RESET, { email });

    expect(limited.extensions?.code).toBe('RATE_LIMITED');
    expect(limited.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.extensions?.retryAfterSeconds).toBeLessThanOrEqual(3600);
  });
});

describe('sign-in rate limit', () => {
  it('stops password guessing for one email, while a good sign-in clears the count', async () => {
    const customer = await onboardCustomer(api, sink);
    for (let i = 0; i < 9; i += 1) {
      await api.client.fails(LOGIN, { email: customer.email, password: `guess-${i}` });
    }
    await api.signIn(customer.email, customer.password);

    for (let i = 0; i < 10; i += 1) {
      await api.client.fails(LOGIN, { email: customer.email, password: `guess-${i}` });
    }
    const credentials = { email: customer.email, password: customer.password };
    const limited = await api.client.fails(LOGIN, credentials);
    expect(limited.extensions?.code).toBe('RATE_LIMITED');
    expect(limited.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

/** The same operation from another client's address. */
function sendFrom(localAddress: string, query: DocumentNode, variables: object) {
  return sendFromAddress(api.graphqlUrl, localAddress, query, variables);
}

function loginFrom(localAddress: string, email: string, password: string) {
  return sendFrom(localAddress, LOGIN, { email, password });
}

describe('sign-in rate limits across addresses', () => {
  it('stop one password tried on many emails from one address, not other clients', async () => {
    const customer = await onboardCustomer(api, sink);
    const codes = [];
    for (let i = 0; i < 100; i += 1) {
      codes.push(await loginFrom('127.0.0.7', uniqueEmail(`spray${i}`), 'Parola2026!'));
    }
    expect(new Set(codes)).toEqual(new Set(['UNAUTHENTICATED']));

    expect(await loginFrom('127.0.0.7', customer.email, customer.password)).toBe('RATE_LIMITED');
    expect(await loginFrom('127.0.0.8', customer.email, customer.password)).toBe('OK');
  });

  it('count successes from one address as no failure', async () => {
    const customer = await onboardCustomer(api, sink);
    for (let i = 0; i < 101; i += 1) {
      expect(await loginFrom('127.0.0.9', customer.email, customer.password)).toBe('OK');
    }
  });

  it('stop guesses at one email from many addresses, the right password too', async () => {
    const customer = await onboardCustomer(api, sink);
    for (let i = 0; i < 30; i += 1) {
      expect(await loginFrom(`127.0.1.${i + 1}`, customer.email, `guess-${i}`))
        .toBe('UNAUTHENTICATED');
    }

    expect(await loginFrom('127.0.2.1', customer.email, customer.password)).toBe('RATE_LIMITED');
    expect(await loginFrom('127.0.2.2', customer.email, 'another-guess')).toBe('RATE_LIMITED');
  });
});

describe('rate limits per client address', () => {
  it('stop password reset requests for many emails from one address', async () => {
    for (let i = 0; i < 20; i += 1) {
      expect(await sendFrom('127.0.3.1', REQUEST_RESET, { email: uniqueEmail(`r${i}`) }))
        .toBe('OK');
    }

    expect(await sendFrom('127.0.3.1', REQUEST_RESET, { email: uniqueEmail('r21') }))
      .toBe('RATE_LIMITED');
    expect(await sendFrom('127.0.3.2', REQUEST_RESET, { email: uniqueEmail('r22') })).toBe('OK');
  });

  it('stop account requests past 50 an hour from one address', async () => {
    for (let i = 0; i < 50; i += 1) {
      expect(await sendFrom('127.0.4.1', REQUEST_ACCOUNT, { input: requestInput() })).toBe('OK');
    }

    expect(await sendFrom('127.0.4.1', REQUEST_ACCOUNT, { input: requestInput() }))
      .toBe('RATE_LIMITED');
    expect(await sendFrom('127.0.4.2', REQUEST_ACCOUNT, { input: requestInput() })).toBe('OK');
  });
});

describe('updateMyProfile', () => {
  it('needs the right current password to change the email, and a free email', async () => {
    const customer = await onboardCustomer(api, sink);
    const taken = await onboardCustomer(api, sink);
    const newEmail = uniqueEmail('schimbat');

    const without = await customer.client.fails(UPDATE_PROFILE, { input: { email: newEmail } });
    const refusal = { code: 'BAD_USER_INPUT', field: 'input.currentPassword' };
    expect(without.extensions).toMatchObject(refusal);
    const wrong = await customer.client.fails(UPDATE_PROFILE, {
      input: { email: newEmail, currentPassword: 'wrong-password' },
    });
    expect(wrong.extensions).toMatchObject(refusal);
    const conflict = await customer.client.fails(UPDATE_PROFILE, {
      input: { email: taken.email, currentPassword: customer.password },
    });
    expect(conflict.extensions?.code).toBe('CONFLICT');

    const bad = await customer.client.fails(UPDATE_PROFILE, { input: { locale: 'fr' } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.locale' });
    const input = { name: 'Nume Nou', locale: 'en' };
    const ok = await customer.client.ok(UPDATE_PROFILE, { input });
    expect(ok).toEqual({ updateMyProfile: { email: customer.email, ...input } });
  });

  it('records the activation and the profile change in the account\'s history', async () => {
    const customer = await onboardCustomer(api, sink);
    await customer.client.ok(UPDATE_PROFILE, { input: { phone: '0755 111 222', locale: 'en' } });

    const { rows } = await db.query(
      `select field, old_value, new_value, actor_label from account_changes
       where account_id = $1 and field like 'user.%' order by field`,
      [customer.accountId],
    );
    const by = customer.email;
    expect(rows).toEqual([
      { field: 'user.locale', old_value: 'ro', new_value: 'en', actor_label: by },
      {
        field: 'user.phone', old_value: '+40722123456', new_value: '+40755111222',
        actor_label: by,
      },
      { field: 'user.status', old_value: 'INVITED', new_value: 'ACTIVE', actor_label: by },
    ]);
  });
});
