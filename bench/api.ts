import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../src/auth/password.js';
import {
  createPortalClient, LoginDocument, MyPriceListDocument, type PortalClient, PlaceOrderDocument,
  QuotesDocument,
} from '../sdk/index.js';
import { DEMO_PASSWORDS } from '../scripts/seed/demo-data.js';
import { type BenchServer, kb, log, ms, percentile, runBench } from './harness.js';

/*
 * `npm run bench:api`: throughput and latency of the requests a portal makes
 * most, sent as the contract's own operations (the SDK's documents) by a
 * customer of the demo data: placing orders, reading "my documents" 50 quotes
 * at a time, and searching the price list. The server runs in its own process
 * on a scratch database; every loop has a fixed number of requests.
 */

const ORDERS = 200;
const READS = 400;
const CONCURRENCY = 8;
const ORDER_CONCURRENCY = 4;
const WARM_UP = 20;
const HASHES = 10;

interface LoadResult {
  name: string;
  requests: number;
  concurrency: number;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
}

async function main(server: BenchServer): Promise<void> {
  const hashing = await measureHashing();

  const seedStarted = performance.now();
  await server.seedDemo();
  log(`demo data seeded through the API in ${ms(performance.now() - seedStarted)}`);

  const api = createPortalClient({ url: `${server.url}/graphql` });
  const { login } = await api.request(LoginDocument,
    { email: 'customer@demo.ro', password: DEMO_PASSWORDS.customer });
  const token = login.accessToken;
  const productIds = await priceListProducts(api, token);

  const results: LoadResult[] = [];
  let order = 0;
  results.push(await load('placeOrder, 3 lines', ORDERS, ORDER_CONCURRENCY, async () => {
    order += 1;
    const lines = [0, 1, 2].map((i) => ({
      productId: productIds[(order * 3 + i) % productIds.length]!,
      quantity: String(1 + ((order + i) % 7)),
    }));
    await api.request(PlaceOrderDocument, { input: { lines, note: `bench ${order}` } }, token);
  }));
  const quotesPage = () => api.request(QuotesDocument, { first: 50 }, token);
  results.push(await load('quotes(first: 50), every QuoteFields', READS / 4, 1, quotesPage));
  results.push(await load('quotes(first: 50), every QuoteFields', READS, CONCURRENCY, quotesPage));
  results.push(await load('price list search, first 20', READS, CONCURRENCY,
    () => api.request(MyPriceListDocument, { first: 20, search: 'inverter' }, token)));

  const memory = await server.memory();
  report(hashing, results, memory.rssBytes);
}

/** The products of the customer's price list, to order from. */
async function priceListProducts(api: PortalClient, token: string): Promise<string[]> {
  const data = await api.request(MyPriceListDocument, { first: 100 }, token);
  const entries = data.me.account?.priceList?.entries.edges ?? [];
  if (entries.length === 0) throw new Error('the demo customer has no price list entries');
  return entries.map((edge) => edge.node.product.id);
}

/** The time of one argon2id hash with the parameters sign-in uses. */
async function measureHashing(): Promise<number> {
  await hashPassword('warm-up-password');
  const started = performance.now();
  for (let i = 0; i < HASHES; i += 1) await hashPassword(`bench-password-${i}`);
  const each = (performance.now() - started) / HASHES;
  log(`argon2id: ${ms(each)} per hash`);
  return each;
}

/**
 * Sends `total` requests from `concurrency` workers that each wait for their
 * answer before the next, after a few unmeasured ones.
 */
async function load(
  name: string,
  total: number,
  concurrency: number,
  request: () => Promise<unknown>,
): Promise<LoadResult> {
  for (let i = 0; i < Math.min(WARM_UP, total); i += 1) await request();

  const latencies: number[] = [];
  let sent = 0;
  const started = performance.now();
  const worker = async () => {
    while (sent < total) {
      sent += 1;
      const at = performance.now();
      await request();
      latencies.push(performance.now() - at);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;

  latencies.sort((a, b) => a - b);
  const result = {
    name,
    requests: total,
    concurrency,
    perSecond: (total / elapsed) * 1000,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    max: latencies.at(-1) ?? Number.NaN,
  };
  log(`${name}: ${result.perSecond.toFixed(0)}/s, p50 ${ms(result.p50)}, `
    + `p95 ${ms(result.p95)}, max ${ms(result.max)}`);
  return result;
}

function report(hashMs: number, results: LoadResult[], rssBytes: number): void {
  const lines = [
    '',
    '| request | requests | concurrency | per second | p50 | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.name} | ${r.requests} | ${r.concurrency} `
      + `| ${r.perSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} |`),
    '',
    `argon2id hash (sign-in, password change): ${ms(hashMs)}`,
    `server RSS after the load: ${(Number(kb(rssBytes)) / 1024).toFixed(0)} MB`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await runBench('bench:api', main);
