import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity.js';

/** A named set of prices in one currency; each account buys from one price list. */
@ObjectType()
@Entity({ tableName: 'price_lists' })
export class PriceList extends BaseEntity {
  @Field()
  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  /** ISO 4217, e.g. `RON` or `EUR`. */
  @Field()
  @Property({ type: 'string', length: 3 })
  currency!: string;
}
