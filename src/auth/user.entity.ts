import { Entity, Enum, Index, ManyToOne, Property, type Rel, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { BaseEntity } from '../db/base.entity.js';
import { Role, UserStatus } from './roles.js';

/** A person who signs in: a customer's authorised contact, or a member of staff. */
@ObjectType()
@Entity({ tableName: 'users' })
export class User extends BaseEntity {
  /** Stored in lower case; unique across all users. */
  @Field()
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 32, nullable: true })
  phone: string | null = null;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Field(() => UserStatus)
  @Enum({ items: () => UserStatus, nativeEnumName: 'user_status' })
  status: Opt<UserStatus> = UserStatus.INVITED;

  /** `ro` or `en`: the language of the emails the user receives. */
  @Field(() => String)
  @Property({ type: 'string', length: 2 })
  locale: Opt<string> = 'ro';

  /** argon2id hash in PHC format; null until the user sets a password. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash: string | null = null;

  /** The company a CUSTOMER orders for; null for staff. */
  @Index()
  @ManyToOne(() => Account, { nullable: true })
  account: Rel<Account> | null = null;
}
