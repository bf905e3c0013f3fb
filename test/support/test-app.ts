import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type App } from '../../src/app/app.js';
import type { ServiceOptions } from '../../src/app/services.js';
import { loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/logging/logger.js';
import { createTestDatabase } from './database.js';
import { GraphQLClient } from './graphql-client.js';
import type { LogLines } from './log-lines.js';

export const ADMIN_EMAIL = 'admin@portal.test';
export const ADMIN_PASSWORD = 'admin-password-123';

export interface TestApp {
  app: App;
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  databaseUrl: string;
  /** The environment it was started with; `startSecondInstance` reuses it. */
  env: Record<string, string>;
  /** An anonymous client; `signIn` returns one with a token. */
  client: GraphQLClient;
  signIn(email: string, password: string): Promise<GraphQLClient>;
  stop(): Promise<void>;
}

/**
 * Starts the whole API, as `npm start` does, on its own fresh database and a
 * free port, with the bootstrap admin created. With `logTo`, its log lines
 * (debug and up unless LOG_LEVEL says otherwise) are kept there.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  logTo?: LogLines,
): Promise<TestApp> {
  const database = await createTestDatabase();
  const fullEnv: Record<string, string> = {
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: database.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LOG_LEVEL: logTo === undefined ? process.env.TEST_LOG_LEVEL ?? 'silent' : 'debug',
    ...env,
  };
  return startInstance(fullEnv, () => database.drop(), {}, logTo).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
}

/**
 * Starts another API instance on the same database as `api` (same settings,
 * its own port and data folder, `env` on top), as production runs several.
 * Stopping it leaves the database to `api`; stop it before `api`.
 * `options` change service settings, e.g. the live listener's reconnect delay.
 */
export async function startSecondInstance(
  api: TestApp,
  env: Record<string, string> = {},
  options: ServiceOptions = {},
): Promise<TestApp> {
  const shared = { ...api.env };
  delete shared.DATA_DIR;
  return startInstance({ ...shared, ...env }, async () => undefined, options);
}

async function startInstance(
  env: Record<string, string>,
  afterStop: () => Promise<void>,
  options: ServiceOptions = {},
  logTo?: LogLines,
): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'portal-test-data-'));
  const config = loadConfig({ DATA_DIR: dataDir, ...env });
  const log = createLogger({ env: 'test', level: config.logLevel }, logTo?.stream);

  const app = await startApp({ ...config }, log, options).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  const url = app.url.replace('localhost', '127.0.0.1');
  const graphqlUrl = `${url}/graphql`;
  const client = new GraphQLClient(graphqlUrl);

  return {
    app,
    url,
    graphqlUrl,
    wsUrl: graphqlUrl.replace(/^http/, 'ws'),
    databaseUrl: env.DATABASE_URL ?? '',
    env,
    client,
    signIn: (email, password) => client.signIn(email, password),
    stop: async () => {
      await app.stop();
      await afterStop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
