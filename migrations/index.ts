import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203192546 } from './Migration20261203192546.js';
import { Migration20261203191720 } from './Migration20261203191720.js';
import { Migration20261203191301 } from './Migration20261203191301.js';

/**
 * Every migration, oldest first. `npm run migration:create` writes a new file
 * and adds it here; the list (not a folder scan) keeps tsc builds and vitest alike.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261203191301', class: Migration20261203191301 },
  { name: 'Migration20261203191720', class: Migration20261203191720 },
  { name: 'Migration20261203192546', class: Migration20261203192546 },
];
