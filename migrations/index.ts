import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261204002051 } from './Migration20261204002051.js';
import { Migration20261204001021 } from './Migration20261204001021.js';
import { Migration20261203195711 } from './Migration20261203195711.js';
import { Migration20261203192544 } from './Migration20261203192544.js';
import { Migration20261203192546 } from './Migration20261203192546.js';
import { Migration20261203192414 } from './Migration20261203192414.js';
import { Migration20261203193500 } from './Migration20261203193500.js';
import { Migration20261203193044 } from './Migration20261203193044.js';
import { Migration20261203191720 } from './Migration20261203191720.js';
import { Migration20261203191301 } from './Migration20261203191301.js';

/**
 * Every migration, oldest first. `npm run migration:create` writes a new file
 * and adds it here; the list (not a folder scan) keeps tsc builds and vitest alike.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261203191301', class: Migration20261203191301 },
  { name: 'Migration20261203191720', class: Migration20261203191720 },
  { name: 'Migration20261203192414', class: Migration20261203192414 },
  { name: 'Migration20261203192544', class: Migration20261203192544 },
  { name: 'Migration20261203192546', class: Migration20261203192546 },
  { name: 'Migration20261203193044', class: Migration20261203193044 },
  { name: 'Migration20261203193500', class: Migration20261203193500 },
  { name: 'Migration20261203195711', class: Migration20261203195711 },
  { name: 'Migration20261204001021', class: Migration20261204001021 },
  { name: 'Migration20261204002051', class: Migration20261204002051 },
];
