import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedClient } from './api-client.js';
import { DEMO_PASSWORDS, type DemoCompany } from './demo-data.js';

interface SeededAccount {
  id: string;
  company: DemoCompany;
  deliveryAddressIds: string[];
}

interface Context {
  anonymous: SeedClient;
  staff: SeedClient;
  accounts: SeededAccount[];
  em: EntityManager;
}

const QUOTE_FIELDS = 'id number status';

/**
 * Quotes in every status with their threads, sales orders in every status and
 * invoices paid, partly paid and overdue — made through the API; only dates
 * are moved into the past afterwards, which no client operation can do.
 */
export async function seedDocuments(context: Context): Promise<void> {
  const { anonymous, staff, accounts } = context;
  const [climatech, termogrup, ventnord] = accounts as [
    SeededAccount, SeededAccount, SeededAccount,
  ];
  const customer = await signInFirstContact(anonymous, climatech);
  const products = await priceListProducts(customer);
  const line = (index: number, quantity: string, discountPercent?: string) => ({
    productId: products[index % products.length]!,
    quantity,
    ...(discountPercent ? { discountPercent } : {}),
  });

  // Offers from staff, one per status a customer meets.
  const draft = await createOffer(staff, climatech, [line(0, '2'), line(40, '12.5')]);
  await postFeedback(staff, draft.id, 'Ciornă: verific termenul de livrare la producător.');

  const sent = await sendOffer(staff, climatech, [line(1, '4', '5'), line(121, '36')]);
  await postFeedback(customer, sent.id, 'Bună ziua, se poate livra până pe 15 ale lunii?');
  await postFeedback(staff, sent.id, 'Da, cu livrare pe flota proprie în Pipera.');
  await postFeedback(customer, sent.id, 'Perfect, revenim cu confirmarea mâine.');

  const expired = await sendOffer(staff, climatech, [line(2, '1')]);
  await expire(context.em, expired.id);

  const rejected = await sendOffer(staff, climatech, [line(3, '3')]);
  await customer.run(
    `mutation SeedReject($id: ID!, $reason: String) {
      rejectQuote(id: $id, reason: $reason) { id }
    }`,
    { id: rejected.id, reason: 'Am găsit un model mai potrivit pentru proiect.' },
  );

  const cancelled = await sendOffer(staff, climatech, [line(5, '2')]);
  await staff.run(
    `mutation SeedCancel($id: ID!, $reason: String) {
      cancelQuote(id: $id, reason: $reason) { id }
    }`,
    { id: cancelled.id, reason: 'Clientul a comandat direct din listă.' },
  );

  const accepted = await sendOffer(staff, climatech, [line(6, '8', '7.5'), line(160, '100')]);
  await postFeedback(customer, accepted.id, 'Acceptăm oferta, vă rugăm să confirmați.');
  await customer.run(`mutation SeedAccept($id: ID!) { acceptQuote(id: $id) { paymentRequired } }`, {
    id: accepted.id,
  });

  const ordered = await placeOrder(customer, climatech, [line(150, '250'), line(170, '40')]);
  await postFeedback(customer, ordered.id, 'Comandă pentru șantierul din Pipera, vă rog.');

  // Sales orders, one in every status, and their invoices.
  const statuses = [
    [],
    ['IN_PRODUCTION'],
    ['IN_PRODUCTION', 'READY_FOR_DELIVERY'],
    ['IN_PRODUCTION', 'READY_FOR_DELIVERY', 'DELIVERED'],
    ['IN_PRODUCTION', 'READY_FOR_DELIVERY', 'DELIVERED'],
    ['IN_PRODUCTION', 'READY_FOR_DELIVERY', 'DELIVERED'],
    ['CANCELLED'],
  ];
  const orders = [];
  for (const [i, steps] of statuses.entries()) {
    const quote = await placeOrder(customer, climatech, [line(10 + i * 7, String(i + 1))]);
    const order = await approve(staff, quote.id);
    for (const status of steps) await setOrderStatus(staff, order.id, status);
    orders.push(order);
  }

  const paid = await issueInvoice(staff, orders[3]!.id);
  await recordPayment(staff, paid.id, paid.total);
  const partlyPaid = await issueInvoice(staff, orders[4]!.id);
  await recordPayment(staff, partlyPaid.id, half(partlyPaid.total));
  const overdue = await issueInvoice(staff, orders[5]!.id);
  await backdateInvoice(context.em, overdue.id, 75);

  // The other companies get a smaller history each.
  const partner = await signInFirstContact(anonymous, termogrup);
  const partnerProducts = await priceListProducts(partner);
  const partnerLine = (index: number, quantity: string) => ({
    productId: partnerProducts[index]!,
    quantity,
  });
  const partnerOffer = await sendOffer(staff, termogrup, [
    partnerLine(30, '2'),
    partnerLine(90, '6'),
  ]);
  await postFeedback(partner, partnerOffer.id, 'Ne puteți face un preț mai bun la 10 bucăți?');
  await postFeedback(staff, partnerOffer.id, 'Pentru 10 bucăți avem 6% discount suplimentar.');
  const partnerOrder = await placeOrder(partner, termogrup, [partnerLine(60, '3')]);
  const partnerSalesOrder = await approve(staff, partnerOrder.id);
  await setOrderStatus(staff, partnerSalesOrder.id, 'IN_PRODUCTION');

  const north = await signInFirstContact(anonymous, ventnord);
  const northProducts = await priceListProducts(north);
  const northOrder = await placeOrder(north, ventnord, [
    { productId: northProducts[70]!, quantity: '4' },
  ]);
  const northSalesOrder = await approve(staff, northOrder.id);
  for (const status of ['IN_PRODUCTION', 'READY_FOR_DELIVERY', 'DELIVERED']) {
    await setOrderStatus(staff, northSalesOrder.id, status);
  }
  const northInvoice = await issueInvoice(staff, northSalesOrder.id);
  await recordPayment(staff, northInvoice.id, northInvoice.total);
}

function signInFirstContact(anonymous: SeedClient, account: SeededAccount) {
  return anonymous.signIn(account.company.contacts[0]!.email, DEMO_PASSWORDS.customer);
}

async function priceListProducts(customer: SeedClient): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const data: {
      me: { account: { priceList: { entries: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { product: { id: string } } }[];
      } } } };
    } = await customer.run(
      `query SeedPrices($first: Int!, $after: String) { me { account { priceList {
        entries(first: $first, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { product { id } } }
        }
      } } } }`,
      { first: 100, after },
    );
    const entries = data.me.account.priceList.entries;
    ids.push(...entries.edges.map((edge) => edge.node.product.id));
    after = entries.pageInfo.hasNextPage ? entries.pageInfo.endCursor : null;
  } while (after !== null);
  return ids;
}

type Line = { productId: string; quantity: string; discountPercent?: string };

async function createOffer(staff: SeedClient, account: SeededAccount, lines: Line[]) {
  const data = await staff.run<{ createQuote: { id: string } }>(
    `mutation SeedOffer($input: CreateQuoteInput!) {
      createQuote(input: $input) { ${QUOTE_FIELDS} }
    }`,
    { input: { accountId: account.id, lines, note: 'Ofertă pregătită de echipa de vânzări.' } },
  );
  return data.createQuote;
}

async function sendOffer(staff: SeedClient, account: SeededAccount, lines: Line[]) {
  const offer = await createOffer(staff, account, lines);
  await staff.run(`mutation SeedSend($id: ID!) { sendQuote(id: $id) { id } }`, { id: offer.id });
  return offer;
}

async function placeOrder(customer: SeedClient, account: SeededAccount, lines: Line[]) {
  const data = await customer.run<{ placeOrder: { id: string } }>(
    `mutation SeedOrder($input: PlaceOrderInput!) {
      placeOrder(input: $input) { ${QUOTE_FIELDS} }
    }`,
    {
      input: {
        lines: lines.map(({ productId, quantity }) => ({ productId, quantity })),
        deliveryAddressId: account.deliveryAddressIds[0],
      },
    },
  );
  return data.placeOrder;
}

async function postFeedback(client: SeedClient, quoteId: string, body: string) {
  await client.run(
    `mutation SeedFeedback($quoteId: ID!, $body: String!) {
      postFeedback(quoteId: $quoteId, body: $body) { id }
    }`,
    { quoteId, body },
  );
}

async function approve(staff: SeedClient, quoteId: string) {
  const data = await staff.run<{ approveQuote: { id: string } }>(
    `mutation SeedApprove($id: ID!) { approveQuote(id: $id) { id } }`,
    { id: quoteId },
  );
  return data.approveQuote;
}

async function setOrderStatus(staff: SeedClient, id: string, status: string) {
  await staff.run(
    `mutation SeedOrderStatus($id: ID!, $status: SalesOrderStatus!) {
      setSalesOrderStatus(id: $id, status: $status) { id }
    }`,
    { id, status },
  );
}

async function issueInvoice(staff: SeedClient, salesOrderId: string) {
  const data = await staff.run<{ issueInvoice: { id: string; total: { amount: string } } }>(
    `mutation SeedInvoice($id: ID!) { issueInvoice(salesOrderId: $id) { id total { amount } } }`,
    { id: salesOrderId },
  );
  return { id: data.issueInvoice.id, total: data.issueInvoice.total.amount };
}

async function recordPayment(staff: SeedClient, invoiceId: string, amount: string) {
  await staff.run(
    `mutation SeedPayment($id: ID!, $amount: Decimal!) {
      recordPayment(invoiceId: $id, amount: $amount) { id }
    }`,
    { id: invoiceId, amount },
  );
}

/** Half of an amount, rounded down to the cent. */
function half(amount: string): string {
  const cents = BigInt(amount.replace('.', ''));
  const halfCents = cents / 2n;
  return `${halfCents / 100n}.${String(halfCents % 100n).padStart(2, '0')}`;
}

/** A SENT offer whose validity ended yesterday reads as EXPIRED. */
async function expire(em: EntityManager, quoteId: string) {
  await em.getConnection().execute(
    `update quotes set valid_until = current_date - 1 where id = ?`,
    [quoteId],
  );
}

/** Moves an invoice `days` into the past, so that it is overdue now. */
async function backdateInvoice(em: EntityManager, invoiceId: string, days: number) {
  await em.getConnection().execute(
    `update invoices set issue_date = issue_date - ?::int, due_date = due_date - ?::int,
       created_at = created_at - make_interval(days => ?::int)
     where id = ?`,
    [days, days, days, invoiceId],
  );
}
