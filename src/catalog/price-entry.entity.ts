import { Entity, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity.js';
import { PriceList } from './price-list.entity.js';
import { Product } from './product.entity.js';

/** The net unit price of one product in one price list (in the list's currency). */
@ObjectType()
@Entity({ tableName: 'price_entries' })
@Unique({ properties: ['priceList', 'product'] })
export class PriceEntry extends BaseEntity {
  @ManyToOne(() => PriceList, { deleteRule: 'cascade' })
  priceList!: Rel<PriceList>;

  @Field(() => Product)
  @Index()
  @ManyToOne(() => Product)
  product!: Rel<Product>;

  /** Net of VAT; answered as `Money` by the price-entry resolver. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  unitPrice!: string;
}
