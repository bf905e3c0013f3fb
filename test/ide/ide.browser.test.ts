import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

// Debian's Chromium; Playwright never downloads a browser of its own here.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `SKIPPED the IDE's browser test: no Chromium at ${CHROMIUM}. ` +
      'Install it (apt-get install chromium) or set CHROMIUM_PATH.',
  );
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Everything the page asked for, and the socket frames, to check what it reached. */
interface Traffic {
  requests: string[];
  sockets: string[];
  framesSent: string[];
  framesReceived: string[];
  cspViolations: string[];
}

let api: TestApp;
let profile: string;
let browser: BrowserContext;
let page: Page;
const traffic: Traffic = {
  requests: [],
  sockets: [],
  framesSent: [],
  framesReceived: [],
  cspViolations: [],
};

describe.skipIf(!hasChromium)('the staff IDE in a browser (production settings)', () => {
  beforeAll(async () => {
    // Production: introspection answers signed-in staff only, which the IDE must cope with.
    api = await startTestApp({ NODE_ENV: 'production' });
    profile = await mkdtemp(join(tmpdir(), 'portal-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    // Anything off this machine is recorded and refused: the IDE must need no internet.
    await browser.route('**/*', async (route) => {
      const url = route.request().url();
      traffic.requests.push(url);
      if (isLoopback(url)) await route.continue();
      else await route.abort();
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    // A missing element fails its test within the test's own time limit, with a clear message.
    page.setDefaultTimeout(10_000);
    page.on('websocket', (socket) => {
      traffic.sockets.push(socket.url());
      socket.on('framesent', (frame) => traffic.framesSent.push(String(frame.payload)));
      socket.on('framereceived', (frame) => traffic.framesReceived.push(String(frame.payload)));
    });
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) {
        traffic.cspViolations.push(message.text());
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await api?.stop();
  });

  it('tells an anonymous visitor to sign in as staff to load the schema', async () => {
    await page.goto(api.graphqlUrl);

    await expect.poll(() => page.locator('.ide-banner').textContent())
      .toContain('Sign in as staff to load the schema');
    await expect.poll(() => page.locator('#ide-email').isVisible()).toBe(true);
  });

  it('signs the administrator in through the sign-in panel, then loads the schema', async () => {
    await page.fill('#ide-email', ADMIN_EMAIL);
    await page.fill('#ide-password', ADMIN_PASSWORD);
    await page.click('form.ide-panel button[type=submit]');

    await expect.poll(() => page.locator('.ide-signed-in').textContent())
      .toBe(`Signed in as ${ADMIN_EMAIL} (ADMIN).`);
    await expect.poll(() => page.locator('.ide-banner').count()).toBe(0);

    await page.click('button[aria-label="Show Documentation Explorer"]');
    await expect.poll(() => page.locator('.graphiql-doc-explorer').textContent())
      .toContain('Mutation');
  });

  it('runs a query typed into a new tab and shows the answer', async () => {
    await runInNewTab(page, '{ me { email role } }');

    await expect.poll(() => responseText(page)).toContain(`"email": "${ADMIN_EMAIL}"`);
    expect(await responseText(page)).toContain('"role": "ADMIN"');
  });

  it('sends subscriptions over graphql-ws, the token in connection_init', async () => {
    // Not a valid subscription on any schema (its root field is an introspection field), so the
    // answer is the server's validation error, sent back over the accepted socket.
    await runInNewTab(page, 'subscription { __typename }');

    await expect.poll(() => responseText(page)).toMatch(/"message": ".*subscription/i);
    expect(traffic.sockets).toEqual([api.wsUrl]);
    const init = JSON.parse(traffic.framesSent[0] ?? '{}');
    expect(init.type).toBe('connection_init');
    expect(init.payload.authorization).toMatch(/^Bearer ./);
    expect(traffic.framesReceived.map((frame) => JSON.parse(frame).type))
      .toContain('connection_ack');
  });

  it('renews an expiring access token before it sends a request', async () => {
    // Written as text: this runs in the page, and the tests' TypeScript has no DOM types.
    const before = await page.evaluate(`(() => {
      const session = JSON.parse(sessionStorage.getItem('portal-ide:session'));
      session.expiresAt = new Date(Date.now() + 1000).toISOString();
      sessionStorage.setItem('portal-ide:session', JSON.stringify(session));
      return session.refreshToken;
    })()`);
    await page.reload();

    await expect.poll(() => page.evaluate(
      "JSON.parse(sessionStorage.getItem('portal-ide:session')).refreshToken",
    )).not.toBe(before);
    await page.click('button[aria-label="Show Sign in"]');
    await expect.poll(() => page.locator('.ide-signed-in').textContent())
      .toBe(`Signed in as ${ADMIN_EMAIL} (ADMIN).`);
    await runInNewTab(page, '{ me { role } }');
    await expect.poll(() => responseText(page)).toContain('"role": "ADMIN"');
  });

  it('loaded nothing from outside this server and broke no Content-Security-Policy rule', () => {
    expect(traffic.requests.length).toBeGreaterThan(5);
    expect(traffic.requests.filter((url) => !isLoopback(url))).toEqual([]);
    expect(traffic.cspViolations).toEqual([]);
  });
});

/** The part of CodeMirror 5's API on its element that the tests use. */
interface CodeMirrorElement {
  CodeMirror: { getValue(): string; setValue(value: string): void };
}

async function runInNewTab(page: Page, query: string): Promise<void> {
  await page.click('button[aria-label="Add tab"]');
  // CodeMirror closes brackets as one types; setting the whole text is what pasting does.
  await page.locator('.graphiql-query-editor .CodeMirror').first().evaluate((element, text) => {
    (element as unknown as CodeMirrorElement).CodeMirror.setValue(text);
  }, query);
  await page.click('.graphiql-execute-button');
}

async function responseText(page: Page): Promise<string> {
  return page.locator('.graphiql-response .CodeMirror').first().evaluate((element) =>
    (element as unknown as CodeMirrorElement).CodeMirror.getValue());
}

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.');
}
