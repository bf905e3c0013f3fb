import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/db/embedded-postgres.js';

/**
 * `npm start` as a newcomer runs it: the compiled server with no DATABASE_URL,
 * so it starts and later stops its own embedded PostgreSQL.
 */
const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
let dataDir: string;

interface Running {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  url: string;
}

beforeAll(async () => {
  await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
  dataDir = await mkdtemp(join(tmpdir(), 'portal-process-'));
  // As root, PostgreSQL runs as `postgres`, who must be able to enter the folder.
  await chmod(dataDir, 0o755);
}, 120_000);

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function startServer(): Promise<Running> {
  const port = await findFreePort();
  const child = spawn('node', ['dist/src/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_EMAIL: 'first.admin@portal.test',
      ADMIN_PASSWORD: 'first-admin-password',
    },
  });
  const lines: Record<string, unknown>[] = [];
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const complete = buffer.split('\n');
    buffer = complete.pop()!;
    for (const line of complete) lines.push(JSON.parse(line) as Record<string, unknown>);
  });

  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (lines.some((l) => String(l.msg).startsWith('listening on'))) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`the server exited with ${code}`));
    });
  });
  return { child, lines, url: `http://127.0.0.1:${port}` };
}

async function stopServer(server: Running): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  return exited;
}

async function login(url: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(email: "first.admin@portal.test", '
        + 'password: "first-admin-password") { user { role } } }',
    }),
  });
  return response.json();
}

describe('the server process', () => {
  it('stops at start with one line naming a bad setting', async () => {
    const outcome = await run('node', ['dist/src/main.js'], {
      cwd: root,
      env: { ...process.env, PORT: 'eighty' },
    }).catch((error: { code: number; stderr: string }) => error);

    expect('code' in outcome && outcome.code).toBe(1);
    expect(outcome.stderr.trim().split('\n')).toEqual([
      'Cannot start: PORT must be a whole number from 0 to 65535',
    ]);
  });

  it('starts an embedded PostgreSQL, serves, and stops cleanly on SIGTERM', async () => {
    const server = await startServer();

    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(await login(server.url)).toEqual({ data: { login: { user: { role: 'ADMIN' } } } });
    expect(server.lines.filter((l) => String(l.msg).startsWith('listening on'))).toHaveLength(1);

    expect(await stopServer(server)).toBe(0);
    expect(server.lines.at(-1)?.msg).toBe('stopped');
    expect(existsSync(join(dataDir, 'postgres', 'cluster', 'postmaster.pid'))).toBe(false);
  }, 60_000);

  it('reuses the same data on the next start', async () => {
    const server = await startServer();

    expect(await login(server.url)).toEqual({ data: { login: { user: { role: 'ADMIN' } } } });
    expect(server.lines.some((l) => String(l.msg).includes('creating the embedded'))).toBe(false);

    expect(await stopServer(server)).toBe(0);
  }, 60_000);

  it('logs one JSON line per request with the code the client got, and no password', async () => {
    const server = await startServer();
    const password = 'not-the-password-42';

    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation WrongLogin($e: String!, $p: String!) '
          + '{ login(email: $e, password: $p) { accessToken } }',
        variables: { e: 'first.admin@portal.test', p: password },
      }),
    });
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] })
      .errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(await stopServer(server)).toBe(0);

    const requests = server.lines.filter((l) => l.msg === 'graphql request');
    expect(requests).toEqual([expect.objectContaining({
      operation: 'WrongLogin', userId: null, status: 200, errors: ['UNAUTHENTICATED'],
    })]);
    expect(server.lines.map((l) => JSON.stringify(l)).join('\n')).not.toContain(password);
  }, 60_000);
});
