import { join } from 'node:path';
import { agreementRoutes } from '../accounts/agreement/agreement.routes.js';
import { bootstrapAdmin } from '../auth/admin-bootstrap.js';
import { loadSigningKey } from '../auth/access-tokens.js';
import type { Config } from '../config/config.js';
import { connectDatabase, type Database } from '../db/database.js';
import { getSchema } from '../graphql/schema.js';
import type { Logger } from '../logging/logger.js';
import { type ApiServer, createApiServer } from './server.js';
import { createServices, type ServiceOptions, type Services } from './services.js';

export interface App {
  url: string;
  database: Database;
  services: Services;
  server: ApiServer;
  /**
   * Stops in order: no new requests, drain, stop sending mail, expiring offers and
   * listening for live events, close the database.
   * Safe to call twice.
   */
  stop(): Promise<void>;
}

/** Starts one API instance: database, migrations, bootstrap admin, HTTP and WebSocket. */
export async function startApp(
  config: Config,
  log: Logger,
  options: ServiceOptions = {},
): Promise<App> {
  const database = await connectDatabase(config, log);
  let services: Services | undefined;
  try {
    const { orm } = database;
    if (config.adminEmail !== null && config.adminPassword !== null) {
      await bootstrapAdmin(orm.em.fork(), config.adminEmail, config.adminPassword, log);
    }

    const signingKey = await loadSigningKey(config.jwtSecret, join(config.dataDir, 'jwt-secret'));
    services = createServices(config, log, signingKey, orm, options);
    await services.live.start();
    const routes = agreementRoutes(orm, services);
    const server = await createApiServer({ orm, schema: await getSchema(), services, log, routes });
    const url = await server.listen(config.port);
    await services.mail.start(orm).catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
    services.quoteExpiry.start(orm);

    const running = services;
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        await server.close();
        await running.mail.stop();
        await running.quoteExpiry.stop();
        await running.live.stop();
        await database.close();
      })();
      return stopping;
    };
    return { url, database, services, server, stop };
  } catch (error) {
    await services?.live.stop();
    await database.close();
    throw error;
  }
}
