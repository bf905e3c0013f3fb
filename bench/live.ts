import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  type BenchServer, kb, log, ms, percentile, runBench, sleep, WAIT_MS, waitUntil,
} from './harness.js';
import { type BenchData, seedBenchData } from './live-seed.js';

/*
 * `npm run bench:live`: memory per idle subscribed socket, and delivery
 * latency from postFeedback's HTTP answer to each subscriber's message.
 * Everything runs on loopback: an embedded PostgreSQL (or a scratch database
 * on DATABASE_URL's server), one API instance in a child process, and the
 * graphql-ws clients in this process. Every loop is bounded; it stops itself.
 */

const MEMORY_STEPS = [1_000, 5_000];
const LATENCY_SUBSCRIBERS = [1, 100, 1_000];
const LATENCY_ROUNDS = 20;
const WARM_UP_ROUNDS = 3;
const OPEN_BATCH = 100;

const FEEDBACK_ADDED = `subscription ($quoteId: ID!) {
  feedbackAdded(quoteId: $quoteId) { id body createdAt authorRole author { id name } }
}`;
const POST_FEEDBACK = `mutation ($quoteId: ID!, $body: String!) {
  postFeedback(quoteId: $quoteId, body: $body) { id }
}`;

interface Subscriber {
  client: Client;
  dispose(): Promise<void>;
}

/** Receive times (performance.now) of each message body, over all subscribers. */
const receipts = new Map<string, number[]>();

async function main(server: BenchServer, databaseUrl: string): Promise<void> {
  const data = await seedBenchData(databaseUrl, server.url);
  const memory = await measureMemory(server, data);
  const latency = [];
  for (const count of LATENCY_SUBSCRIBERS) {
    latency.push(await measureLatency(server, data, count));
  }
  report(memory, latency);
}

// ---- memory ----------------------------------------------------------------

interface MemoryStep {
  sockets: number;
  rssPerSocket: number;
  heapPerSocket: number;
}

async function measureMemory(server: BenchServer, data: BenchData): Promise<MemoryStep[]> {
  // Warm every code path first, so the baseline holds compiled code and pools.
  const warm = await openSubscribers(server, data, data.memoryQuoteId, 10, 0);
  await closeAll(server, warm);
  const base = await server.memory();

  const steps: MemoryStep[] = [];
  const open: Subscriber[] = [];
  for (const target of MEMORY_STEPS) {
    open.push(...await openSubscribers(server, data, data.memoryQuoteId, target - open.length,
      open.length));
    const now = await server.memory();
    steps.push({
      sockets: target,
      rssPerSocket: (now.rssBytes - base.rssBytes) / target,
      heapPerSocket: (now.heapUsedBytes + now.externalBytes
        - base.heapUsedBytes - base.externalBytes) / target,
    });
    log(`${target} idle subscribed sockets: rss +${kb(now.rssBytes - base.rssBytes)} KB, `
      + `heap+external +${kb(now.heapUsedBytes + now.externalBytes
        - base.heapUsedBytes - base.externalBytes)} KB`);
  }
  await closeAll(server, open);
  return steps;
}

// ---- latency ---------------------------------------------------------------

interface LatencyResult {
  subscribers: number;
  samples: number;
  missing: number;
  p50: number;
  p95: number;
  max: number;
}

async function measureLatency(
  server: BenchServer,
  data: BenchData,
  count: number,
): Promise<LatencyResult> {
  const quoteId = data.latencyQuoteIds[count]!;
  const subscribers = await openSubscribers(server, data, quoteId, count, 0);
  const samples: number[] = [];
  let missing = 0;

  for (let round = 0; round < WARM_UP_ROUNDS + LATENCY_ROUNDS; round += 1) {
    const body = `bench ${count} round ${round} ${randomBytes(4).toString('hex')}`;
    receipts.set(body, []);
    await postFeedback(server.url, data.staffToken, quoteId, body);
    const answeredAt = performance.now();

    const times = await waitForReceipts(body, count);
    receipts.delete(body);
    if (round < WARM_UP_ROUNDS) continue;
    missing += count - times.length;
    samples.push(...times.map((at) => at - answeredAt));
  }

  await closeAll(server, subscribers);
  samples.sort((a, b) => a - b);
  const result = {
    subscribers: count,
    samples: samples.length,
    missing,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    max: samples[samples.length - 1] ?? Number.NaN,
  };
  log(`${count} subscribers: p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, `
    + `max ${ms(result.max)} (${result.samples} messages, ${missing} missing)`);
  return result;
}

async function postFeedback(url: string, token: string, quoteId: string, body: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: POST_FEEDBACK, variables: { quoteId, body } }),
  });
  const answer = (await response.json()) as { errors?: unknown[] };
  if (answer.errors !== undefined) throw new Error(`postFeedback: ${JSON.stringify(answer.errors)}`);
}

async function waitForReceipts(body: string, count: number): Promise<number[]> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const times = receipts.get(body) ?? [];
    if (times.length >= count || Date.now() > deadline) return [...times];
    await sleep(2);
  }
}

// ---- sockets ---------------------------------------------------------------

/** Opens `count` subscribed sockets, spread over the seeded customers' tokens. */
async function openSubscribers(
  server: BenchServer,
  data: BenchData,
  quoteId: string,
  count: number,
  alreadyOpen: number,
): Promise<Subscriber[]> {
  const before = await server.feeds();
  const opened: Subscriber[] = [];
  for (let start = 0; start < count; start += OPEN_BATCH) {
    const batch = Math.min(OPEN_BATCH, count - start);
    for (let i = 0; i < batch; i += 1) {
      const token = data.customerTokens[(alreadyOpen + start + i) % data.customerTokens.length]!;
      opened.push(subscribe(server.url, token, quoteId));
    }
    await waitUntil(async () => (await server.feeds()) >= before + start + batch,
      `${start + batch} subscriptions`);
  }
  return opened;
}

function subscribe(url: string, token: string, quoteId: string): Subscriber {
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const stop = client.subscribe<{ feedbackAdded: { body: string } }>(
    { query: FEEDBACK_ADDED, variables: { quoteId } },
    {
      next: (message) => {
        const body = message.data?.feedbackAdded.body;
        if (body !== undefined) receipts.get(body)?.push(performance.now());
        if (message.errors !== undefined) log(`subscription error: ${JSON.stringify(message.errors)}`);
      },
      error: (error) => log(`subscription failed: ${String(error)}`),
      complete: () => undefined,
    },
  );
  return {
    client,
    dispose: async () => {
      stop();
      await client.dispose();
    },
  };
}

async function closeAll(server: BenchServer, subscribers: Subscriber[]): Promise<void> {
  const before = await server.feeds();
  await Promise.all(subscribers.map((subscriber) => subscriber.dispose()));
  await waitUntil(async () => (await server.feeds()) <= before - subscribers.length,
    'the subscriptions to close');
}

// ---- helpers ----------------------------------------------------------------

function report(memory: MemoryStep[], latency: LatencyResult[]): void {
  const lines = [
    '',
    '| idle subscribed sockets | RSS per socket | JS heap + external per socket |',
    '| ---: | ---: | ---: |',
    ...memory.map((m) => `| ${m.sockets} | ${kb(m.rssPerSocket)} KB | ${kb(m.heapPerSocket)} KB |`),
    '',
    '| subscribers on one quote | p50 | p95 | max | messages | missing |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...latency.map((l) => `| ${l.subscribers} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.max)} `
      + `| ${l.samples} | ${l.missing} |`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await runBench('bench:live', main);
