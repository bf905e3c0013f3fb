import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Services } from '../app/services.js';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../graphql/context.js';
import { Loaders } from '../graphql/loaders.js';
import type { Logger } from '../logging/logger.js';
import { LiveSocket } from './live-socket.js';

/** The context of an operation that runs on a WebSocket: a `Context` plus its socket. */
export interface LiveContext extends Context {
  live: LiveSocket;
}

/** Whether the operation runs on a WebSocket (subscriptions only work there). */
export function isLiveContext(context: Context): context is LiveContext {
  return 'live' in context && context.live instanceof LiveSocket;
}

/**
 * The context of one subscription for as long as it lasts. It makes its
 * entity manager only if something asks for it: subscriptions fork their own
 * for each step, and an idle socket should not hold a fork (and its identity
 * map) for hours.
 */
export class SubscriptionContext implements LiveContext {
  private fork: EntityManager | null = null;
  private batching: Loaders | null = null;

  constructor(
    private readonly orm: MikroORM,
    readonly viewer: Viewer,
    readonly live: LiveSocket,
    readonly clientAddress: string,
    readonly log: Logger,
    readonly services: Services,
  ) {}

  get em(): EntityManager {
    this.fork ??= this.orm.em.fork();
    return this.fork;
  }

  get loaders(): Loaders {
    this.batching ??= new Loaders(this.em);
    return this.batching;
  }

  /** The context of one delivered event: same caller, the event's entity manager and loaders. */
  forEvent(em: EntityManager, loaders: Loaders): LiveContext {
    return {
      em,
      loaders,
      viewer: this.viewer,
      live: this.live,
      clientAddress: this.clientAddress,
      log: this.log,
      services: this.services,
    };
  }
}
