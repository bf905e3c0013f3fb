/**
 * A link into the web app: `appLink(cfg.appUrl, '/activate', { token })` gives
 * `APP_URL/activate?token=…`, with every parameter URL-encoded. A path prefix
 * in APP_URL (`https://example.ro/portal`) is kept.
 */
export function appLink(appUrl: string, path: string, params: Record<string, string> = {}): string {
  const base = appUrl.replace(/\/+$/, '');
  const url = new URL(`${base}/${path.replace(/^\/+/, '')}`);

  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}
