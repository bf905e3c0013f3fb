import 'reflect-metadata';
import { join } from 'node:path';
import { startApp } from '../src/app/app.js';
import { loadConfig } from '../src/config/config.js';
import { EMBEDDED_DATABASE } from '../src/db/database.js';
import { runningEmbeddedUrl } from '../src/db/embedded-postgres.js';
import { createLogger } from '../src/logging/logger.js';
import { DEMO_PASSWORDS, DEMO_STAFF } from './seed/demo-data.js';
import { SeedRefused, seedDemo } from './seed/seed-demo.js';

/**
 * `npm run seed`: the demo data, made through the API by `seedDemo`. It uses
 * the database `npm start` uses: DATABASE_URL, or the embedded one (reached
 * while `npm start` runs, or started for the seed when it does not). Run it
 * twice and the second run only prints the sign-in details.
 */
const config = loadConfig({ ...process.env, PORT: '0', ADMIN_EMAIL: '', ADMIN_PASSWORD: '' });
const log = createLogger({ env: config.env, level: process.env.LOG_LEVEL ?? 'warn' });

const running = config.databaseUrl
  ?? (await runningEmbeddedUrl(join(config.dataDir, 'postgres'), EMBEDDED_DATABASE));
const app = await startApp({ ...config, databaseUrl: running }, log);

try {
  const outcome = await seedDemo(app);
  process.stdout.write(outcome === 'created'
    ? 'Demo data created.\n'
    : 'The demo data is already there; nothing was changed.\n');
  printSignIn(`http://localhost:${process.env.PORT ?? 4000}`);
} catch (error) {
  if (!(error instanceof SeedRefused)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
} finally {
  await app.stop();
}
// Exit explicitly: when the seed started the embedded database, its exit hook would end the
// process with 0 even after a refusal.
process.exit(process.exitCode ?? 0);

function printSignIn(url: string) {
  process.stdout.write(`
Open ${url}/graphql and sign in with:
  admin     ${DEMO_STAFF[0].email} / ${DEMO_PASSWORDS.admin}
  staff     ${DEMO_STAFF[1].email} / ${DEMO_PASSWORDS.staff}
  customer  customer@demo.ro / ${DEMO_PASSWORDS.customer}   (Climatech Instal SRL)
Every other demo customer (achizitii@climatech.demo.ro, comenzi@termogrup.demo.ro,
office@ventnord.demo.ro, tehnic@ventnord.demo.ro) has the customer password too.
`);
}
