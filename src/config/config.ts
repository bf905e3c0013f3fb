import { resolve } from 'node:path';
import { parseTrustedProxies } from '../http/client-address.js';
import { normalizeIban } from '../shared/validation/iban.js';

/** Settings of one server process, read once from the environment at start. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  /** When null, an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl: string | null;
  /** When null, mails are written as `.eml` files under `dataDir/mail`. */
  smtpUrl: string | null;
  mailFrom: string;
  /** How often each instance looks for due mails when no notification woke it. */
  mailPollIntervalMs: number;
  /** The wait after a mail's first failed attempt; it doubles with each failure. */
  mailRetryBaseMs: number;
  /** Attempts at one mail before giving up on it. */
  mailMaxAttempts: number;
  appUrl: string;
  /** When null, a key generated once and kept under `dataDir` is used. */
  jwtSecret: string | null;
  adminEmail: string | null;
  adminPassword: string | null;
  dataDir: string;
  logLevel: string;
  /** The distributor's account that customers pay into by bank transfer. */
  companyIban: string;
  /** Proxies whose X-Forwarded-For names the client (addresses or CIDR subnets). */
  trustProxy: string[];
}

/**
 * The IBAN used when `COMPANY_IBAN` is unset: ISO 13616's example Romanian
 * IBAN, valid but no one's, so demos and tests show realistic instructions.
 * A real installation sets its own.
 */
export const DEMO_COMPANY_IBAN = 'RO49AAAA1B31007593840000';

/** A setting that cannot be used; the message names the variable. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and checks every setting; throws a ConfigError naming the first bad one. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV must be development, production or test');
  }

  const adminEmail = optional(env, 'ADMIN_EMAIL');
  const adminPassword = optional(env, 'ADMIN_PASSWORD');
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (adminEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError('ADMIN_EMAIL must be an email address');
  }
  if (adminPassword !== null && adminPassword.length < 10) {
    throw new ConfigError('ADMIN_PASSWORD must be at least 10 characters long');
  }

  const jwtSecret = optional(env, 'JWT_SECRET');
  if (jwtSecret !== null && Buffer.byteLength(jwtSecret) < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 bytes long');
  }

  const logLevel = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info');
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }

  const port = parsePort(env.PORT ?? '4000');
  const mailFrom = env.MAIL_FROM ?? 'Portal B2B <portal@localhost>';
  if (!/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(mailFrom)) {
    throw new ConfigError('MAIL_FROM must be an address, or a name and <address>');
  }
  const mailPollIntervalMs = whole(env, 'MAIL_POLL_INTERVAL_MS', 5000, 10);
  const mailRetryBaseMs = whole(env, 'MAIL_RETRY_BASE_MS', 30_000, 10);
  const mailMaxAttempts = whole(env, 'MAIL_MAX_ATTEMPTS', 10, 1);

  const companyIban = normalizeIban(optional(env, 'COMPANY_IBAN') ?? DEMO_COMPANY_IBAN);
  if (companyIban === null) {
    throw new ConfigError('COMPANY_IBAN is not a valid IBAN (check its letters and digits)');
  }

  let trustProxy: string[];
  try {
    trustProxy = parseTrustedProxies(env.TRUST_PROXY ?? '');
  } catch (error) {
    throw new ConfigError(`TRUST_PROXY: ${(error as Error).message}`);
  }

  return {
    env: nodeEnv as Config['env'],
    port,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom,
    mailPollIntervalMs,
    mailRetryBaseMs,
    mailMaxAttempts,
    appUrl: (url(env, 'APP_URL', ['http:', 'https:']) ?? `http://localhost:${port}`)
      .replace(/\/+$/, ''),
    jwtSecret,
    adminEmail: adminEmail?.toLowerCase() ?? null,
    adminPassword,
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    logLevel,
    companyIban,
    trustProxy,
  };
}

function optional(env: Env, name: string): string | null {
  const value = env[name];
  return value === undefined || value === '' ? null : value;
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const value = optional(env, name);
  if (value === null) return null;

  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return value;
}

function whole(env: Env, name: string, fallback: number, min: number): number {
  const value = optional(env, name);
  if (value === null) return fallback;

  const number = Number(value);
  if (!Number.isInteger(number) || number < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min}`);
  }
  return number;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT must be a whole number from 0 to 65535');
  }
  return port;
}
