import { ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import pg from 'pg';
import { migrations } from '../../migrations/index.js';
import type { Logger } from '../logging/logger.js';
import { entities } from './entities.js';

export type { MikroORM };

/** The ORM's settings for one database URL. */
export function ormOptions(databaseUrl: string, log?: Logger): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    // Vitest resolves modules itself; a plain import() keeps it in charge.
    dynamicImportProvider: (id: string) => import(id),
    extensions: [Migrator],
    migrations: {
      migrationsList: migrations,
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
    },
    forceUtcTimezone: true,
    // A request must work on its own fork; using the global manager is a bug.
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    debug: log !== undefined && log.isLevelEnabled('trace'),
    logger: (message) => log?.trace({ module: 'orm' }, message),
    // knex prints pool trouble (a dropped connection) with console.log; keep it in our logs.
    driverOptions: log === undefined ? {} : { log: knexLog(log.child({ module: 'db' })) },
  });
}

/** Any fixed number: the advisory lock every instance takes while it migrates. */
const MIGRATION_LOCK = 7_310_001;

/**
 * Connects to the database and brings its schema up to date. Instances that
 * start together on one database take turns: each holds an advisory lock on
 * a connection of its own while it migrates, so the first applies what is
 * pending and the others find nothing left to do.
 */
export async function openDatabase(databaseUrl: string, log: Logger): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(databaseUrl, log));

  const lock = new pg.Client({ connectionString: databaseUrl });
  try {
    await lock.connect();
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) {
      log.info({ migrations: applied.map((m) => m.name) }, 'applied database migrations');
    }
  } catch (error) {
    await orm.close();
    throw error;
  } finally {
    // Closing the connection releases the lock, also when the migration failed.
    await lock.end().catch(() => undefined);
  }
  return orm;
}

function knexLog(log: Logger) {
  return {
    warn: (message: unknown) => log.warn(String(message)),
    error: (message: unknown) => log.error(String(message)),
    deprecate: (message: unknown) => log.debug(String(message)),
    debug: (message: unknown) => log.debug(String(message)),
  };
}
