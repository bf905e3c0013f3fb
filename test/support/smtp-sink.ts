import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the sink accepted, parsed. */
export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  /** The From header as text, e.g. `"Portal B2B" <portal@localhost>`. */
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
export interface SmtpSink {
  /** `smtp://127.0.0.1:PORT`, for SMTP_URL. */
  url: string;
  messages: ReceivedMail[];
  /** Resolves with the first message (already received or still to come) that matches. */
  waitFor(predicate: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Answers the next `count` messages with `code` (a 4xx by default) instead of taking them. */
  failNext(count: number, code?: number): void;
  stop(): Promise<void>;
}

interface Waiter {
  predicate: (m: ReceivedMail) => boolean;
  resolve: (m: ReceivedMail) => void;
}

/** Starts the sink on a free loopback port: no TLS, no authentication. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  let waiters: Waiter[] = [];
  const failures: number[] = [];

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 200,
    onData(stream, session, callback) {
      const code = failures.shift();
      receive(stream)
        .then(async (raw) => {
          if (code !== undefined) {
            callback(Object.assign(new Error(`Sink told to fail (${code})`), { responseCode: code }));
            return;
          }
          const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          const mail = await parseMail(raw, recipients);
          messages.push(mail);
          callback();
          for (const waiter of waiters.filter((w) => w.predicate(mail))) waiter.resolve(mail);
          waiters = waiters.filter((w) => !w.predicate(mail));
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error('bad')));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor: (predicate, timeoutMs = 10_000) => {
      const found = messages.find(predicate);
      if (found !== undefined) return Promise.resolve(found);

      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error(`no matching mail within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        const waiter: Waiter = {
          predicate,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        waiters.push(waiter);
      });
    },
    failNext: (count, code = 451) => {
      for (let i = 0; i < count; i += 1) failures.push(code);
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function receive(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Parses a raw message (as received, or read from an `.eml` file). */
export async function parseMail(raw: Buffer | string, to?: string[]): Promise<ReceivedMail> {
  const parsed = await simpleParser(raw);
  return {
    to: to ?? addresses(parsed.to),
    from: parsed.from?.text ?? '',
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    messageId: parsed.messageId ?? '',
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((group) => group.value.map((a) => a.address ?? '')).filter(Boolean);
}
