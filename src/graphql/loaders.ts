import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Reads many records by key in one statement; answers in the order of `keys`. */
export type BatchLoad<K, V> = (em: EntityManager, keys: readonly K[]) => Promise<V[]>;

/**
 * The batching loaders of one request or subscription event, created on
 * first use. Each domain declares its batch functions next to its service;
 * the function itself is the key, so no central list is needed.
 */
export class Loaders {
  private readonly loaders = new Map<BatchLoad<never, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly em: EntityManager) {}

  load<K, V>(batch: BatchLoad<K, V>, key: K): Promise<V> {
    let loader = this.loaders.get(batch as BatchLoad<never, unknown>);
    if (loader === undefined) {
      loader = new DataLoader<unknown, unknown>(
        (keys) => batch(this.em, keys as readonly K[]),
        { cache: true },
      );
      this.loaders.set(batch as BatchLoad<never, unknown>, loader);
    }
    return loader.load(key) as Promise<V>;
  }
}
