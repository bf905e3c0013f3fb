import { DriverException, ValidationError } from '@mikro-orm/core';
import pino from 'pino';

const SQL_STATE = /^[0-9A-Z]{5}$/;
const MAX_MESSAGE_LENGTH = 300;

/** The fields of a pg `DatabaseError` that say what failed without quoting any value. */
interface DatabaseErrorFields {
  code?: unknown;
  sqlState?: unknown;
  severity?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
}

/**
 * pino's `err` serializer, except for database errors. knex puts the failed
 * statement with its bound values in front of the message (`insert … values
 * ('…') - null value in column …`), MikroORM adds PostgreSQL's detail (`Failing
 * row contains (…)`), and pino would log both, and every other field, in
 * full: an email body with a live link, or a password hash, in the log. A
 * database error keeps its name, SQL state, constraint, table, column, the
 * reason PostgreSQL gave, and its stack frames. MikroORM's own ValidationError
 * prints the whole entity after its first line and carries it as `entity`:
 * it keeps the first line and the frames. An error that carries a
 * database error as its `cause` is still shown as pino shows it; nothing in
 * src wraps them so.
 */
export function serializeError(error: unknown): unknown {
  if (error instanceof ValidationError) return validationError(error);
  if (!isDatabaseError(error)) return pino.stdSerializers.err(error as Error);

  const fields = error as Error & DatabaseErrorFields;
  const type = error.constructor.name;
  const message = reasonOf(error);
  const frames = (error.stack ?? '').split('\n').filter((line) => FRAME.test(line));
  return {
    type,
    message,
    code: textOf(fields.code) ?? textOf(fields.sqlState),
    ...optional('severity', fields.severity),
    ...optional('constraint', fields.constraint),
    ...optional('table', fields.table),
    ...optional('column', fields.column),
    stack: [`${type}: ${message}`, ...frames].join('\n'),
  };
}

function validationError(error: ValidationError): unknown {
  const type = error.constructor.name;
  // The first line may still quote the one value that failed a type check; it is cut short.
  const message = error.message.split('\n')[0]!.slice(0, MAX_MESSAGE_LENGTH);
  const frames = (error.stack ?? '').split('\n').filter((line) => FRAME.test(line));
  return { type, message, stack: [`${type}: ${message}`, ...frames].join('\n') };
}

/** A MikroORM driver exception, or an error shaped like pg's `DatabaseError`. */
function isDatabaseError(error: unknown): error is Error {
  if (error instanceof DriverException) return true;
  if (!(error instanceof Error)) return false;
  const fields = error as DatabaseErrorFields;
  const state = textOf(fields.code) ?? textOf(fields.sqlState);
  return state !== null && SQL_STATE.test(state)
    && ('severity' in error || 'sqlState' in error || 'routine' in error);
}

// A stack frame as V8 writes it: `    at fn (file:line:col)` or `    at file:line:col`.
const FRAME = /^\s+at (?:.+ \(.+:\d+:\d+\)|\S+:\d+:\d+|.+ \(native\)|.+ \(<anonymous>\))$/;

/**
 * PostgreSQL's own message. knex writes `<statement with values> - <message>`,
 * both on pg's errors and on the MikroORM exceptions made from them, and
 * MikroORM adds `\n - detail: …` and `\n - hint: …` (both may quote values):
 * the reason is what follows the last ` - ` before those. PostgreSQL's
 * messages do not contain ` - `; a message without one is kept whole.
 */
function reasonOf(error: Error): string {
  let message = error.message;
  const extra = message.search(/\n - (?:detail|hint): /);
  if (extra >= 0) message = message.slice(0, extra);
  const separator = message.lastIndexOf(' - ');
  if (separator >= 0) message = message.slice(separator + 3);

  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > MAX_MESSAGE_LENGTH ? `${line.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : line;
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function optional(name: string, value: unknown): Record<string, string> {
  const text = textOf(value);
  return text === null ? {} : { [name]: text };
}
