import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS, DEMO_STAFF } from '../../scripts/seed/demo-data.js';
import { SeedRefused, seedDemo } from '../../scripts/seed/seed-demo.js';
import { graphql } from '../generated/index.js';
import { createProduct } from '../support/catalog.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DOCUMENTS = graphql(`query SeededDocuments($first: Int!) {
  products(first: 1) { totalCount }
  quotes(first: $first) { edges { node { status feedback(first: 1) { totalCount } } } }
  confirmed: quotes(first: $first, status: CONFIRMED) { totalCount }
  salesOrders(first: $first) { edges { node { status } } }
  invoices(first: $first) { edges { node { status overdue } } }
}`);

describe('npm run seed', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('fills an empty database with the demo, every status included', async () => {
    expect(await seedDemo(api.app)).toBe('created');

    const staff = await api.signIn(DEMO_STAFF[1].email, DEMO_STAFF[1].password);
    const seeded = await staff.ok(DOCUMENTS, { first: 100 });
    const statuses = (edges: { node: { status: string } }[]) =>
      new Set(edges.map((edge) => edge.node.status));

    expect(seeded.products.totalCount).toBe(200);
    expect(statuses(seeded.quotes.edges)).toEqual(new Set([
      'DRAFT', 'SENT', 'EXPIRED', 'REJECTED', 'CANCELLED', 'AWAITING_APPROVAL',
    ]));
    expect(seeded.confirmed.totalCount).toBeGreaterThan(0);
    expect(seeded.quotes.edges.some((edge) => edge.node.feedback.totalCount >= 3)).toBe(true);
    expect(statuses(seeded.salesOrders.edges)).toEqual(new Set([
      'CONFIRMED', 'IN_PRODUCTION', 'READY_FOR_DELIVERY', 'DELIVERED', 'CANCELLED',
    ]));
    expect(statuses(seeded.invoices.edges)).toEqual(new Set(['PAID', 'PARTIALLY_PAID', 'ISSUED']));
    expect(seeded.invoices.edges.some((edge) => edge.node.overdue)).toBe(true);
  });

  it('prints sign-in details that work', async () => {
    const admin = await api.signIn(DEMO_STAFF[0].email, DEMO_PASSWORDS.admin);
    const customer = await api.signIn('customer@demo.ro', DEMO_PASSWORDS.customer);

    expect(admin.accessToken).toBeTruthy();
    const me = await customer.ok(graphql(`query DemoCompany { me { account { companyName } } }`));
    expect(me.me.account!.companyName).toBe('Climatech Instal SRL');
  });

  it('changes nothing when run again', async () => {
    const count = () => api.app.database.orm.em.fork().getConnection()
      .execute<{ n: string }[]>('select count(*) as n from quotes');
    const before = await count();

    expect(await seedDemo(api.app)).toBe('present');
    expect(await count()).toEqual(before);
  });
});

describe('npm run seed on a database in use', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('refuses to mix the demo with data that is already there', async () => {
    await createProduct(await api.signIn(...adminOf(api)));

    await expect(seedDemo(api.app)).rejects.toBeInstanceOf(SeedRefused);
    const users = await api.app.database.orm.em.fork().getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from users where email like '%demo.ro'`);
    expect(Number(users[0]!.n)).toBe(0);
  });
});

function adminOf(api: TestApp): [string, string] {
  return [api.env.ADMIN_EMAIL!, api.env.ADMIN_PASSWORD!];
}
