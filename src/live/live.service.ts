import type { QueryResult } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.js';
import { Forbidden, Unauthenticated } from '../shared/errors.js';
import { EventReading } from './event-reading.js';
import type { LiveEvent } from './live-events.js';
import { LiveDelivery, LiveFeed } from './live-feed.js';
import { LiveHub } from './live-hub.js';
import {
  DEFAULT_LISTENER_OPTIONS, LiveListener, type LiveListenerOptions,
} from './live-listener.js';
import { CLOSE_REASONS, type LiveSocket, MAX_FEEDS_PER_SOCKET } from './live-socket.js';
import { SessionChecks } from './session-checks.js';
import {
  DEFAULT_WATCHER_OPTIONS, ThreadWatchers, type ThreadWatcherOptions,
} from './thread-watchers.js';

/** Events one subscription may have waiting before it is ended as too slow. */
const MAX_BACKLOG = 1_000;

/** How long published events stay in `live_events` for instances that reconnect. */
const KEEP_EVENTS = '1 hour';
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Turns one event into the record a subscriber receives, or null to skip it.
 * `reading` is shared by every subscriber of the event: load through it, then
 * check what this subscriber may see.
 */
export type LoadForSubscriber<T> = (event: LiveEvent, reading: EventReading) => Promise<T | null>;

/**
 * Live updates of this instance: the listening connection, the fan-out to
 * local sockets, and the checks each delivery goes through.
 */
export class LiveService {
  readonly hub = new LiveHub();
  readonly sessions: SessionChecks;
  readonly listener: LiveListener;
  /** Which quote threads this instance's sockets follow, for whoever posts on any instance. */
  readonly watchers: ThreadWatchers;
  private pruneTimer: NodeJS.Timeout | null = null;
  /** The shared reading of each event still waiting in some feed; gone with the event. */
  private readonly readings = new WeakMap<LiveEvent, EventReading>();

  constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
    listenerOptions: Partial<LiveListenerOptions> = {},
    watcherOptions: Partial<ThreadWatcherOptions> = {},
  ) {
    this.sessions = new SessionChecks(orm);
    this.watchers = new ThreadWatchers(orm, log, { ...DEFAULT_WATCHER_OPTIONS, ...watcherOptions });
    this.listener = new LiveListener(
      orm.config.getClientUrl(),
      (published) => this.hub.dispatch(published.event),
      log,
      { ...DEFAULT_LISTENER_OPTIONS, ...listenerOptions },
    );
  }

  async start(): Promise<void> {
    await this.listener.start();
    this.watchers.start();
    this.pruneTimer = setInterval(() => void this.prune(), PRUNE_EVERY_MS);
    this.pruneTimer.unref();
  }

  async stop(): Promise<void> {
    if (this.pruneTimer !== null) clearInterval(this.pruneTimer);
    this.pruneTimer = null;
    await this.watchers.stop();
    await this.listener.stop();
  }

  /** A new entity manager for one step of one subscriber. */
  fork(): EntityManager {
    return this.orm.em.fork();
  }

  /**
   * Checks that the socket's session still allows listening; closes the
   * socket (4403) and answers false when it does not.
   */
  async admit(socket: LiveSocket): Promise<boolean> {
    if (await this.sessions.stillValid(socket.viewer)) return true;
    socket.close(socket.expired ? CLOSE_REASONS.expired : CLOSE_REASONS.ended);
    return false;
  }

  /**
   * Opens a subscription of `socket` to `topics`. Each event is delivered
   * only after the socket's session passes `admit`, and is loaded by `load`
   * through the event's shared reading. Events wait until the caller runs
   * `feed.start(replayed)`.
   */
  async openFeed<T>(
    socket: LiveSocket,
    topics: string[],
    load: LoadForSubscriber<T>,
  ): Promise<LiveFeed<T>> {
    if (!(await this.admit(socket))) {
      throw new Unauthenticated('The session has ended. Sign in again.');
    }
    if (socket.feeds >= MAX_FEEDS_PER_SOCKET) {
      throw new Forbidden(`A connection may hold at most ${MAX_FEEDS_PER_SOCKET} subscriptions.`);
    }

    const feed: LiveFeed<T> = new LiveFeed<T>(async (event) => {
      if (!(await this.admit(socket))) return null;
      const reading = this.readingOf(event);
      const value = await load(event, reading);
      return value === null ? null : new LiveDelivery(value, reading.em, reading.loaders);
    }, MAX_BACKLOG);

    socket.feeds += 1;
    const unsubscribes = topics.map((topic) => this.hub.subscribe(topic, feed));
    feed.onEnd(() => {
      socket.feeds -= 1;
      for (const unsubscribe of unsubscribes) unsubscribe();
    });
    return feed;
  }

  private readingOf(event: LiveEvent): EventReading {
    let reading = this.readings.get(event);
    if (reading === undefined) {
      reading = new EventReading(this.fork());
      this.readings.set(event, reading);
    }
    return reading;
  }

  private async prune(): Promise<void> {
    try {
      const removed = await this.fork().getConnection().execute<QueryResult>(
        `delete from live_events where created_at < now() - interval '${KEEP_EVENTS}'`,
        [],
        'run',
      );
      this.log.debug({ removed: removed.affectedRows }, 'pruned old live events');
    } catch (error) {
      this.log.warn({ err: error }, 'could not prune old live events');
    }
  }
}
