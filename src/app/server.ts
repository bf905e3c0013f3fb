import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { bearerToken } from '../auth/bearer.js';
import type { Viewer } from '../auth/viewer.js';
import type { Logger } from '../logging/logger.js';
import type { Context } from '../graphql/context.js';
import { createErrorFormatter } from '../graphql/format-error.js';
import { introspectionGate } from '../graphql/introspection-gate.js';
import { MAX_GRAPHQL_BODY_BYTES, MAX_TOKENS, operationLimits } from '../graphql/limits.js';
import { Loaders } from '../graphql/loaders.js';
import { plainTextInputs } from '../graphql/plain-text-inputs.js';
import { requestLogging } from '../graphql/request-logging.js';
import { BodyTooLarge, readBody } from '../http/body.js';
import { clientAddressResolver } from '../http/client-address.js';
import { healthRoutes } from '../http/health.js';
import { logWhenClosed } from '../http/request-log.js';
import { type HttpRoute, matchRoute, sendJson } from '../http/routes.js';
import { ideRoutes, sendIdePage, wantsIde } from '../ide/ide-routes.js';
import type { Services } from './services.js';
import { attachSubscriptions, type SubscriptionServer } from './subscriptions.js';

export interface ApiServer {
  /** Starts listening; resolves with the base URL, e.g. `http://127.0.0.1:4000`. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops taking connections, closes sockets, drains requests in flight. */
  close(): Promise<void>;
  httpServer: Server;
}

export interface ApiServerDeps {
  orm: MikroORM;
  schema: GraphQLSchema;
  services: Services;
  log: Logger;
  /** Extra plain-HTTP endpoints contributed by the domains. */
  routes?: HttpRoute[];
}

/** Apollo on a plain node:http server, with graphql-ws on the same server and path. */
export async function createApiServer(deps: ApiServerDeps): Promise<ApiServer> {
  const { orm, schema, services, log } = deps;
  const production = services.config.env === 'production';
  const httpServer = createServer();
  const routes = [...healthRoutes(orm), ...ideRoutes(), ...(deps.routes ?? [])];
  const limits = operationLimits(production);
  const httpLog = log.child({ module: 'http' });
  const clientAddressOf = clientAddressResolver(services.config.trustProxy);

  const subscriptions: SubscriptionServer = attachSubscriptions({
    httpServer,
    schema,
    services,
    orm,
    clientAddressOf,
    log: log.child({ module: 'subscriptions' }),
    validationRules: limits.validationRules,
    production,
  });

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: createErrorFormatter(log.child({ module: 'graphql' })),
    plugins: [
      ...limits.plugins,
      ...(production ? [introspectionGate()] : []),
      plainTextInputs(),
      requestLogging(),
      // Browsers get our own IDE (src/ide), never Apollo's landing page, which loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // Answers are per caller and sent with no-store (below); the default cache-control
      // plugin would wrap every field's resolver to compute hints for a header we never send:
      // on a page of 50 quotes, thousands of calls (it halved the page's speed).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: () => subscriptions.close() }) },
    ],
  });
  await apollo.start();

  // Requests Apollo went on to run, after their context was made: its request log has a line
  // for each (src/graphql/request-logging.ts); every other request gets one from logWhenClosed.
  const loggedByApollo = new WeakSet<IncomingMessage>();

  const contextFor = async (req: IncomingMessage): Promise<Context> => {
    const em = orm.em.fork();
    const viewer = await viewerFromHeader(req.headers.authorization, em, services);
    loggedByApollo.add(req);
    return {
      em,
      viewer,
      clientAddress: clientAddressOf(req),
      log: httpLog,
      loaders: new Loaders(em),
      services,
    };
  };

  httpServer.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    logWhenClosed(httpLog, req, res, url.pathname, () => loggedByApollo.has(req));
    const handle = async () => {
      if (url.pathname === '/graphql' && wantsIde(req)) {
        sendIdePage(req, res);
        return;
      }
      if (url.pathname === '/graphql') {
        const body = req.method === 'POST' ? await readBody(req, MAX_GRAPHQL_BODY_BYTES) : null;
        const headers = new HeaderMap();
        for (const [name, value] of Object.entries(req.headers)) {
          if (value === undefined) continue;
          headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        const answer = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: req.method ?? 'GET',
            headers,
            search: url.search,
            body: body === null || body.length === 0 ? undefined : parseJson(body),
          },
          context: () => contextFor(req),
        });
        // Every answer is for one signed-in caller: no shared cache may keep it.
        res.setHeader('cache-control', 'no-store');
        for (const [name, value] of answer.headers) res.setHeader(name, value);
        res.statusCode = answer.status ?? 200;
        if (answer.body.kind === 'complete') {
          res.end(answer.body.string);
        } else {
          for await (const chunk of answer.body.asyncIterator) res.write(chunk);
          res.end();
        }
        return;
      }

      const found = matchRoute(routes, req.method ?? 'GET', url.pathname);
      if (found === null) {
        sendJson(res, 404, { error: 'Not found' });
        return;
      }
      await found.route.handle(req, res, found.params);
    };

    handle().catch((error: unknown) => {
      // Refused before Apollo, but answered as GraphQL errors all the same, with a status.
      if (error instanceof BodyTooLarge) {
        sendGraphQLError(res, 413, `The body is larger than ${MAX_GRAPHQL_BODY_BYTES} bytes.`);
        return;
      }
      if (error instanceof MalformedJson) {
        sendGraphQLError(res, 400, error.message);
        return;
      }
      httpLog.error({ err: error, path: url.pathname }, 'unexpected error in an HTTP handler');
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error' });
      else res.destroy();
    });
  });

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const anyHost = ['::', '0.0.0.0'].includes(address.address);
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${anyHost ? 'localhost' : shown}:${address.port}`);
        });
      }),
    // Apollo's drain plugin closes the HTTP server and the subscription server for us.
    close: () => apollo.stop(),
  };
}

class MalformedJson extends Error {}

/** A request error in the GraphQL response shape: `{ errors: [{ message, extensions }] }`. */
function sendGraphQLError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new MalformedJson('The request body is not valid JSON.');
  }
}

/** The caller of an HTTP request; an absent or unusable token means anonymous. */
async function viewerFromHeader(
  header: string | undefined,
  em: Context['em'],
  services: Services,
): Promise<Viewer | null> {
  const token = bearerToken(header);
  return token === null ? null : services.auth.authenticate(em, token);
}
