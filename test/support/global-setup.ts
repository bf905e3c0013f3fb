import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { createLogger } from '../../src/logging/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A maintenance database URL on which test files create their own databases. */
    adminDatabaseUrl: string;
  }
}

/**
 * Uses DATABASE_URL's server when set; otherwise starts one embedded
 * PostgreSQL for the whole run in a temporary folder.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('adminDatabaseUrl', process.env.DATABASE_URL);
    return;
  }

  const dir = await mkdtemp(join(tmpdir(), 'portal-test-pg-'));
  const log = createLogger({ env: 'test', level: 'silent' });
  const server = await startEmbeddedPostgres(dir, log);
  project.provide('adminDatabaseUrl', server.adminUrl);

  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
