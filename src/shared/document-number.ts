import type { EntityManager } from '@mikro-orm/postgresql';
import { businessYear } from './calendar.js';

/** The prefixes of numbered documents: offers, sales orders (comenzi), invoices (facturi). */
export type DocumentPrefix = 'OF' | 'CV' | 'FA';

/**
 * Takes the next number of a document kind for the current year, e.g.
 * `OF-2026-000123`. Call it inside the transaction that stores the document:
 * the upsert holds the counter's row lock until commit, so concurrent
 * creators queue up, and a rollback gives the number back.
 */
export async function nextDocumentNumber(
  em: EntityManager,
  prefix: DocumentPrefix,
  at: Date = new Date(),
): Promise<string> {
  if (em.getTransactionContext() === undefined) {
    throw new Error('nextDocumentNumber must run inside the transaction that stores the document');
  }

  const year = businessYear(at);
  const rows = await em.execute<{ last: number }[]>(
    `insert into document_counters (prefix, year, last) values (?, ?, 1)
     on conflict (prefix, year) do update set last = document_counters.last + 1
     returning last`,
    [prefix, year],
  );

  const last = rows[0]!.last;
  return `${prefix}-${year}-${String(last).padStart(6, '0')}`;
}
