/** How a failed send is described in logs and in the outbox row. */

const MAX_ERROR_LENGTH = 500;

/**
 * `ion.popescu@firma.ro` → `i***@firma.ro`: enough to tell mails apart in a
 * log, not enough to harvest addresses from it.
 */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

/**
 * A one-line account of an error without credentials (user:password@ in
 * URLs) or full addresses, short enough to store and log.
 */
export function describeError(error: unknown): string {
  const fields = error instanceof Error ? (error as SmtpErrorFields) : {};
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof fields.code === 'string' ? `${fields.code}: ` : '';

  const clean = `${code}${message}`
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi, '$1[redacted]@')
    .replace(/[^\s<>()[\]"',;:]+@[a-z0-9.-]+\.[a-z]{2,}/gi, (found) => maskAddress(found))
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > MAX_ERROR_LENGTH ? `${clean.slice(0, MAX_ERROR_LENGTH - 1)}…` : clean;
}

/**
 * True when retrying cannot help: the server answered the envelope or the
 * message with a 5xx. Connection, authentication and 4xx failures are
 * retried, since they are usually fixed by time or by the operator.
 */
export function isPermanentFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const fields = error as SmtpErrorFields;
  const rejected = fields.code === 'EENVELOPE' || fields.code === 'EMESSAGE';
  const code = fields.responseCode;
  return rejected && typeof code === 'number' && code >= 500 && code < 600;
}

interface SmtpErrorFields {
  code?: unknown;
  responseCode?: unknown;
}
