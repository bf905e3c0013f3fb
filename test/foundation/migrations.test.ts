import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { openDatabase, ormOptions } from '../../src/db/orm.js';
import { createLogger } from '../../src/logging/logger.js';
import { createTestDatabase } from '../support/database.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: MikroORM;

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(ormOptions(database.url));
});

afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

describe('migrations', () => {
  it('build exactly the schema the entities describe', async () => {
    await orm.getMigrator().up();

    const drift = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(drift.trim(), 'run `npm run migration:create` after changing entities').toBe('');
  });

  it('can be rolled back to an empty database and applied again', async () => {
    await orm.getMigrator().down({ to: 0 });
    const applied = await orm.getMigrator().up();

    expect(applied.length).toBeGreaterThan(0);
  });
});

describe('instances starting together on a new database', () => {
  it('apply the migrations once, and every one of them starts', async () => {
    const fresh = await createTestDatabase();
    const log = createLogger({ env: 'test', level: 'silent' });
    try {
      const starts = await Promise.allSettled([1, 2, 3].map(() => openDatabase(fresh.url, log)));
      const opened = starts.flatMap((start) => (start.status === 'fulfilled' ? [start.value] : []));
      await Promise.all(opened.map((instance) => instance.close(true)));

      expect(starts.map((start) => start.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      const check = await MikroORM.init(ormOptions(fresh.url));
      const rows = await check.em.fork().getConnection()
        .execute<{ n: string }[]>('select count(*) as n from mikro_orm_migrations');
      await check.close(true);
      expect(Number(rows[0]!.n)).toBe(migrations.length);
    } finally {
      await fresh.drop();
    }
  });
});
