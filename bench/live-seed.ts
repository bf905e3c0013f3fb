import { MikroORM } from '@mikro-orm/postgresql';
import { AccountStatus } from '../src/accounts/account-enums.js';
import { Account } from '../src/accounts/account.entity.js';
import { Address } from '../src/accounts/address.embeddable.js';
import { hashPassword } from '../src/auth/password.js';
import { Role, UserStatus } from '../src/auth/roles.js';
import { User } from '../src/auth/user.entity.js';
import { ormOptions } from '../src/db/orm.js';
import { QuoteOrigin, QuoteStatus } from '../src/quotes/quote-enums.js';
import { Quote } from '../src/quotes/quote.entity.js';
import { BENCH_ADMIN } from './harness.js';


/** Customer users whose tokens the subscribers share out. */
const CUSTOMER_USERS = 20;
const CUSTOMER_PASSWORD = 'bench-customer-password';

export interface BenchData {
  staffToken: string;
  customerTokens: string[];
  /** The quote the idle sockets of the memory measurement subscribe to. */
  memoryQuoteId: string;
  /** One quote per subscriber count of the latency measurement. */
  latencyQuoteIds: Record<number, string>;
}

/**
 * One active company with CUSTOMER_USERS users and a few SENT quotes,
 * written through the ORM (the flows that would create them are not what is
 * measured); every token comes from the API's own login.
 */
export async function seedBenchData(databaseUrl: string, apiUrl: string): Promise<BenchData> {
  const orm = await MikroORM.init(ormOptions(databaseUrl));
  try {
    const em = orm.em.fork();
    const account = em.create(Account, {
      companyName: 'Bench Industrial SRL',
      cui: '18547290',
      address: Object.assign(new Address(), { street: 'Str. Test 1', city: 'Cluj', county: 'Cluj' }),
      legalRepresentative: 'Ion Bench',
      status: AccountStatus.ACTIVE,
      activatedAt: new Date(),
    });
    const passwordHash = await hashPassword(CUSTOMER_PASSWORD);
    const emails = Array.from({ length: CUSTOMER_USERS }, (_, i) => `bench-${i}@portal.test`);
    for (const email of emails) {
      em.create(User, {
        email, name: email, role: Role.CUSTOMER, status: UserStatus.ACTIVE, passwordHash, account,
      });
    }
    const quote = (number: string) => em.create(Quote, {
      number, account, status: QuoteStatus.SENT, origin: QuoteOrigin.STAFF, currency: 'RON',
      sharedWithCustomerAt: new Date(),
      subtotal: '100.00', taxTotal: '21.00', total: '121.00',
    });
    const memoryQuote = quote('OF-BENCH-MEM');
    const latencyQuotes = { 1: quote('OF-BENCH-1'), 100: quote('OF-BENCH-100'),
      1000: quote('OF-BENCH-1000') };
    await em.flush();

    const customerTokens = [];
    for (const email of emails) customerTokens.push(await login(apiUrl, email, CUSTOMER_PASSWORD));
    return {
      staffToken: await login(apiUrl, BENCH_ADMIN.email, BENCH_ADMIN.password),
      customerTokens,
      memoryQuoteId: memoryQuote.id,
      latencyQuoteIds: Object.fromEntries(
        Object.entries(latencyQuotes).map(([count, q]) => [Number(count), q.id]),
      ),
    };
  } finally {
    await orm.close(true);
  }
}

async function login(apiUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      variables: { e: email, p: password },
    }),
  });
  const answer = (await response.json()) as { data?: { login: { accessToken: string } } };
  if (answer.data === undefined) throw new Error(`login failed for ${email}`);
  return answer.data.login.accessToken;
}
