import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/accounts.js';
import { sendFrom } from '../support/from-address.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * Behind a load balancer every request comes from its address: per-address
 * limits must count the client it names in X-Forwarded-For, and only when the
 * request really comes from a proxy in TRUST_PROXY.
 */

const REQUEST_RESET = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
const PROXY = '127.0.0.5';
const RESETS_PER_ADDRESS = 20;

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp({ TRUST_PROXY: `${PROXY},127.0.5.0/24` });
});

afterAll(async () => {
  await api?.stop();
});

/** A password reset request from `localAddress`; answers OK or the error's code. */
function resetFrom(localAddress: string, forwardedFor?: string): Promise<string> {
  const headers: Record<string, string> = forwardedFor === undefined
    ? {}
    : { 'x-forwarded-for': forwardedFor };
  return sendFrom(api.graphqlUrl, localAddress, REQUEST_RESET, { email: uniqueEmail('r') },
    headers);
}

async function useUp(localAddress: string, forwardedFor?: string): Promise<void> {
  for (let i = 0; i < RESETS_PER_ADDRESS; i += 1) {
    expect(await resetFrom(localAddress, forwardedFor)).toBe('OK');
  }
}

describe('client addresses behind trusted proxies', () => {
  it('count the client a trusted proxy names, not the proxy', async () => {
    await useUp(PROXY, '203.0.113.10');

    expect(await resetFrom(PROXY, '203.0.113.10')).toBe('RATE_LIMITED');
    expect(await resetFrom(PROXY, '203.0.113.11')).toBe('OK');
  });

  it('read past a chain of trusted proxies, and not what the client wrote itself', async () => {
    await useUp(PROXY, '198.51.100.7, 127.0.5.9');

    // The client put a made-up address in front: the proxies' hops still name it.
    expect(await resetFrom(PROXY, '192.0.2.1, 198.51.100.7, 127.0.5.9')).toBe('RATE_LIMITED');
    expect(await resetFrom('127.0.5.20', '198.51.100.8')).toBe('OK');
  });

  it('ignore X-Forwarded-For from anyone else', async () => {
    await useUp('127.0.6.1', '203.0.113.50');

    expect(await resetFrom('127.0.6.1', '203.0.113.51')).toBe('RATE_LIMITED');
    expect(await resetFrom(PROXY, '203.0.113.50')).toBe('OK');
  });
});
