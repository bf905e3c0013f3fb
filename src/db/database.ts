import { join } from 'node:path';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { openDatabase, type MikroORM } from './orm.js';

export interface Database {
  orm: MikroORM;
  /** Closes the ORM's connections, then stops the embedded server if one was started. */
  close(): Promise<void>;
}

/** The database `npm start` uses on its embedded cluster. */
export const EMBEDDED_DATABASE = 'portal';

/** Opens `DATABASE_URL`, or an embedded PostgreSQL under the data folder when it is unset. */
export async function connectDatabase(config: Config, log: Logger): Promise<Database> {
  if (config.databaseUrl !== null) {
    const orm = await openDatabase(config.databaseUrl, log);
    return { orm, close: () => orm.close(true) };
  }

  const embedded = await startEmbeddedPostgres(join(config.dataDir, 'postgres'), log);
  try {
    await embedded.createDatabase(EMBEDDED_DATABASE);
    const orm = await openDatabase(embedded.databaseUrl(EMBEDDED_DATABASE), log);
    log.info({ dir: join(config.dataDir, 'postgres') }, 'using the embedded PostgreSQL');
    return {
      orm,
      close: async () => {
        await orm.close(true);
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
