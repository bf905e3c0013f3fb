/**
 * A small typed client for the portal API, for TypeScript frontends and
 * scripts. Documents and result types come from the contract's operations
 * (`npm run codegen` writes `./generated/`):
 *
 *   const api = createPortalClient({ url: 'https://portal.example/graphql' });
 *   const { login } = await api.request(LoginDocument, { email, password });
 *   const events = api.subscribe(FeedbackAddedDocument, { quoteId }, login.accessToken);
 *   for await (const { feedbackAdded } of events) { … }   // events.return() stops it
 *
 * It needs only `fetch`, a WebSocket (the browser's, or `ws` on Node 20),
 * `graphql` and `graphql-ws`.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type FormattedExecutionResult, type GraphQLFormattedError, print } from 'graphql';
import { createClient } from 'graphql-ws';

export * from './generated/graphql.js';

/** An access token, or a function answering the current one (e.g. refreshing it first). */
export type TokenSource = string | null | (() => string | null | Promise<string | null>);

export interface PortalClientOptions {
  /** The API's GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** The WebSocket class where there is no global one (Node 20: `import WebSocket from 'ws'`). */
  webSocketImpl?: unknown;
  /** How often to reconnect a dropped subscription socket before giving up; 5 unless set. */
  retryAttempts?: number;
}

/** The operation failed; `code` is the first error's `extensions.code` (see the contract). */
export class PortalError extends Error {
  readonly code: string | undefined;

  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors.map((error) => error.message).join('; ') || 'The request failed.');
    this.name = 'PortalError';
    const code = errors[0]?.extensions?.code;
    this.code = typeof code === 'string' ? code : undefined;
  }
}

/** A running subscription: iterate it for each event's data; `return()` ends it. */
export interface PortalSubscription<TResult> extends AsyncIterableIterator<TResult> {
  return(): Promise<IteratorResult<TResult, undefined>>;
}

export interface PortalClient {
  /** Runs a query or mutation over HTTP; answers its data or throws a PortalError. */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    token?: TokenSource,
  ): Promise<TResult>;
  /**
   * Runs a subscription over graphql-ws on its own socket, which reconnects
   * after a drop (asking `token` again) and closes when the subscription ends.
   */
  subscribe<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    token?: TokenSource,
  ): PortalSubscription<TResult>;
}

export function createPortalClient(options: PortalClientOptions): PortalClient {
  const socketUrl = options.url.replace(/^http/, 'ws');

  return {
    async request<TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      variables: TVariables,
      token?: TokenSource,
    ): Promise<TResult> {
      const authorization = await bearer(token);
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(authorization === null ? {} : { authorization }),
        },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json().catch(() => null)) as FormattedExecutionResult | null;

      if (body === null) throw new PortalError([{ message: `HTTP ${response.status}` }]);
      if (body.errors !== undefined && body.errors.length > 0) throw new PortalError(body.errors);
      return body.data as TResult;
    },

    subscribe<TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      variables: TVariables,
      token?: TokenSource,
    ): PortalSubscription<TResult> {
      const client = createClient({
        url: socketUrl,
        webSocketImpl: options.webSocketImpl,
        retryAttempts: options.retryAttempts ?? 5,
        // A dropped socket is worth reconnecting; one refused for its token is not.
        shouldRetry: (event) => closeCode(event) !== undefined && closeCode(event) !== 4403,
        // Read on every (re)connect, so that a refreshed token is used.
        connectionParams: async () => {
          const authorization = await bearer(token);
          return authorization === null ? {} : { authorization };
        },
      });
      const events = client.iterate({
        query: print(document),
        variables: variables as Record<string, unknown>,
      });

      const end = async () => {
        await events.return?.();
        await client.dispose();
      };
      const subscription: PortalSubscription<TResult> = {
        [Symbol.asyncIterator]: () => subscription,
        async next() {
          let step: IteratorResult<FormattedExecutionResult<Record<string, unknown>, unknown>>;
          try {
            step = await events.next();
          } catch (error) {
            await end();
            throw asPortalError(error);
          }

          if (step.done) {
            await end();
            return { done: true, value: undefined };
          }
          if (step.value.errors !== undefined && step.value.errors.length > 0) {
            await end();
            throw new PortalError(step.value.errors);
          }
          return { done: false, value: step.value.data as TResult };
        },
        // graphql-ws settles a pending next() when its iterator returns, so this ends a wait.
        async return() {
          await end();
          return { done: true, value: undefined };
        },
      };
      return subscription;
    },
  };
}

/** graphql-ws fails with the server's errors (an array) or the socket's close event. */
function asPortalError(error: unknown): unknown {
  if (Array.isArray(error)) return new PortalError(error as GraphQLFormattedError[]);

  const status = closeCode(error);
  if (status !== undefined) {
    // The server refuses a socket without a valid access token with 4403.
    const code = status === 4403 ? 'UNAUTHENTICATED' : 'SOCKET_CLOSED';
    const reason = (error as { reason?: unknown }).reason;
    const why = typeof reason === 'string' && reason !== '' ? `: ${reason}` : '';
    const message = `The subscription socket closed with ${status}${why}.`;
    return new PortalError([{ message, extensions: { code } }]);
  }
  return error;
}

/** The code of a WebSocket close event; undefined for anything else. */
function closeCode(event: unknown): number | undefined {
  if (event === null || typeof event !== 'object' || !('code' in event)) return undefined;
  return typeof event.code === 'number' ? event.code : undefined;
}

async function bearer(token: TokenSource | undefined): Promise<string | null> {
  const value = typeof token === 'function' ? await token() : token;
  return value === null || value === undefined ? null : `Bearer ${value}`;
}
