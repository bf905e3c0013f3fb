import { Entity, Index, ManyToOne, Property, type Rel, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity.js';
import { Account } from './account.entity.js';

/** A place the account's goods may be delivered to. */
@ObjectType()
@Entity({ tableName: 'delivery_addresses' })
export class DeliveryAddress extends BaseEntity {
  @Index()
  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Rel<Account>;

  @Field()
  @Property({ type: 'string', length: 100 })
  label!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  street!: string;

  @Field()
  @Property({ type: 'string', length: 100 })
  city!: string;

  @Field()
  @Property({ type: 'string', length: 100 })
  county!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  postalCode: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 2 })
  country: Opt<string> = 'RO';
}
