import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { Config } from '../config/config.js';

/** One message as the transport needs it. */
export interface MailMessage {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: Date;
}

/** Where mails go: an SMTP server, or `.eml` files when none is configured. */
export interface MailTransport {
  /** Sends one message; answers where it went (the SMTP reply or the file), for the log. */
  send(message: MailMessage): Promise<string>;
  close(): void;
  /** For the start-up log line. */
  describe(): string;
}

/** At most this many messages are sent at once by one instance. */
export const SMTP_CONNECTIONS = 4;

/** SMTP through nodemailer when `smtpUrl` is set, else `.eml` files in `dataDir/mail`. */
export function createMailTransport(config: Config): MailTransport {
  return config.smtpUrl === null
    ? fileTransport(config.mailFrom, join(config.dataDir, 'mail'))
    : smtpTransport(config.mailFrom, config.smtpUrl);
}

function smtpTransport(from: string, url: string): MailTransport {
  // Short socket limits keep every send well inside the claim's lease.
  const transport = createTransport({
    url,
    pool: true,
    maxConnections: SMTP_CONNECTIONS,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const target = new URL(url);

  return {
    send: async (message) => {
      const info = await transport.sendMail(envelope(from, message));
      return `smtp ${target.host}: ${info.response}`;
    },
    close: () => transport.close(),
    describe: () => `SMTP at ${target.host}`,
  };
}

function fileTransport(from: string, dir: string): MailTransport {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  return {
    send: async (message) => {
      const info = await transport.sendMail(envelope(from, message));
      const raw = info.message;
      if (!Buffer.isBuffer(raw)) throw new Error('the stream transport gave no buffer');

      // Named after the mail, so sending it twice rewrites the same file.
      const stamp = message.createdAt.toISOString().replace(/[:.]/g, '-');
      const file = join(dir, `${stamp}-${message.kind}-${message.id}.eml`);
      await mkdir(dir, { recursive: true });
      await writeFile(`${file}.tmp`, raw);
      await rename(`${file}.tmp`, file);
      return `file ${file}`;
    },
    close: () => transport.close(),
    describe: () => `.eml files in ${dir} (SMTP_URL is not set)`,
  };
}

// The Message-ID is derived from the outbox id: a mail sent twice (see the
// at-least-once note in the README) carries the same id, which clients may use
// to drop the copy.
function envelope(from: string, message: MailMessage) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: `<${message.id}@${senderDomain(from)}>`,
    date: message.createdAt,
  };
}

function senderDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  const domain = address.slice(address.lastIndexOf('@') + 1).trim();
  return /^[a-z0-9.-]+$/i.test(domain) ? domain : 'portal.localhost';
}
