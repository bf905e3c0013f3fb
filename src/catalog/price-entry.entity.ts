import { Entity, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../db/base.entity.js';
import { PriceList } from './price-list.entity.js';
import { Product } from './product.entity.js';

/** The net unit price of one product in one price list (in the list's currency). */
@Entity({ tableName: 'price_entries' })
@Unique({ properties: ['priceList', 'product'] })
export class PriceEntry extends BaseEntity {
  @ManyToOne(() => PriceList, { deleteRule: 'cascade' })
  priceList!: Rel<PriceList>;

  @Index()
  @ManyToOne(() => Product)
  product!: Rel<Product>;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  unitPrice!: string;
}
