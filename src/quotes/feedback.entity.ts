import {
  BigIntType, Entity, Enum, Index, ManyToOne, type Opt, Property, type Rel,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { BaseEntity } from '../db/base.entity.js';
import { AuthorRole } from './quote-enums.js';
import { Quote } from './quote.entity.js';

/** A message in a quote's thread, from the customer or from staff. */
@ObjectType({ description: "A message in a quote's thread." })
@Entity({ tableName: 'feedback' })
@Index({ properties: ['quote', 'seq'] })
export class Feedback extends BaseEntity {
  /**
   * Strictly increasing in the order messages were posted; threads are read
   * and replayed (`feedbackAdded(after:)`) in this order.
   */
  @Property({ type: new BigIntType('string'), autoincrement: true, unique: true })
  seq!: Opt<string>;

  @ManyToOne(() => Quote, { deleteRule: 'cascade' })
  quote!: Rel<Quote>;

  @Field(() => User)
  @ManyToOne(() => User)
  author!: Rel<User>;

  @Field(() => AuthorRole)
  @Enum({ items: () => AuthorRole, nativeEnumName: 'author_role' })
  authorRole!: AuthorRole;

  /** 1 to 5000 characters. */
  @Field()
  @Property({ type: 'text' })
  body!: string;

  /**
   * Written by staff before the quote was shared with the customer (on a
   * draft): staff's own note, which the customer never sees, even once sent.
   */
  @Field(() => Boolean, { description: "A staff note on a draft; never shown to the customer." })
  @Property({ type: 'boolean', default: false })
  internal: Opt<boolean> = false;
}
