import type { EntityManager } from '@mikro-orm/postgresql';
import { Loaders } from '../graphql/loaders.js';

/**
 * What the subscribers of one event read, read once for all of them: one
 * entity manager, one set of batching loaders, and each record loaded by key
 * a single time. A thread watched by a thousand sockets then costs a few
 * statements per message, not a few per socket.
 *
 * Sharing is safe because nothing here depends on who reads: records are
 * loaded by id and batch loaders take no viewer, while every check of what a
 * subscriber may see runs per subscriber, on the shared records, in the
 * feeds and resolvers. Nothing is written through this entity manager.
 */
export class EventReading {
  readonly loaders: Loaders;
  private readonly loads = new Map<string, Promise<unknown>>();

  constructor(readonly em: EntityManager) {
    this.loaders = new Loaders(em);
  }

  /** `load()`'s answer, run on the first call for `key` and shared with later ones. */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let pending = this.loads.get(key) as Promise<T> | undefined;
    if (pending === undefined) {
      pending = load();
      this.loads.set(key, pending);
    }
    return pending;
  }
}
