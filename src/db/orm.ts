import { ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
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

/** Connects to the database and brings its schema up to date. */
export async function openDatabase(databaseUrl: string, log: Logger): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(databaseUrl, log));
  const applied = await orm.getMigrator().up();
  if (applied.length > 0) {
    log.info({ migrations: applied.map((m) => m.name) }, 'applied database migrations');
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
