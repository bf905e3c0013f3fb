import { Entity, Index, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity.js';
import { DecimalScalar } from '../graphql/scalars.js';

/** Something the distributor sells, with its list price and VAT rate. */
@ObjectType()
@Entity({ tableName: 'products' })
export class Product extends BaseEntity {
  /** Stock keeping unit, unique, as staff type it (kept in upper case). */
  @Field()
  @Property({ type: 'string', length: 64, unique: true })
  sku!: string;

  @Field()
  @Index()
  @Property({ type: 'string', length: 300 })
  name!: string;

  /** Unit of sale, e.g. `buc`, `m`, `kg`. */
  @Field()
  @Property({ type: 'string', length: 20 })
  unit!: string;

  /** Net of VAT, in `currency`; answered as `Money` by the product resolver. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  listPrice!: string;

  @Property({ type: 'string', length: 3 })
  currency: Opt<string> = 'RON';

  /** Percent, e.g. `21` for Romania's standard rate. */
  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  vatRate!: string;
}
