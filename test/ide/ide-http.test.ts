import 'reflect-metadata';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp();
});

afterAll(async () => {
  await api?.stop();
});

async function idePage(): Promise<{ response: Response; html: string; assets: string[] }> {
  const response = await fetch(api.graphqlUrl, { headers: { accept: 'text/html,*/*;q=0.8' } });
  const html = await response.text();
  const assets = [...html.matchAll(/(?:src|href)="(ide\/[^"]+)"/g)].map((match) => match[1]!);
  return { response, html, assets };
}

describe('GET /graphql from a browser', () => {
  it('answers the IDE page, with a CSP that allows only this origin', async () => {
    const { response, html } = await idePage();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(html).toContain('<div id="ide">');
    expect(html).not.toMatch(/<script>|https?:\/\//);
  });

  it('serves every asset the page names, with its type and a year of caching', async () => {
    const { assets } = await idePage();
    expect(assets.map((url) => url.replace(/\?.*/, ''))).toEqual([
      'ide/graphiql.min.css',
      'ide/ide.css',
      'ide/react.min.js',
      'ide/react-dom.min.js',
      'ide/graphiql.min.js',
      'ide/graphql-ws.min.js',
      'ide/ide.js',
    ]);

    for (const asset of assets) {
      const response = await fetch(`${api.url}/${asset}`);
      expect(response.status, asset).toBe(200);
      const type = asset.includes('.css') ? 'text/css' : 'text/javascript';
      expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
  });

  it('gzips assets for clients that accept it, and only for them', async () => {
    const url = `${api.url}/ide/ide.js`;
    const plain = await rawGet(url, {});
    const zipped = await rawGet(url, { 'accept-encoding': 'gzip' });

    expect(plain.encoding).toBeNull();
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  it('answers 404 for an asset it does not have', async () => {
    const response = await fetch(`${api.url}/ide/secrets.js`);
    expect(response.status).toBe(404);
    const traversal = await fetch(`${api.url}/ide/..%2Fpackage.json`);
    expect(traversal.status).toBe(404);
  });

  it('still answers GraphQL GET requests from clients that want JSON', async () => {
    const query = encodeURIComponent('{ __typename }');
    const response = await fetch(`${api.graphqlUrl}?query=${query}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

/** fetch() always decompresses; this shows what went over the wire. */
async function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ encoding: string | null; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          encoding: response.headers['content-encoding'] ?? null,
          body: Buffer.concat(chunks),
        }),
      );
    }).on('error', reject).end();
  });
}
