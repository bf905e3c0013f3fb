import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { AuthorRole } from '../quotes/quote-enums.js';
import { Quote } from '../quotes/quote.entity.js';

/**
 * "Some socket on this instance follows this quote's thread for this side": one row per
 * instance, quote and side, however many sockets. Written by `ThreadWatchers`, read by the
 * feedback mails (someone reading live is not emailed). Rows carry a lease that each
 * instance renews, so those of an instance that died stop counting on their own.
 */
@Entity({ tableName: 'thread_watchers' })
@Index({ properties: ['quote', 'side', 'expiresAt'] })
export class ThreadWatcher {
  /** The random id an API process draws at start. */
  @PrimaryKey({ type: 'uuid' })
  instanceId!: string;

  @ManyToOne(() => Quote, { primary: true, deleteRule: 'cascade' })
  quote!: Rel<Quote>;

  @Enum({ items: () => AuthorRole, nativeEnumName: 'author_role', primary: true })
  side!: AuthorRole;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;
}
