import type { IncomingMessage, ServerResponse } from 'node:http';

/** A plain HTTP endpoint next to /graphql (health checks, file downloads and uploads). */
export interface HttpRoute {
  method: 'GET' | 'POST' | 'PUT';
  /** A fixed path, or a pattern whose groups are passed to the handler. */
  path: string | RegExp;
  handle(req: IncomingMessage, res: ServerResponse, params: string[]): Promise<void>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Finds the route for a request; null when none matches. */
export function matchRoute(
  routes: HttpRoute[],
  method: string,
  pathname: string,
): { route: HttpRoute; params: string[] } | null {
  for (const route of routes) {
    if (route.method !== method) continue;
    if (typeof route.path === 'string') {
      if (route.path === pathname) return { route, params: [] };
      continue;
    }
    const match = route.path.exec(pathname);
    if (match !== null) return { route, params: match.slice(1) };
  }
  return null;
}
