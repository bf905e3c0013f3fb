import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp();
});

afterAll(async () => {
  await api?.stop();
});

async function post(body: string, headers: Record<string, string> = {}) {
  return fetch(api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('health', () => {
  it('answers /healthz and /readyz while the database answers', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${api.url}/nowhere`)).status).toBe(404);
  });

  it('reports not ready while the database refuses connections, and ready after', async () => {
    const admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
    await admin.connect();
    const name = new URL(api.databaseUrl).pathname.slice(1);
    try {
      await admin.query(`alter database ${name} allow_connections false`);
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where datname = $1 and pid <> pg_backend_pid()`,
        [name],
      );
      expect((await fetch(`${api.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    } finally {
      await admin.query(`alter database ${name} allow_connections true`);
      await admin.end();
    }
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
  });
});

describe('request limits', () => {
  it('refuses a body over one megabyte with 413 and a GraphQL error', async () => {
    const pad = 'x'.repeat(1_100_000);
    const huge = JSON.stringify({ query: `{ __typename }`, variables: { pad } });
    const response = await post(huge);

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{
        message: 'The body is larger than 1048576 bytes.',
        extensions: { code: 'BAD_USER_INPUT' },
      }],
    });
  });

  it('answers malformed JSON with BAD_USER_INPUT', async () => {
    const response = await post('{"query": ');
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };

    expect(response.status).toBe(400);
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps CSRF prevention on: a simple cross-site form post is refused', async () => {
    const response = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(400);
  });

  it('refuses too many aliases and too many tokens', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    const tooManyAliases = await api.client.fails(`{ ${aliases} }`);
    expect(tooManyAliases.extensions?.code).toBe('BAD_USER_INPUT');

    const tokens = Array.from({ length: 1100 }, () => '__typename').join(' ');
    const tooManyTokens = await api.client.fails(`{ ${tokens} }`);
    expect(tooManyTokens.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses batched requests', async () => {
    const one = { query: '{ __typename }' };
    const response = await post(JSON.stringify([one, one]));
    expect(response.status).toBe(400);
  });
});

describe('control characters in text inputs', () => {
  it('refuses a NUL in a string literal, naming the argument', async () => {
    const staff = await api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    const error = await staff.fails('{ products(search: "bolt\\u0000") { totalCount } }');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it('refuses a NUL in a sign-in email instead of failing in the database', async () => {
    const error = await api.client.fails(
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: `${ADMIN_EMAIL}\u0000`, p: ADMIN_PASSWORD },
    );
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'e' });
  });
});

describe('in production', () => {
  let prod: TestApp;

  beforeAll(async () => {
    prod = await startTestApp({ NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await prod?.stop();
  });

  const INTROSPECTION = graphql(`query QueryTypeName { __schema { queryType { name } } }`);

  it('answers introspection to signed-in staff only', async () => {
    const anonymous = await prod.client.fails(INTROSPECTION);
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');

    const staff = await prod.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    const data = await staff.ok(INTROSPECTION);
    expect(data.__schema.queryType.name).toBe('Query');
  });

  it('does not suggest field names', async () => {
    const error = await prod.client.fails('{ mee { id } }');
    expect(error.message).not.toMatch(/Did you mean/);
  });
});

describe('caching', () => {
  it('marks every GraphQL answer no-store: each is for one caller', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }));

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
