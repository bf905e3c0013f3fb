import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { BaseEntity } from '../db/base.entity.js';
import { QuoteStatus } from './quote-enums.js';
import { Quote } from './quote.entity.js';

/** One status change of a quote: from what, to what, when, by whom and why. */
@ObjectType({ description: 'One status change of a quote.' })
@Entity({ tableName: 'quote_history' })
export class QuoteHistoryEntry extends BaseEntity {
  @Index()
  @ManyToOne(() => Quote, { deleteRule: 'cascade' })
  quote!: Rel<Quote>;

  /** Null for the entry that created the quote. */
  @Field(() => QuoteStatus, { nullable: true })
  @Enum({ items: () => QuoteStatus, nativeEnumName: 'quote_status', nullable: true })
  from: QuoteStatus | null = null;

  @Field(() => QuoteStatus)
  @Enum({ items: () => QuoteStatus, nativeEnumName: 'quote_status' })
  to!: QuoteStatus;

  /** Who made the change; null when the system did (an offer's validity ending). */
  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { nullable: true })
  by: Rel<User> | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => Date)
  get at(): Opt<Date> {
    return this.createdAt;
  }
}
