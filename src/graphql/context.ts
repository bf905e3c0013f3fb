import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.js';
import type { Viewer } from '../auth/viewer.js';
import type { Services } from '../app/services.js';
import type { Loaders } from './loaders.js';

/** What every resolver gets: its own entity manager, the caller, and per-request loaders. */
export interface Context {
  /** A fork of the ORM's entity manager that lives as long as this request or event. */
  em: EntityManager;
  /** The signed-in caller, or null for an anonymous one. */
  viewer: Viewer | null;
  /** Client address, used for rate limits. */
  clientAddress: string;
  log: Logger;
  loaders: Loaders;
  services: Services;
}
