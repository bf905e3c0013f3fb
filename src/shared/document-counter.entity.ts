import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The last number given out for a kind of document in a year. Numbers come
 * from here inside the transaction that creates the document (see
 * `nextDocumentNumber`), so they have neither gaps nor duplicates.
 */
@Entity({ tableName: 'document_counters' })
export class DocumentCounter {
  /** `OF` (quotes), `CV` (sales orders), `FA` (invoices). */
  @PrimaryKey({ type: 'string', length: 8 })
  prefix!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
