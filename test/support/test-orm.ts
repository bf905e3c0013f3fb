import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../../src/db/orm.js';
import { createTestDatabase } from './database.js';

export interface TestOrm {
  orm: MikroORM;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * A migrated database with the ORM on it and no server, for tests of services
 * and queries that need no HTTP and nothing running in the background.
 */
export async function openTestOrm(): Promise<TestOrm> {
  const database = await createTestDatabase();
  const orm = await MikroORM.init(ormOptions(database.url));
  await orm.getMigrator().up();
  return {
    orm,
    databaseUrl: database.url,
    close: async () => {
      await orm.close(true);
      await database.drop();
    },
  };
}
