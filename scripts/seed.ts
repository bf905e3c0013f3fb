import 'reflect-metadata';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { startApp } from '../src/app/app.js';
import { hashPassword } from '../src/auth/password.js';
import { loadConfig } from '../src/config/config.js';
import { EMBEDDED_DATABASE } from '../src/db/database.js';
import { runningEmbeddedUrl } from '../src/db/embedded-postgres.js';
import { createLogger } from '../src/logging/logger.js';
import { SeedClient } from './seed/api-client.js';
import { DEMO_COMPANIES, DEMO_PASSWORDS, DEMO_STAFF } from './seed/demo-data.js';
import { seedDocuments } from './seed/documents.js';
import { hvacCatalog } from './seed/hvac-catalog.js';

/**
 * `npm run seed`: fills an empty database with demo data through the API
 * itself, so every record is made by the same rules a client meets. It uses
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
  const em = app.database.orm.em.fork();
  const seeded = await em.getConnection().execute<{ n: string }[]>(
    'select count(*) as n from accounts where cui = ?',
    [DEMO_COMPANIES[0]!.cui.replace(/^RO/, '')],
  );

  if (Number(seeded[0]!.n) > 0) {
    process.stdout.write('The demo data is already there; nothing was changed.\n');
  } else {
    await seed(new SeedClient(`${app.url}/graphql`), em);
    process.stdout.write('Demo data created.\n');
  }
  printSignIn(app.url.replace(/:\d+$/, `:${process.env.PORT ?? 4000}`));
} finally {
  await app.stop();
}

async function seed(anonymous: SeedClient, em: ReturnType<typeof app.database.orm.em.fork>) {
  // Staff users are made directly: the API's way is an emailed link, useless for a demo.
  for (const person of DEMO_STAFF) {
    await em.getConnection().execute(
      `insert into users (id, created_at, updated_at, email, name, role, status, locale,
         password_hash)
       values (gen_random_uuid(), now(), now(), ?, ?, ?, 'ACTIVE', 'ro', ?)
       on conflict (email) do nothing`,
      [person.email, person.name, person.role, await hashPassword(person.password)],
    );
  }
  const staff = await anonymous.signIn(DEMO_STAFF[1].email, DEMO_STAFF[1].password);

  const priceLists = await seedCatalog(staff);
  const accounts = [];
  for (const company of DEMO_COMPANIES) {
    accounts.push(await seedAccount(anonymous, staff, company, priceLists[company.priceList]));
  }

  // The invited contacts would set their passwords from the activation mail; the demo does it.
  await em.getConnection().execute(
    `update users set password_hash = ?, status = 'ACTIVE'
     where account_id is not null and status = 'INVITED'`,
    [await hashPassword(DEMO_PASSWORDS.customer)],
  );

  await seedDocuments({ anonymous, staff, accounts, em });
}

async function seedCatalog(staff: SeedClient) {
  const products = hvacCatalog();
  const productIds: string[] = [];
  for (const product of products) {
    const data = await staff.run<{ createProduct: { id: string } }>(
      `mutation SeedProduct($input: ProductInput!) { createProduct(input: $input) { id } }`,
      { input: { ...product, currency: 'RON', vatRate: '21' } },
    );
    productIds.push(data.createProduct.id);
  }

  const lists = { standard: '', partners: '' };
  for (const [key, name, factor] of [
    ['standard', 'Listă standard', '1'],
    ['partners', 'Listă parteneri instalatori', '0.9'],
  ] as const) {
    const created = await staff.run<{ createPriceList: { id: string } }>(
      `mutation SeedPriceList($input: PriceListInput!) { createPriceList(input: $input) { id } }`,
      { input: { name, currency: 'RON' } },
    );
    lists[key] = created.createPriceList.id;
    await staff.run(
      `mutation SeedPrices($id: ID!, $entries: [PriceEntryInput!]!) {
        setPrices(priceListId: $id, entries: $entries) { id }
      }`,
      {
        id: lists[key],
        entries: products.map((product, i) => ({
          productId: productIds[i],
          unitPrice: scale(product.listPrice, factor),
        })),
      },
    );
  }
  return lists;
}

async function seedAccount(
  anonymous: SeedClient,
  staff: SeedClient,
  company: (typeof DEMO_COMPANIES)[number],
  priceListId: string,
) {
  const { onboarding, priceList: _priceList, ...request } = company;
  const requested = await anonymous.run<{ requestAccount: { id: string } }>(
    `mutation SeedRequest($input: AccountRequestInput!) { requestAccount(input: $input) { id } }`,
    { input: request },
  );
  const id = requested.requestAccount.id;

  const activated = await staff.run<{
    activateAccount: { deliveryAddresses: { id: string }[] };
  }>(
    `mutation SeedActivate($id: ID!, $input: OnboardingInput!) {
      activateAccount(id: $id, input: $input) { deliveryAddresses { id } }
    }`,
    { id, input: { ...onboarding, priceListId } },
  );
  return {
    id,
    company,
    deliveryAddressIds: activated.activateAccount.deliveryAddresses.map((a) => a.id),
  };
}

/** `price × factor`, rounded half-up to two decimals. */
function scale(price: string, factor: string): string {
  return new Decimal(price).times(factor).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

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
