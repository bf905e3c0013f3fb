import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRoute } from '../http/routes.js';
import { type IdeAsset, ideAssets } from './ide-assets.js';

/**
 * Only this origin, for everything: no CDN, no inline script or style. Fonts
 * and icons inside GraphiQL's stylesheet are `data:` URLs, which fetch nothing.
 * `connect-src 'self'` also allows the same origin's ws:/wss: (CSP level 3).
 */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': IDE_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** A browser asking for a page (not a GraphQL client doing GET) gets the IDE at `/graphql`. */
export function wantsIde(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  return (req.method === 'GET' || req.method === 'HEAD') && accept.includes('text/html');
}

let page: Buffer | undefined;

/** Answers the IDE's page; its assets are served by `ideRoutes`. */
export function sendIdePage(req: IncomingMessage, res: ServerResponse): void {
  page ??= Buffer.from(idePage(ideAssets()));
  const html = page;
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/html; charset=utf-8',
    'content-length': html.length,
    // The page names its assets by version: revalidating the page is enough.
    'cache-control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : html);
}

/** `GET /ide/<asset>`: the IDE's scripts and styles, cached by browsers for a year. */
export function ideRoutes(): HttpRoute[] {
  return [
    {
      method: 'GET',
      path: /^\/ide\/([a-z0-9.-]+)$/,
      handle: async (req, res, [name]) => {
        const asset = ideAssets().get(name ?? '');
        if (asset === undefined) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('No such IDE asset.');
          return;
        }
        sendAsset(req, res, asset);
      },
    },
  ];
}

function sendAsset(req: IncomingMessage, res: ServerResponse, asset: IdeAsset): void {
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const body = gzip ? asset.gzipped : asset.body;
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': asset.contentType,
    'content-length': body.length,
    'cache-control': 'public, max-age=31536000, immutable',
    etag: `"${asset.version}${gzip ? '-gz' : ''}"`,
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(body);
}

/**
 * The page: a mount point and the assets, by relative URL so that the IDE also
 * works behind a proxy that serves the API under a path prefix.
 */
function idePage(assets: Map<string, IdeAsset>): string {
  const url = (name: string) => `ide/${name}?v=${assets.get(name)?.version ?? ''}`;
  const styles = ['graphiql.min.css', 'ide.css']
    .map((name) => `<link rel="stylesheet" href="${url(name)}">`);
  const scripts = ['react.min.js', 'react-dom.min.js', 'graphiql.min.js', 'graphql-ws.min.js']
    .concat('ide.js')
    .map((name) => `<script src="${url(name)}" defer></script>`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    // An empty icon, so that the browser does not ask for /favicon.ico.
    '<link rel="icon" href="data:,">',
    '<title>B2B portal API · GraphQL IDE</title>',
    ...styles,
    ...scripts,
    '</head>',
    '<body>',
    '<div id="ide">Loading the GraphQL IDE…</div>',
    '<noscript>The GraphQL IDE needs JavaScript.</noscript>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
