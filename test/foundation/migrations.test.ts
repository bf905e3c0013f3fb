import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../../src/db/orm.js';
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
