// The container's HEALTHCHECK: exits 0 while GET /healthz on this process's port answers 200.
const url = `http://127.0.0.1:${process.env.PORT ?? '4000'}/healthz`;

try {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  if (!response.ok) console.error(`${url} answered ${response.status}`);
  process.exitCode = response.ok ? 0 : 1;
} catch (error) {
  console.error(`${url} did not answer: ${String(error)}`);
  process.exitCode = 1;
}
