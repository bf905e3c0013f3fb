import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_ACCOUNT, requestInput } from '../support/accounts.js';
import { LogLines } from '../support/log-lines.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let api: TestApp;
const log = new LogLines();

beforeAll(async () => {
  api = await startTestApp({}, log);
});

afterAll(async () => {
  await api?.stop();
});

/**
 * The `http request` lines for a path once there are more than `seen`: the
 * line is written when the response closes, just after the client read it.
 */
async function linesFor(path: string, seen = 0): Promise<Record<string, unknown>[]> {
  let found: Record<string, unknown>[] = [];
  for (let tries = 0; tries < 50 && found.length <= seen; tries += 1) {
    found = log.withMessage('http request').filter((line) => line.path === path);
    if (found.length <= seen) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return found;
}

describe('one log line per plain HTTP request', () => {
  it('logs a body refused with 413, which never reaches Apollo', async () => {
    const pad = 'x'.repeat(1_100_000);
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad } });
    const response = await fetch(api.graphqlUrl, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body,
    });
    expect(response.status).toBe(413);

    expect(await linesFor('/graphql')).toEqual([expect.objectContaining({
      level: 30, method: 'POST', path: '/graphql', status: 413, ms: expect.any(Number),
    })]);
  });

  it('logs an agreement download by its path, never the token of its query string', async () => {
    const { requestAccount } = await api.client.ok(REQUEST_ACCOUNT, { input: requestInput() });
    const token = requestAccount.agreementUploadToken!;

    const response = await fetch(`${api.url}/files/agreement?token=${encodeURIComponent(token)}`);
    await response.arrayBuffer();
    expect(response.status).toBe(200);

    expect(await linesFor('/files/agreement')).toEqual([expect.objectContaining({
      method: 'GET', path: '/files/agreement', status: 200,
    })]);
    expect(log.text()).not.toContain(token);
  });

  it('logs health probes at debug level', async () => {
    await (await fetch(`${api.url}/healthz`)).text();

    expect(await linesFor('/healthz')).toEqual([
      expect.objectContaining({ level: 20, status: 200 }),
    ]);
  });

  it('logs a GraphQL operation once, as a graphql request line', async () => {
    const before = log.lines.length;
    const probes = (await linesFor('/healthz')).length;

    await api.client.ok('query Typename { __typename }');
    // A later request's line: by then a line for the GraphQL POST would have been written.
    await (await fetch(`${api.url}/healthz`)).text();
    await linesFor('/healthz', probes);

    const since = log.lines.slice(before);
    expect(since.filter((line) => line.msg === 'graphql request')).toEqual([
      expect.objectContaining({ operation: 'Typename', status: 200 }),
    ]);
    expect(since.filter((line) => line.msg === 'http request' && line.path === '/graphql'))
      .toEqual([]);
  });
});
