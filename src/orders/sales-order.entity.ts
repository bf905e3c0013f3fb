import {
  Collection, Embedded, Entity, Enum, Index, ManyToOne, OneToMany, OneToOne, type Opt, Property,
  type Rel,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DeliveryMethod } from '../accounts/account-enums.js';
import { Account } from '../accounts/account.entity.js';
import { BaseEntity } from '../db/base.entity.js';
import { Quote } from '../quotes/quote.entity.js';
import { Money } from '../shared/money.type.js';
import { DeliveryAddressCopy } from './delivery-address-copy.embeddable.js';
import { SalesOrderStatus } from './sales-order-enums.js';
import { SalesOrderLine } from './sales-order-line.entity.js';

/**
 * What staff confirmed when approving a quote: copies of its lines, totals,
 * delivery address and method. One quote has at most one order; the unique
 * constraint on `quote_id` makes that hold even under concurrent approvals.
 */
@ObjectType({ description: 'A confirmed order, created when staff approve a quote.' })
@Entity({ tableName: 'sales_orders' })
@Index({ properties: ['account', 'createdAt'] })
@Index({ properties: ['createdAt'] })
export class SalesOrder extends BaseEntity {
  /** `CV-2026-000045`: sequential per year, without gaps. */
  @Field()
  @Property({ type: 'string', length: 20, unique: true })
  number!: string;

  @OneToOne(() => Quote, { owner: true, unique: true })
  quote!: Rel<Quote>;

  @ManyToOne(() => Account)
  account!: Rel<Account>;

  @Field(() => SalesOrderStatus)
  @Enum({ items: () => SalesOrderStatus, nativeEnumName: 'sales_order_status' })
  /** Always set by `changeSalesOrderStatus`, which also writes the history. */
  status!: Opt<SalesOrderStatus>;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  confirmedAt!: Date;

  @Field(() => DeliveryMethod, { nullable: true })
  @Enum({ items: () => DeliveryMethod, nativeEnumName: 'delivery_method', nullable: true })
  deliveryMethod: DeliveryMethod | null = null;

  @Embedded(() => DeliveryAddressCopy, { prefix: 'delivery_', nullable: true })
  deliveryAddress: DeliveryAddressCopy | null = null;

  @Field()
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  subtotal!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  taxTotal!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  total!: string;

  @OneToMany(() => SalesOrderLine, (line) => line.salesOrder, { orderBy: { position: 'asc' } })
  lines = new Collection<SalesOrderLine>(this);

  @Field(() => Money, { name: 'subtotal', description: 'Sum of the lines, net of VAT.' })
  get subtotalMoney(): Opt<Money> {
    return Money.of(this.subtotal, this.currency);
  }

  @Field(() => Money, { name: 'taxTotal', description: "Sum of each line's VAT." })
  get taxTotalMoney(): Opt<Money> {
    return Money.of(this.taxTotal, this.currency);
  }

  @Field(() => Money, { name: 'total', description: 'subtotal + taxTotal.' })
  get totalMoney(): Opt<Money> {
    return Money.of(this.total, this.currency);
  }
}
