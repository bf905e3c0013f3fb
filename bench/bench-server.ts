import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { startApp } from '../src/app/app.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logging/logger.js';
import { seedDemo } from '../scripts/seed/seed-demo.js';

/*
 * The API instance a benchmark measures, in a process of its own so its
 * memory is not mixed with the clients'. Started by bench/harness.ts with
 * `--expose-gc`; answers requests over the IPC channel.
 */

export type ServerRequest =
  | { type: 'memory' }
  | { type: 'feeds' }
  | { type: 'seed' }
  | { type: 'stop' };

export type ServerMessage =
  | { type: 'ready'; url: string }
  | { type: 'memory'; rssBytes: number; heapUsedBytes: number; externalBytes: number }
  | { type: 'feeds'; count: number }
  | { type: 'seeded' }
  | { type: 'stopped' };

const config = loadConfig();
const log = createLogger({ env: config.env, level: config.logLevel });
const app = await startApp(config, log);
send({ type: 'ready', url: app.url });

process.on('message', (request: ServerRequest) => {
  void answer(request).catch((error: unknown) => {
    log.error({ err: error }, 'bench server request failed');
    process.exit(1);
  });
});
// The benchmark owns this process: if it goes away, so do we.
process.on('disconnect', () => void app.stop().finally(() => process.exit(0)));

async function answer(request: ServerRequest): Promise<void> {
  switch (request.type) {
    case 'memory': {
      collectGarbage();
      const usage = process.memoryUsage();
      send({
        type: 'memory',
        rssBytes: await residentBytes(usage.rss),
        heapUsedBytes: usage.heapUsed,
        externalBytes: usage.external + usage.arrayBuffers,
      });
      return;
    }
    case 'feeds':
      send({ type: 'feeds', count: app.services.live.hub.size });
      return;
    case 'seed':
      await seedDemo(app);
      send({ type: 'seeded' });
      return;
    case 'stop':
      await app.stop();
      send({ type: 'stopped' });
      process.exit(0);
  }
}

function collectGarbage(): void {
  if (global.gc === undefined) throw new Error('start the bench server with --expose-gc');
  for (let i = 0; i < 3; i += 1) global.gc();
}

/** VmRSS from /proc where there is one (Linux), else Node's own figure. */
async function residentBytes(fallback: number): Promise<number> {
  try {
    const status = await readFile('/proc/self/status', 'utf8');
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
    return match === null ? fallback : Number(match[1]) * 1024;
  } catch {
    return fallback;
  }
}

function send(message: ServerMessage): void {
  process.send?.(message);
}
