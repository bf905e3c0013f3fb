import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../src/db/orm.js';

/**
 * Writes a migration with the SQL that brings the database at DATABASE_URL
 * (already migrated) in line with the entities, and lists it in
 * `migrations/index.ts`. Run through `npm run migration:create`.
 */
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  process.stderr.write('Set DATABASE_URL to a scratch database to diff the entities against.\n');
  process.exit(1);
}

const orm = await MikroORM.init(ormOptions(databaseUrl));
try {
  await orm.getMigrator().up();
  const result = await orm.getMigrator().createMigration('migrations', false, false);
  if (!result.fileName) {
    process.stdout.write('The entities and the migrations agree; nothing to write.\n');
  } else {
    const className = basename(result.fileName).replace(/\.ts$/, '');
    const indexPath = 'migrations/index.ts';
    let index = await readFile(indexPath, 'utf8');
    index = index.replace(
      /(import type \{ MigrationObject \} from '@mikro-orm\/core';\n)/,
      `$1import { ${className} } from './${className}.js';\n`,
    );
    index = index.replace(/\n\];\n$/, `\n  { name: '${className}', class: ${className} },\n];\n`);
    const entry = `  { name: '${className}', class: ${className} },`;
    index = index.replace(/= \[\];\n$/, `= [\n${entry}\n];\n`);
    await writeFile(indexPath, index);
    process.stdout.write(`wrote migrations/${result.fileName} and listed it in ${indexPath}\n`);
  }
} finally {
  await orm.close(true);
}
