import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  type GraphQLErrorShape, type Operation, sourceOf, type VariablesArg,
} from './graphql-client.js';

/** How a socket was closed. */
export interface Closed {
  code: number;
  reason: string;
}

const WAIT_MS = 5_000;

/**
 * Waits until `ready()` answers something other than undefined, checking
 * whenever `signal` fires; fails after `ms` with `what` in the message.
 */
function waitFor<T>(
  signal: Set<() => void>,
  ready: () => T | undefined,
  what: string,
  ms = WAIT_MS,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      clearTimeout(timer);
      signal.delete(check);
    };
    const check = () => {
      let value: T | undefined;
      try {
        value = ready();
      } catch (error) {
        finish();
        reject(error);
        return;
      }
      if (value === undefined) return;
      finish();
      resolve(value);
    };
    const timer = setTimeout(() => {
      signal.delete(check);
      reject(new Error(`waited ${ms} ms for ${what}`));
    }, ms);
    signal.add(check);
    check();
  });
}

/**
 * A real graphql-ws client over `ws`, as the portal uses: it authenticates
 * with `{ authorization: "Bearer …" }` in `connection_init`, and records how
 * its socket closed. It does not reconnect unless asked to.
 */
export class LiveClient {
  readonly closes: Closed[] = [];
  private connectedCount = 0;
  private readonly changed = new Set<() => void>();
  readonly client: Client;

  constructor(
    url: string,
    token: string | null | (() => string | null),
    options: { retry?: boolean } = {},
  ) {
    const tokenNow = () => (typeof token === 'function' ? token() : token);
    this.client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      connectionParams: () => {
        const current = tokenNow();
        return current === null ? {} : { authorization: `Bearer ${current}` };
      },
      retryAttempts: options.retry === true ? 5 : 0,
      retryWait: async () => new Promise((resolve) => setTimeout(resolve, 100)),
      shouldRetry: () => options.retry === true,
      onNonLazyError: () => undefined,
      on: {
        connected: () => {
          this.connectedCount += 1;
          this.notify();
        },
        closed: (event) => {
          const { code, reason } = event as Closed;
          this.closes.push({ code, reason: String(reason) });
          this.notify();
        },
      },
    });
  }

  /** Opens a client and waits until the server acknowledged it. */
  static async connect(
    url: string,
    token: string | null | (() => string | null),
    options: { retry?: boolean } = {},
  ): Promise<LiveClient> {
    const live = new LiveClient(url, token, options);
    await live.connected(1);
    return live;
  }

  /** Waits until the socket has been acknowledged `times` times in all (reconnects count). */
  connected(times = 1): Promise<number> {
    return waitFor(this.changed, () => {
      if (this.connectedCount >= times) return this.connectedCount;
      if (this.closes.length > 0 && this.connectedCount === 0) {
        throw new Error(`closed before it connected: ${JSON.stringify(this.closes[0])}`);
      }
      return undefined;
    }, `connection #${times}`);
  }

  /** Waits for the socket's `n`-th close. */
  closed(n = 1, ms = WAIT_MS): Promise<Closed> {
    return waitFor(this.changed, () => this.closes[n - 1], `close #${n}`, ms);
  }

  /** A typed document infers the messages' and the variables' types; a string takes them. */
  subscribe<T, V = Record<string, unknown>>(
    query: Operation<T, V>,
    ...[variables]: VariablesArg<NoInfer<V>>
  ): TestSubscription<T> {
    const values = (variables ?? {}) as Record<string, unknown>;
    return new TestSubscription<T>(this.client, sourceOf(query), values);
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }

  private notify(): void {
    for (const check of [...this.changed]) check();
  }
}

/** One subscription: what it received, in order. */
export class TestSubscription<T> {
  /** The `data` of each message, in the order received. */
  readonly messages: T[] = [];
  /** Errors, from error messages or from messages that carry errors. */
  readonly errors: GraphQLErrorShape[] = [];
  /** Set when the socket closed under the subscription. */
  closedWith: Closed | null = null;
  completed = false;
  private readonly changed = new Set<() => void>();
  private readonly stop: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown>) {
    this.stop = client.subscribe<T>({ query, variables }, {
      next: (message) => {
        if (message.errors !== undefined) {
          this.errors.push(...(message.errors as GraphQLErrorShape[]));
        }
        if (message.data !== undefined && message.data !== null) this.messages.push(message.data);
        this.notify();
      },
      error: (error) => {
        if (Array.isArray(error)) this.errors.push(...(error as GraphQLErrorShape[]));
        else if (isClose(error)) {
          this.closedWith = { code: error.code, reason: String(error.reason) };
        }
        else this.errors.push({ message: String(error) });
        this.notify();
      },
      complete: () => {
        this.completed = true;
        this.notify();
      },
    });
  }

  /** Waits until `count` messages arrived in all; answers them all. */
  received(count: number, ms = WAIT_MS): Promise<T[]> {
    return waitFor(this.changed, () => {
      if (this.messages.length >= count) return [...this.messages];
      if (this.errors.length > 0) throw new Error(`failed: ${JSON.stringify(this.errors)}`);
      return undefined;
    }, `${count} messages (have ${this.messages.length})`, ms);
  }

  /** Waits for the subscription's first error. */
  failure(ms = WAIT_MS): Promise<GraphQLErrorShape> {
    return waitFor(this.changed, () => this.errors[0], 'an error', ms);
  }

  /** Waits until the subscription ended: completed, failed, or its socket closed. */
  ended(ms = WAIT_MS): Promise<true> {
    return waitFor(this.changed, () => {
      const over = this.completed || this.errors.length > 0 || this.closedWith !== null;
      return over ? true : undefined;
    }, 'the end of the subscription', ms);
  }

  unsubscribe(): void {
    this.stop();
  }

  private notify(): void {
    for (const check of [...this.changed]) check();
  }
}

function isClose(value: unknown): value is { code: number; reason: unknown } {
  return typeof value === 'object' && value !== null && 'code' in value
    && typeof (value as { code: unknown }).code === 'number';
}
