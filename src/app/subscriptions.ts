import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type GraphQLSchema, specifiedRules, validate, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { bearerToken } from '../auth/bearer.js';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../graphql/context.js';
import { Loaders } from '../graphql/loaders.js';
import type { Logger } from '../logging/logger.js';
import type { Services } from './services.js';

export interface SubscriptionServer {
  close(): Promise<void>;
}

type SocketState = {
  viewer?: Viewer;
};

/**
 * graphql-ws on the HTTP server's `/graphql` path. A socket must present an
 * access token in `connection_init` (`{ authorization: "Bearer …" }`);
 * anonymous sockets are closed with 4403 Forbidden.
 */
export function attachSubscriptions(deps: {
  httpServer: Server;
  schema: GraphQLSchema;
  services: Services;
  orm: MikroORM;
  log: Logger;
  validationRules: ValidationRule[];
}): SubscriptionServer {
  const { schema, services, orm, log } = deps;
  const wsServer = new WebSocketServer({ server: deps.httpServer, path: '/graphql' });
  const rules = [...specifiedRules, ...deps.validationRules];

  const disposable = useServer<Record<string, unknown>, SocketState>(
    {
      schema,
      validate: (s, document) => validate(s, document, rules),
      onConnect: async (ctx) => {
        const token = bearerToken(ctx.connectionParams?.authorization);
        const viewer = token === null ? null : await services.auth.authenticate(orm.em.fork(), token);
        if (viewer === null) {
          log.info('socket refused: no valid access token');
          return false;
        }
        ctx.extra.viewer = viewer;
        return true;
      },
      context: (ctx): Context => {
        const em = orm.em.fork();
        return {
          em,
          viewer: ctx.extra.viewer ?? null,
          clientAddress: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          log,
          loaders: new Loaders(em),
          services,
        };
      },
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
