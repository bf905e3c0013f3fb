import type { IncomingMessage, Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  type GraphQLError, type GraphQLFormattedError, type GraphQLSchema, specifiedRules,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { bearerToken } from '../auth/bearer.js';
import { createErrorFormatter } from '../graphql/format-error.js';
import { MAX_TOKENS } from '../graphql/limits.js';
import { DocumentCache } from '../live/document-cache.js';
import { SubscriptionContext } from '../live/live-context.js';
import { subscribeWithEventContext } from '../live/live-execution.js';
import { LiveSocket } from '../live/live-socket.js';
import type { Logger } from '../logging/logger.js';
import type { Services } from './services.js';

export interface SubscriptionServer {
  close(): Promise<void>;
}

type SocketState = {
  live?: LiveSocket;
};

/**
 * graphql-ws on the HTTP server's `/graphql` path. A socket must present an
 * access token in `connection_init` (`{ authorization: "Bearer …" }`);
 * anonymous sockets are closed with 4403 Forbidden. A socket is closed with
 * 4403 too when its access token expires, or when an event finds its session,
 * user or company ended (see `LiveSocket`).
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
}): SubscriptionServer {
  const { schema, services, orm, log } = deps;
  const wsServer = new WebSocketServer({ server: deps.httpServer, path: '/graphql' });
  const documents = new DocumentCache(
    schema, [...specifiedRules, ...deps.validationRules], MAX_TOKENS,
  );
  const formatError = socketErrorFormatter(log);

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
        log.debug({ userId: viewer.userId }, 'socket connected');
        return true;
      },
      onClose: (ctx) => {
        ctx.extra.live?.dispose();
      },
      onSubscribe: (_ctx, _id, payload) => {
        const found = documents.get(payload.query);
        if ('errors' in found) return found.errors;
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
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors === undefined
          ? undefined
          : { ...result, errors: result.errors.map(formatError) },
      onError: (_ctx, _id, _payload, errors) => errors.map(formatError),
    },
    wsServer,
  );

  return {
    close: async () => {
      await disposable.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

/**
 * The HTTP side's error formatting, for errors that reach a socket: the
 * contract's codes and messages, nothing internal. Errors without a cause
 * are graphql-js's own answers to a malformed or invalid document.
 */
function socketErrorFormatter(log: Logger) {
  const format = createErrorFormatter(log.child({ module: 'graphql' }));
  return (error: GraphQLError): GraphQLFormattedError => {
    if (error.originalError === undefined) {
      return { ...error.toJSON(), extensions: { code: 'BAD_USER_INPUT' } };
    }
    return format(error.toJSON(), error.originalError);
  };
}
