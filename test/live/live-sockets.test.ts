import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ACCESS_TOKEN_TTL_SECONDS } from '../../src/auth/access-tokens.js';
import { graphql } from '../generated/index.js';
import { eventually } from '../support/eventually.js';
import { LiveClient } from '../support/live-client.js';
import { LogLines } from '../support/log-lines.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const LOGIN = graphql(`mutation SocketsLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken }
}`);
const LOGOUT = graphql(`mutation SocketsLogout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}`);

let api: TestApp;
const clients: LiveClient[] = [];
const log = new LogLines();

beforeAll(async () => {
  api = await startTestApp({}, log);
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(async () => {
  await api?.stop();
});

async function login(): Promise<{ accessToken: string; refreshToken: string }> {
  const data = await api.client.ok(LOGIN, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  return data.login;
}

function open(token: string | null): LiveClient {
  const client = new LiveClient(api.wsUrl, token);
  clients.push(client);
  return client;
}

/** A token for the same session that expires `seconds` from now. */
async function tokenExpiringIn(accessToken: string, seconds: number): Promise<string> {
  const { tokens } = api.app.services.auth;
  const claims = await tokens.verify(accessToken);
  const issuedAt = new Date(Date.now() - (ACCESS_TOKEN_TTL_SECONDS - seconds) * 1000);
  return (await tokens.sign(claims!, issuedAt)).token;
}

describe('who may open a socket', () => {
  it.each([
    ['no token', null],
    ['a garbage token', 'garbage'],
  ])('refuses a socket with %s with 4403', async (_name, token) => {
    const client = open(token);

    expect(await client.closed()).toEqual({ code: 4403, reason: 'Forbidden' });
  });

  it('refuses a token whose session was ended by logout', async () => {
    const tokens = await login();
    await api.client.ok(LOGOUT, { refreshToken: tokens.refreshToken });

    const client = open(tokens.accessToken);

    expect((await client.closed()).code).toBe(4403);
  });

  it('accepts a signed-in user', async () => {
    const { accessToken } = await login();

    const client = await LiveClient.connect(api.wsUrl, accessToken);

    expect(client.closes).toEqual([]);
    clients.push(client);
  });
});

describe('when the access token expires', () => {
  it('closes the socket with 4403 "Access token expired"', async () => {
    const { accessToken } = await login();
    const shortLived = await tokenExpiringIn(accessToken, 2);
    const client = await LiveClient.connect(api.wsUrl, shortLived);
    clients.push(client);

    expect(await client.closed(1, 6_000)).toEqual({ code: 4403, reason: 'Access token expired' });
  });

  it('lets a graphql-ws client reconnect with a fresh token on its own', async () => {
    const { accessToken } = await login();
    let current = await tokenExpiringIn(accessToken, 2);
    const client = await LiveClient.connect(api.wsUrl, () => current, { retry: true });
    clients.push(client);
    current = accessToken;

    await client.closed(1, 6_000);
    expect(await client.connected(2)).toBe(2);
  });
});

describe('the log', () => {
  it('has a line when a subscription starts and one when it ends, without the token', async () => {
    const { accessToken } = await login();
    const client = await LiveClient.connect(api.wsUrl, accessToken);
    clients.push(client);
    const { userId } = (await api.app.services.auth.tokens.verify(accessToken))!;
    const mine = (msg: string) => log.withMessage(msg).find((line) => line.operation === 'Watch');

    const run = client.subscribe('subscription Watch { quoteStatusChanged { id } }');
    const started = await eventually(() => mine('subscription started'), 'a start line');
    run.unsubscribe();
    const ended = await eventually(() => mine('subscription ended'), 'an end line');

    expect(started).toMatchObject({ level: 30, field: 'quoteStatusChanged', userId });
    expect(ended).toMatchObject({
      level: 30, field: 'quoteStatusChanged', userId, subscriptionId: started.subscriptionId,
      ms: expect.any(Number),
    });
    expect(log.text()).not.toContain(accessToken);
  });

  it('has a line for an operation refused on the socket, with its code', async () => {
    const { accessToken } = await login();
    const client = await LiveClient.connect(api.wsUrl, accessToken);
    clients.push(client);

    await client.subscribe('query Sneaky { me { id } }').failure();

    const refused = await eventually(
      () => log.withMessage('subscription refused').find((line) => line.operation === 'Sneaky'),
      'a refusal line',
    );
    expect(refused).toMatchObject({ errors: ['BAD_USER_INPUT'] });
  });
});

describe('message size', () => {
  it('closes a socket with 1009 on a message over 64 KiB, before connection_init', async () => {
    const socket = new WebSocket(api.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));

    socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(70_000) } }));

    expect(await closed).toBe(1009);
  });

  it('closes a signed-in socket with 1009 on an oversized subscribe message', async () => {
    const { accessToken } = await login();
    const client = await LiveClient.connect(api.wsUrl, accessToken);
    clients.push(client);

    const padding = `# ${'x'.repeat(70_000)}\n`;
    client.subscribe(`${padding}subscription { quoteStatusChanged { id } }`);

    expect((await client.closed()).code).toBe(1009);
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

  async function prodSocket(): Promise<LiveClient> {
    const staff = await prod.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    const client = await LiveClient.connect(prod.wsUrl, staff.accessToken);
    clients.push(client);
    return client;
  }

  it('answers no introspection over the socket', async () => {
    const client = await prodSocket();

    const run = client.subscribe<object>('{ __schema { queryType { name } } }');
    const error = await run.failure();

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(run.messages).toEqual([]);
  });

  it('does not suggest field names on the socket', async () => {
    const client = await prodSocket();

    const error = await client.subscribe('subscription { quoteStatusChanged { idd } }').failure();

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/Cannot query field "idd"/);
    expect(error.message).not.toMatch(/Did you mean/);
  });
});

describe('subscriptions over HTTP', () => {
  it('answers BAD_USER_INPUT telling the client to use the WebSocket', async () => {
    const { accessToken } = await login();

    const client = api.client.withToken(accessToken);
    const error = await client.fails(graphql(`subscription OverHttp {
      quoteStatusChanged { id } }`));

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/WebSocket/);
  });
});

describe('errors on the socket', () => {
  it.each([
    ['an unknown field', 'subscription { quoteStatusChanged { nope } }'],
    ['a syntax error', 'subscription { quoteStatusChanged { id '],
  ])('answers BAD_USER_INPUT for %s and keeps the socket open', async (_name, query) => {
    const { accessToken } = await login();
    const client = await LiveClient.connect(api.wsUrl, accessToken);
    clients.push(client);

    const error = await client.subscribe(query).failure();

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(client.closes).toEqual([]);
  });
});

describe('control characters on the socket', () => {
  it('refuses a NUL in a subscription argument with BAD_USER_INPUT naming it', async () => {
    const { accessToken } = await login();
    const client = await LiveClient.connect(api.wsUrl, accessToken);
    clients.push(client);

    const run = client.subscribe('subscription ($q: ID!) { feedbackAdded(quoteId: $q) { id } }',
      { q: 'quote\u0000' });

    expect((await run.failure()).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'q' });
  });
});

describe('queries and mutations on the socket', () => {
  it.each([
    ['a query', '{ me { id email } }'],
    ['a mutation', 'mutation { updateMyProfile(input: { name: "Changed" }) { name } }'],
  ])('refuses %s with BAD_USER_INPUT pointing to POST /graphql', async (_name, query) => {
    const { accessToken } = await login();
    const client = await LiveClient.connect(api.wsUrl, accessToken);
    clients.push(client);

    const run = client.subscribe<object>(query);
    const error = await run.failure();

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/POST \/graphql/);
    expect(run.messages).toEqual([]);
    expect(client.closes).toEqual([]);
  });

  it('leaves the record unchanged when a mutation was refused', async () => {
    const { accessToken } = await login();
    const client = await LiveClient.connect(api.wsUrl, accessToken);
    clients.push(client);

    const renamed = 'Renamed Over Socket';
    await client.subscribe(`mutation { updateMyProfile(input: { name: "${renamed}" }) { name } }`)
      .ended();

    const me = await api.client.withToken(accessToken).ok<{ me: { name: string } }, object>(
      '{ me { name } }',
    );
    expect(me.me.name).not.toBe(renamed);
  });
});
