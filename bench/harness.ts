import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { createLogger } from '../src/logging/logger.js';
import type { ServerMessage, ServerRequest } from './bench-server.js';

/*
 * What every benchmark stands on: a scratch database and one API instance in
 * a child process of its own (so its memory is not mixed with the clients'),
 * all on loopback. Every wait is bounded.
 */

export const WAIT_MS = 60_000;

/** The administrator the bench server creates at start. */
export const BENCH_ADMIN = { email: 'bench-admin@portal.test', password: 'bench-admin-password' };

export interface BenchServer {
  url: string;
  memory(): Promise<Extract<ServerMessage, { type: 'memory' }>>;
  feeds(): Promise<number>;
  /** Fills the database with the demo of `npm run seed`, through the API. */
  seedDemo(): Promise<void>;
  stop(): Promise<void>;
}

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database: on DATABASE_URL's server if set, else on an embedded PostgreSQL. */
export async function scratchDatabase(): Promise<ScratchDatabase> {
  const name = `portal_bench_${randomBytes(4).toString('hex')}`;
  let embedded: EmbeddedDatabase | null = null;
  let dir: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (adminUrl === undefined) {
    dir = await mkdtemp(join(tmpdir(), 'portal-bench-pg-'));
    embedded = await startEmbeddedPostgres(dir, createLogger({ env: 'test', level: 'silent' }));
    adminUrl = embedded.adminUrl;
  }

  await withClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withClient(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
      await embedded?.stop();
      if (dir !== null) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Starts the API on `databaseUrl` in production mode, in its own process. */
export async function startServer(databaseUrl: string): Promise<BenchServer> {
  const script = fileURLToPath(new URL('./bench-server.js', import.meta.url));
  const child = fork(script, [], {
    execArgv: ['--expose-gc'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      DATA_DIR: await mkdtemp(join(tmpdir(), 'portal-bench-data-')),
    },
  });
  const ready = await nextMessage(child, 'ready', WAIT_MS);

  return {
    url: ready.url.replace('localhost', '127.0.0.1'),
    memory: () => ask(child, { type: 'memory' }, 'memory'),
    feeds: async () => (await ask(child, { type: 'feeds' }, 'feeds')).count,
    seedDemo: async () => {
      await ask(child, { type: 'seed' }, 'seeded', 10 * WAIT_MS);
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      await ask(child, { type: 'stop' }, 'stopped').catch(() => child.kill());
    },
  };
}

function ask<T extends ServerMessage['type']>(
  child: ChildProcess,
  request: ServerRequest,
  answer: T,
  timeoutMs = WAIT_MS,
): Promise<Extract<ServerMessage, { type: T }>> {
  const reply = nextMessage(child, answer, timeoutMs);
  child.send(request);
  return reply;
}

function nextMessage<T extends ServerMessage['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<ServerMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`the server did not answer ${type}`)),
      timeoutMs);
    const onMessage = (message: ServerMessage) => {
      if (message.type === type) finish(null, message as Extract<ServerMessage, { type: T }>);
    };
    const onExit = (code: number | null) => finish(new Error(`the server exited (${code})`));
    function finish(error: Error | null, message?: Extract<ServerMessage, { type: T }>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error !== null) reject(error);
      else resolve(message!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs `main` against a scratch database and a bench server, then removes both. */
export async function runBench(
  name: string,
  main: (server: BenchServer, databaseUrl: string) => Promise<void>,
): Promise<void> {
  try {
    const database = await scratchDatabase();
    try {
      const server = await startServer(database.url);
      try {
        await main(server, database.url);
      } finally {
        await server.stop();
      }
    } finally {
      await database.drop();
    }
  } catch (error) {
    process.stderr.write(`${name} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  }
  // Exit explicitly: the embedded database's exit hook would end the process with 0.
  process.exit(process.exitCode ?? 0);
}

// ---- figures ----------------------------------------------------------------

/** The value at fraction `p` of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export async function waitUntil(probe: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await sleep(20);
  }
}

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

export function ms(milliseconds: number): string {
  return `${milliseconds.toFixed(1)} ms`;
}

/** Progress goes to stderr, so stdout holds only the tables. */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
