import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One fixed-window counter: how many attempts a subject (an email, a client
 * address) made in the current window of one rule. Shared by every instance.
 */
@Entity({ tableName: 'rate_limits' })
export class RateLimitCounter {
  /** The rule's name and a hash of the subject, e.g. `password-reset-email:1f3a…`. */
  @PrimaryKey({ type: 'string', length: 100 })
  key!: string;

  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  hits!: number;
}
