import type { IncomingMessage, Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  type DocumentNode, getOperationAST, GraphQLError, type GraphQLFormattedError, type GraphQLSchema,
  specifiedRules, type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { bearerToken } from '../auth/bearer.js';
import { isStaff, type Viewer } from '../auth/viewer.js';
import { createErrorFormatter, errorCodes } from '../graphql/format-error.js';
import { asksForSchema } from '../graphql/introspection-gate.js';
import { controlCharacterRefusal } from '../graphql/plain-text-inputs.js';
import {
  MAX_SOCKET_MESSAGE_BYTES, MAX_TOKENS, withoutSuggestions,
} from '../graphql/limits.js';
import { DocumentCache } from '../live/document-cache.js';
import { SubscriptionContext } from '../live/live-context.js';
import { subscribeWithEventContext } from '../live/live-execution.js';
import { LiveSocket } from '../live/live-socket.js';
import { SubscriptionLog } from '../live/subscription-log.js';
import type { Logger } from '../logging/logger.js';
import { BadUserInput, Forbidden } from '../shared/errors.js';
import type { Services } from './services.js';

export interface SubscriptionServer {
  close(): Promise<void>;
}

type SocketState = {
  live?: LiveSocket;
  operations?: SubscriptionLog;
};

/**
 * graphql-ws on the HTTP server's `/graphql` path. A socket must present an
 * access token in `connection_init` (`{ authorization: "Bearer …" }`);
 * anonymous sockets are closed with 4403 Forbidden. A socket is closed with
 * 4403 too when its access token expires, or when an event finds its session,
 * user or company ended (see `LiveSocket`).
 *
 * The socket carries subscriptions only, as the contract says. Queries and
 * mutations would run here with graphql-js's `execute`, outside Apollo's
 * plugins (introspection gate, hidden suggestions, request log), so they are
 * refused and the client is sent to POST /graphql.
 */
export function attachSubscriptions(deps: {
  httpServer: Server;
  schema: GraphQLSchema;
  services: Services;
  orm: MikroORM;
  log: Logger;
  validationRules: ValidationRule[];
  /** The client's address behind the trusted proxies, as on HTTP. */
  clientAddressOf: (req: IncomingMessage) => string;
  /** Production hides suggestions and keeps introspection to staff, as on HTTP. */
  production: boolean;
}): SubscriptionServer {
  const { schema, services, orm, log, production } = deps;
  const wsServer = new WebSocketServer({
    server: deps.httpServer,
    path: '/graphql',
    maxPayload: MAX_SOCKET_MESSAGE_BYTES,
  });
  const documents = new DocumentCache(
    schema, [...specifiedRules, ...deps.validationRules], MAX_TOKENS,
  );
  const formatError = socketErrorFormatter(log, production);

  const disposable = useServer<Record<string, unknown>, SocketState>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = bearerToken(ctx.connectionParams?.authorization);
        const viewer = token === null
          ? null
          : await services.auth.authenticate(orm.em.fork(), token);
        if (viewer === null) {
          log.info('socket refused: no valid access token');
          return false;
        }
        const { socket } = ctx.extra;
        ctx.extra.live = new LiveSocket(viewer, (code, reason) => socket.close(code, reason), log);
        ctx.extra.operations = new SubscriptionLog(log, viewer.userId);
        log.debug({ userId: viewer.userId }, 'socket connected');
        return true;
      },
      onClose: (ctx) => {
        ctx.extra.live?.dispose();
      },
      onSubscribe: (ctx, id, payload) => {
        const found = documents.get(payload.query);
        if ('errors' in found) return found.errors;
        ctx.extra.operations!.describe(id, found.document, payload.operationName);

        const viewer = ctx.extra.live!.viewer;
        const refused = refusal(found.document, payload, viewer, production);
        if (refused !== null) {
          return [new GraphQLError(refused.message, { originalError: refused })];
        }

        return {
          schema,
          document: found.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      context: (ctx) => new SubscriptionContext(
        orm,
        ctx.extra.live!.viewer,
        ctx.extra.live!,
        deps.clientAddressOf(ctx.extra.request),
        log,
        services,
      ),
      subscribe: subscribeWithEventContext,
      onOperation: (ctx, id, _payload, _args, result) => {
        if (Symbol.asyncIterator in result) ctx.extra.operations!.started(id);
      },
      // A subscription refused when it starts (NOT_FOUND, say) answers one result with errors.
      onNext: (ctx, id, _payload, _args, result) => {
        if (result.errors === undefined) return undefined;
        const errors = result.errors.map(formatError);
        ctx.extra.operations!.answered(id, errorCodes(errors));
        return { ...result, errors };
      },
      onError: (ctx, id, _payload, errors) => {
        const formatted = errors.map(formatError);
        ctx.extra.operations!.answered(id, errorCodes(formatted));
        return formatted;
      },
      onComplete: (ctx, id) => {
        ctx.extra.operations!.ended(id);
      },
    },
    wsServer,
  );

  // ws has already closed a socket whose message broke a limit or the protocol (1009, 1002)
  // when it emits 'error'; graphql-ws would then print the error and its stack to the console,
  // outside the JSON log. Registered after useServer, so this runs after its listener was added.
  wsServer.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error: Error & { code?: string }) => {
      log.warn({ code: error.code ?? null, reason: error.message }, 'socket closed on an error');
      socket.close();
    });
  });

  return {
    close: async () => {
      await disposable.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

const USE_HTTP = 'The WebSocket carries subscriptions only; '
  + 'send queries and mutations with POST /graphql.';

/** Why an operation may not run on a socket, or null when it may. */
function refusal(
  document: DocumentNode,
  payload: { operationName?: string | null; variables?: Record<string, unknown> | null },
  viewer: Viewer,
  production: boolean,
): Error | null {
  const operation = getOperationAST(document, payload.operationName);
  if (operation === null || operation === undefined) {
    return new BadUserInput('operationName', 'Name the subscription to run: '
      + 'the document holds several operations, or none by that name.');
  }
  if (operation.operation !== 'subscription') return new BadUserInput('query', USE_HTTP);

  // Unreachable through today's schema (no subscription field leads to Query), kept so that
  // a field added later cannot open introspection here.
  if (production && !isStaff(viewer) && asksForSchema(document)) {
    return new Forbidden('Introspection is open to signed-in staff only.');
  }
  return controlCharacterRefusal(document, payload.variables);
}

/**
 * The HTTP side's error formatting, for errors that reach a socket: the
 * contract's codes and messages, nothing internal. Errors without a cause
 * are graphql-js's own answers to a malformed or invalid document; in
 * production they lose their "Did you mean …?" hints, as Armor's plugin
 * strips them on HTTP.
 */
function socketErrorFormatter(log: Logger, production: boolean) {
  const format = createErrorFormatter(log.child({ module: 'graphql' }));
  return (error: GraphQLError): GraphQLFormattedError => {
    if (error.originalError === undefined) {
      const json = error.toJSON();
      const message = production ? withoutSuggestions(json.message) : json.message;
      return { ...json, message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    return format(error.toJSON(), error.originalError);
  };
}
