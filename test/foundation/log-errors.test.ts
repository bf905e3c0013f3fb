import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, serializeError } from '../../src/logging/logger.js';
import { OutboxMail } from '../../src/mail/outbox-mail.entity.js';
import { openTestOrm, type TestOrm } from '../support/test-orm.js';

const SECRET = 'reset-password?token=live-single-use-token-4f2a';

let db: TestOrm;

beforeAll(async () => {
  db = await openTestOrm();
});

afterAll(async () => {
  await db?.close();
});

/** What a real failing insert of an outbox mail throws: a live link is among the values. */
async function failedOutboxInsert(): Promise<unknown> {
  const em = db.orm.em.fork();
  const mail = {
    id: randomUUID(), createdAt: new Date(), updatedAt: new Date(), kind: 'reset',
    toAddress: 'ana@firma.ro', subject: 'Reset - password', textBody: `Open ${SECRET} - today`,
    htmlBody: null as unknown as string,
  };
  return em.insert(OutboxMail, mail).then(() => null, (error: unknown) => error);
}

/** A mail the ORM refuses before any SQL: MikroORM prints the whole entity in its message. */
async function refusedOutboxFlush(): Promise<unknown> {
  const em = db.orm.em.fork();
  em.create(OutboxMail, {
    kind: 'reset', toAddress: 'ana@firma.ro', subject: 'Reset',
    textBody: `Open ${SECRET}`, htmlBody: null as unknown as string,
  });
  return em.flush().then(() => null, (error: unknown) => error);
}

/** The same through a raw statement, which MikroORM hands over as pg's own error. */
async function failedOutboxStatement(): Promise<unknown> {
  const insert = 'insert into mail_outbox (id, created_at, updated_at, kind, to_address, subject, '
    + 'text_body, html_body) values (?, now(), now(), ?, ?, ?, ?, null)';
  return db.orm.em.getConnection()
    .execute(insert, [randomUUID(), 'reset', 'ana@firma.ro', 'Reset', `Open ${SECRET}\n - x`])
    .then(() => null, (error: unknown) => error);
}

/** What a production logger writes for `{ err: error }`, as parsed JSON. */
function logged(error: unknown): Record<string, unknown> {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const log = createLogger({ env: 'production', level: 'info' }, stream);
  log.error({ err: error }, 'unexpected error');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

describe('database errors in logs', () => {
  it.each([
    ['a MikroORM exception', failedOutboxInsert, 'NotNullConstraintViolationException'],
    ["pg's error from a raw statement", failedOutboxStatement, 'DatabaseError'],
  ])('keep code, table, column and reason of %s, not SQL or values', async (_what, fail, type) => {
    const error = await fail();
    expect(String((error as Error).message)).toContain(SECRET); // what MikroORM hands over

    const line = logged(error);
    const err = line.err as Record<string, unknown>;

    expect(JSON.stringify(line)).not.toContain('live-single-use-token');
    expect(JSON.stringify(line)).not.toContain('ana@firma.ro');
    expect(JSON.stringify(line)).not.toMatch(/insert into/i);
    expect(err).toMatchObject({
      type,
      code: '23502',
      table: 'mail_outbox',
      column: 'html_body',
      message: expect.stringMatching(/^null value in column "html_body".*violates not-null/),
    });
    expect(err.stack).toMatch(new RegExp(`^${type}: null value in column`));
    expect(err.stack).toMatch(/\n\s+at /);
    expect(err).not.toHaveProperty('detail');
  });

  it('keep only the first line of a MikroORM validation error, not the entity', async () => {
    const error = await refusedOutboxFlush();
    expect(String((error as Error).message)).toContain(SECRET);

    const err = logged(error).err as Record<string, unknown>;

    expect(JSON.stringify(err)).not.toContain('live-single-use-token');
    expect(err).toMatchObject({
      type: 'ValidationError', message: "Value for OutboxMail.htmlBody is required, 'null' found",
    });
    expect(err).not.toHaveProperty('entity');
    expect(err.stack).toMatch(/\n\s+at /);
  });

  it('keep a constraint name', async () => {
    const id = randomUUID();
    const insert = 'insert into price_lists (id, created_at, updated_at, name, currency) '
      + 'values (?, now(), now(), ?, ?)';
    const connection = db.orm.em.getConnection();
    await connection.execute(insert, [id, 'Lista A', 'RON']);
    const error = await connection.execute(insert, [id, 'Lista B', 'RON']).catch((e) => e);

    const err = serializeError(error) as Record<string, unknown>;

    expect(err).toMatchObject({ code: '23505', constraint: 'price_lists_pkey' });
    expect(JSON.stringify(err)).not.toContain('Lista');
  });

  it('drop the detail of a pg error that did not pass through MikroORM', async () => {
    const client = new pg.Client({ connectionString: db.databaseUrl });
    await client.connect();
    const error = await client.query(
      'insert into price_lists (id, created_at, updated_at, name, currency) '
        + 'values ($1, now(), now(), $2, null)',
      [randomUUID(), SECRET],
    ).catch((e: unknown) => e).finally(() => client.end());

    const err = serializeError(error) as Record<string, unknown>;

    expect(err).toMatchObject({ code: '23502', table: 'price_lists', column: 'currency' });
    expect(JSON.stringify(err)).not.toContain('live-single-use-token');
  });

  it('leave other errors as pino shows them', () => {
    const error = Object.assign(new Error('SMTP said no'), { code: 'EENVELOPE' });

    expect(serializeError(error)).toMatchObject({
      type: 'Error', message: 'SMTP said no', code: 'EENVELOPE', stack: error.stack,
    });
  });
});
