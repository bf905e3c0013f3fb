import { Decimal } from 'decimal.js';
import type { App } from '../../src/app/app.js';
import { hashPassword } from '../../src/auth/password.js';
import { SeedClient } from './api-client.js';
import { DEMO_COMPANIES, DEMO_PASSWORDS, DEMO_STAFF } from './demo-data.js';
import { seedDocuments } from './documents.js';
import { hvacCatalog } from './hvac-catalog.js';

type EntityManager = ReturnType<App['database']['orm']['em']['fork']>;

/** Why the seed would not touch a database; the message says what to do. */
export class SeedRefused extends Error {}

/**
 * Fills an empty database with the demo through `app`'s own API, so every
 * record is made by the same rules a client meets. Answers `present` without
 * a change when an earlier run finished, and refuses a database that holds
 * other data or an unfinished demo, which a second run could only make worse.
 */
export async function seedDemo(app: App): Promise<'created' | 'present'> {
  const em = app.database.orm.em.fork();

  const state = await demoState(em);
  if (state === 'complete') return 'present';
  if (state === 'other-data') {
    throw new SeedRefused(
      'This database already holds accounts or products that are not the demo\'s; '
        + 'the seed only fills an empty database.',
    );
  }
  if (state === 'unfinished') {
    throw new SeedRefused(
      'An earlier seed stopped part-way. Start from an empty database: stop the server, '
        + 'delete .data/postgres (or drop the DATABASE_URL database) and run the seed again.',
    );
  }

  await seed(new SeedClient(`${app.url}/graphql`), em);
  return 'created';
}

/**
 * The seed makes the first demo company first and the last company's paid
 * invoice last, so those two records tell a finished demo from an unfinished one.
 */
async function demoState(em: EntityManager) {
  const first = DEMO_COMPANIES[0]!.cui.replace(/^RO/, '');
  const last = DEMO_COMPANIES.at(-1)!.cui.replace(/^RO/, '');
  const [row] = await em.getConnection().execute<Record<string, string>[]>(
    `select
       (select count(*) from accounts where cui = ?) as first_company,
       (select count(*) from invoices i join accounts a on a.id = i.account_id
         where a.cui = ? and i.status = 'PAID') as last_invoice,
       (select count(*) from accounts) + (select count(*) from products) as records`,
    [first, last],
  );

  if (Number(row!.last_invoice) > 0) return 'complete';
  if (Number(row!.first_company) > 0) return 'unfinished';
  return Number(row!.records) > 0 ? 'other-data' : 'empty';
}

async function seed(anonymous: SeedClient, em: EntityManager) {
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
  const contacts = DEMO_COMPANIES.flatMap((company) => company.contacts.map((c) => c.email));
  await em.getConnection().execute(
    `update users set password_hash = ?, status = 'ACTIVE'
     where status = 'INVITED' and email in (${contacts.map(() => '?').join(', ')})`,
    [await hashPassword(DEMO_PASSWORDS.customer), ...contacts],
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
