import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const LOGIN = graphql(`mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken refreshToken expiresAt user { id email name role }
  }
}`);
const REFRESH = graphql(`mutation Refresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt }
}`);
const LOGOUT = graphql(`mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}`);
const ME = graphql(`query SignedInMe { me { id email role } }`);

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp();
});

afterAll(async () => {
  await api?.stop();
});

describe('sign-in', () => {
  it('signs the bootstrap administrator in and answers me', async () => {
    const data = await api.client.ok(LOGIN, {
      email: ADMIN_EMAIL.toUpperCase(),
      password: ADMIN_PASSWORD,
    });
    expect(data.login.user.role).toBe('ADMIN');

    const signedIn = api.client.withToken(data.login.accessToken);
    const me = await signedIn.ok(ME);
    expect(me.me.email).toBe(ADMIN_EMAIL);
  });

  it('answers a wrong password and an unknown email in the same words', async () => {
    const wrongPassword = await api.client.fails(LOGIN,
      { email: ADMIN_EMAIL, password: 'nope-nope-nope' });
    const unknownEmail = await api.client.fails(LOGIN,
      { email: 'who@portal.test', password: 'nope' });

    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.message).toBe(wrongPassword.message);
  });

  it('refuses me without a token, with a forged token and with garbage', async () => {
    const good = await api.client.ok(LOGIN, {
      email: ADMIN_EMAIL,
      password: ADMIN_PASSWORD,
    });
    const [header, payload] = good.login.accessToken.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;

    for (const token of [null, forged, 'garbage']) {
      const error = await api.client.withToken(token).fails(ME);
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('refresh tokens', () => {
  it('rotates on every use, and a reused token ends the whole session', async () => {
    const first = await api.client.ok(LOGIN, {
      email: ADMIN_EMAIL,
      password: ADMIN_PASSWORD,
    });
    const second = await api.client.ok(REFRESH, {
      refreshToken: first.login.refreshToken,
    });
    expect(second.refreshSession.refreshToken).not.toBe(first.login.refreshToken);

    const reuse = await api.client.fails(REFRESH, { refreshToken: first.login.refreshToken });
    expect(reuse.extensions?.code).toBe('UNAUTHENTICATED');

    // The thief's replay revoked the family: the newest token and its access token die too.
    const newest = await api.client.fails(REFRESH, {
      refreshToken: second.refreshSession.refreshToken,
    });
    expect(newest.extensions?.code).toBe('UNAUTHENTICATED');
    const me = await api.client.withToken(second.refreshSession.accessToken).fails(ME);
    expect(me.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const login = await api.client.ok(LOGIN, {
      email: ADMIN_EMAIL,
      password: ADMIN_PASSWORD,
    });
    const results = await Promise.all(
      [1, 2].map(() => api.client.request(REFRESH, { refreshToken: login.login.refreshToken })),
    );
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
  });

  it('ends the session on logout', async () => {
    const login = await api.client.ok(LOGIN, {
      email: ADMIN_EMAIL,
      password: ADMIN_PASSWORD,
    });
    await api.client.ok(LOGOUT, { refreshToken: login.login.refreshToken });

    const me = await api.client.withToken(login.login.accessToken).fails(ME);
    expect(me.extensions?.code).toBe('UNAUTHENTICATED');
    const refresh = await api.client.fails(REFRESH, { refreshToken: login.login.refreshToken });
    expect(refresh.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
