import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { BaseEntity } from '../db/base.entity.js';
import { Account } from './account.entity.js';

/**
 * One change to an account's data: who made it, when, which field, and the
 * value before and after. Written in the same transaction as the change.
 */
@ObjectType({ description: 'A recorded change to an account: who, when, what, old and new.' })
@Entity({ tableName: 'account_changes' })
@Index({ properties: ['account', 'createdAt'] })
export class AccountChange extends BaseEntity {
  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Rel<Account>;

  /** The user who made the change; null for an anonymous request or a removed user. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor: Rel<User> | null = null;

  /** Who made it, as text that outlives the user: an email, or `public request`. */
  @Field({ description: 'Who made the change: an email, or "public request".' })
  @Property({ type: 'string', length: 254 })
  actorLabel!: string;

  @Field({ description: 'The changed field, e.g. `companyName`, `status`, `users`.' })
  @Property({ type: 'string', length: 60 })
  field!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  oldValue: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  newValue: string | null = null;
}
