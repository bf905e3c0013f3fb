import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A published live event, kept for a while after its NOTIFY so an instance
 * whose listening connection dropped can read the ones it missed. Written by
 * `publishAfterCommit`, read and pruned by `LiveListener`; not part of the API.
 */
@Entity({ tableName: 'live_events' })
export class LiveEventRecord {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The `LiveEvent`, as JSON. */
  @Property({ type: 'json' })
  payload!: unknown;

  /** When the publishing transaction started (PostgreSQL's `now()`). */
  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Opt<Date>;
}
