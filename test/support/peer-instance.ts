import { startApp, type App } from '../../src/app/app.js';
import type { ServiceOptions } from '../../src/app/services.js';
import { createLogger } from '../../src/logging/logger.js';
import { GraphQLClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

export interface PeerInstance {
  app: App;
  graphqlUrl: string;
  wsUrl: string;
  /** An anonymous client of this instance. */
  client: GraphQLClient;
  stop(): Promise<void>;
}

/**
 * Starts another API instance on the same database and settings as `api`
 * (same JWT secret, so a token from one works on the other), on its own
 * port, as a second server behind a load balancer would run. Stop it
 * before `api`, which drops the database.
 */
export async function startPeerInstance(
  api: TestApp,
  options: ServiceOptions = {},
): Promise<PeerInstance> {
  const config = { ...api.app.services.config, port: 0 };
  const log = createLogger({ env: 'test', level: config.logLevel });
  const app = await startApp(config, log, options);
  const graphqlUrl = `${app.url.replace('localhost', '127.0.0.1')}/graphql`;
  return {
    app,
    graphqlUrl,
    wsUrl: graphqlUrl.replace(/^http/, 'ws'),
    client: new GraphQLClient(graphqlUrl),
    stop: () => app.stop(),
  };
}
