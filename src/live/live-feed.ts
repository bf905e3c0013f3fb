import type { EntityManager } from '@mikro-orm/postgresql';
import { Loaders } from '../graphql/loaders.js';
import type { LiveEvent } from './live-events.js';
import type { LiveSink } from './live-hub.js';

/**
 * One message of a subscription: the record, and the entity manager and
 * loaders that read it (shared by the subscribers of one event, see
 * `EventReading`). The socket server resolves the message's fields with them.
 */
export class LiveDelivery<T> {
  constructor(
    readonly value: T,
    readonly em: EntityManager,
    readonly loaders: Loaders = new Loaders(em),
  ) {}
}

/** Turns an event into this subscriber's message, or null when it is not for them. */
export type Deliver<T> = (event: LiveEvent) => Promise<LiveDelivery<T> | null>;

/** Raised when a subscriber falls so far behind that its backlog is dropped. */
export class FeedOverflow extends Error {
  constructor(limit: number) {
    super(`More than ${limit} live events were waiting for this subscription. Subscribe again.`);
  }
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The stream of one subscription. Events pushed by the hub wait in order
 * until `start` is called (so a replay can go first), then each is turned
 * into a message by `deliver` when the consumer asks for the next one:
 * one at a time, so messages keep the order of the events.
 *
 * Written by hand rather than as an async generator: `return()` must end a
 * feed that is waiting for events at once, which a suspended generator cannot.
 */
export class LiveFeed<T> implements AsyncIterableIterator<LiveDelivery<T>>, LiveSink {
  private readonly pending: LiveEvent[] = [];
  private readonly replayed: LiveDelivery<T>[] = [];
  private readonly cleanups: (() => void)[] = [];
  private wake: (() => void) | null = null;
  private started = false;
  private ended = false;
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly deliver: Deliver<T>,
    private readonly maxBacklog: number,
  ) {}

  push(event: LiveEvent): void {
    if (this.ended) return;
    if (this.pending.length >= this.maxBacklog) {
      this.fail(new FeedOverflow(this.maxBacklog));
      return;
    }
    this.pending.push(event);
    this.wakeUp();
  }

  /** Lets messages flow: first `replayed`, then the events that arrived meanwhile. */
  start(replayed: LiveDelivery<T>[] = []): void {
    this.replayed.push(...replayed);
    this.started = true;
    this.wakeUp();
  }

  /** Ends the feed; the consumer's next `next()` throws `error`. */
  fail(error: unknown): void {
    if (this.ended) return;
    this.failure = { error };
    this.finish();
  }

  /** Runs `cleanup` when the feed ends, however it ends. */
  onEnd(cleanup: () => void): void {
    if (this.ended) cleanup();
    else this.cleanups.push(cleanup);
  }

  get isEnded(): boolean {
    return this.ended;
  }

  async next(): Promise<IteratorResult<LiveDelivery<T>, undefined>> {
    for (;;) {
      if (this.failure !== null) {
        const { error } = this.failure;
        this.failure = null;
        throw error;
      }
      if (this.ended) return DONE;

      if (this.started && this.replayed.length > 0) {
        return { done: false, value: this.replayed.shift()! };
      }
      if (this.started && this.pending.length > 0) {
        const delivery = await this.deliverOrFail(this.pending.shift()!);
        if (delivery !== null && !this.ended) return { done: false, value: delivery };
        continue;
      }

      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  async return(): Promise<IteratorResult<LiveDelivery<T>, undefined>> {
    this.failure = null;
    this.finish();
    return DONE;
  }

  async throw(error?: unknown): Promise<IteratorResult<LiveDelivery<T>, undefined>> {
    this.finish();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private async deliverOrFail(event: LiveEvent): Promise<LiveDelivery<T> | null> {
    try {
      return await this.deliver(event);
    } catch (error) {
      this.fail(error);
      return null;
    }
  }

  private finish(): void {
    if (this.ended) {
      this.wakeUp();
      return;
    }
    this.ended = true;
    this.pending.length = 0;
    this.replayed.length = 0;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.wakeUp();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
