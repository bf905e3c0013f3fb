import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity.js';

/** A named set of prices in one currency; each account buys from one price list. */
@ObjectType()
@Entity({ tableName: 'price_lists' })
// "Retail" and "retail" would be told apart by nobody, so names are unique whatever their case.
@Unique({
  name: 'price_lists_name_lower_unique',
  expression: 'create unique index "price_lists_name_lower_unique" on "price_lists" (lower("name"))',
})
export class PriceList extends BaseEntity {
  @Field()
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** ISO 4217, e.g. `RON` or `EUR`. */
  @Field()
  @Property({ type: 'string', length: 3 })
  currency!: string;
}
