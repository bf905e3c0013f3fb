import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPortalClient,
  LoginDocument,
  LogoutDocument,
  PortalError,
  RefreshSessionDocument,
} from '../../sdk/index.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const ROOT = resolve(import.meta.dirname, '../..');
const OPERATIONS = join(ROOT, 'sdk/operations');

/**
 * The shared contract beside the repository (`../shared`), or beside the
 * folder of git worktrees (`../../shared`); absent in a clone on its own.
 */
const CONTRACT = [
  process.env.CONTRACT_OPERATIONS,
  join(ROOT, '../shared/contract/operations'),
  join(ROOT, '../../shared/contract/operations'),
].find((dir): dir is string => dir !== undefined && existsSync(dir));
if (CONTRACT === undefined) {
  console.warn('SKIPPED the contract-copy check: no shared/contract/operations beside the repo.');
}

async function filesOf(dir: string, suffix: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(suffix)).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
  return new Map(names.map((name, i) => [name, texts[i]!]));
}

describe.skipIf(CONTRACT === undefined)('sdk/operations', () => {
  it('is an exact copy of the shared contract\'s operations', async () => {
    const copy = await filesOf(OPERATIONS, '.graphql');
    const contract = await filesOf(CONTRACT!, '.graphql');

    // When this fails: copy ../shared/contract/operations/*.graphql into sdk/operations/,
    // then npm run codegen.
    expect(copy).toEqual(contract);
  });
});

describe('sdk/generated and test/generated', () => {
  it('are what `npm run codegen` writes from the schema and the operations now', async () => {
    const out = await mkdtemp(join(tmpdir(), 'portal-codegen-'));
    try {
      await promisify(execFile)(
        process.execPath,
        [join(ROOT, 'node_modules/.bin/graphql-codegen'), '--config', 'codegen.ts'],
        {
          cwd: ROOT,
          env: { ...process.env, SDK_OUT_DIR: `${out}/sdk/`, TESTS_OUT_DIR: `${out}/test/` },
        },
      );

      // When this fails: npm run codegen, and commit sdk/generated and test/generated.
      expect(await filesOf(join(ROOT, 'sdk/generated'), '.ts'))
        .toEqual(await filesOf(join(out, 'sdk'), '.ts'));
      expect(await filesOf(join(ROOT, 'test/generated'), '.ts'))
        .toEqual(await filesOf(join(out, 'test'), '.ts'));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe('the SDK client against the API', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('runs typed mutations and answers their data', async () => {
    const client = createPortalClient({ url: api.graphqlUrl });

    const { login } = await client.request(LoginDocument, {
      email: ADMIN_EMAIL,
      password: ADMIN_PASSWORD,
    });
    expect(login.user.role).toBe('ADMIN');

    const { refreshSession } = await client.request(
      RefreshSessionDocument,
      { refreshToken: login.refreshToken },
      () => login.accessToken,
    );
    const { logout } = await client.request(LogoutDocument, {
      refreshToken: refreshSession.refreshToken,
    });
    expect(logout).toBe(true);
  });

  it('throws a PortalError carrying the contract\'s error code', async () => {
    const client = createPortalClient({ url: api.graphqlUrl });

    const failure = await client
      .request(LoginDocument, { email: ADMIN_EMAIL, password: 'not-the-password' })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(PortalError);
    expect((failure as PortalError).code).toBe('UNAUTHENTICATED');
  });

  it('subscribes over graphql-ws with the token, and reports a refused socket', async () => {
    const client = createPortalClient({ url: api.graphqlUrl, webSocketImpl: WebSocket });
    const { login } = await client.request(LoginDocument, {
      email: ADMIN_EMAIL,
      password: ADMIN_PASSWORD,
    });
    // Invalid on any schema (an introspection root field), so the server answers at once.
    const invalid = parse('subscription { __typename }') as TypedDocumentNode<unknown, object>;

    const anonymous = await drain(client.subscribe(invalid, {}, null));
    expect(anonymous).toBeInstanceOf(PortalError);
    expect((anonymous as PortalError).code).toBe('UNAUTHENTICATED');

    const signedIn = await drain(client.subscribe(invalid, {}, login.accessToken));
    expect(signedIn).toBeInstanceOf(PortalError);
    expect((signedIn as PortalError).message).toMatch(/subscription/i);
  });
});

/** Iterates to the end; answers what was thrown, if anything. */
async function drain(events: AsyncIterable<unknown>): Promise<unknown> {
  try {
    for await (const event of events) void event;
    return null;
  } catch (error) {
    return error;
  }
}
