import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { BaseEntity } from '../db/base.entity.js';
import { SalesOrderStatus } from './sales-order-enums.js';
import { SalesOrder } from './sales-order.entity.js';

/** One status change of a sales order. */
@ObjectType({ description: 'One status change of a sales order.' })
@Entity({ tableName: 'sales_order_history' })
export class SalesOrderHistoryEntry extends BaseEntity {
  @Index()
  @ManyToOne(() => SalesOrder, { deleteRule: 'cascade' })
  salesOrder!: Rel<SalesOrder>;

  /** Null for the entry that created the order. */
  @Field(() => SalesOrderStatus, { nullable: true })
  @Enum({ items: () => SalesOrderStatus, nativeEnumName: 'sales_order_status', nullable: true })
  from: SalesOrderStatus | null = null;

  @Field(() => SalesOrderStatus)
  @Enum({ items: () => SalesOrderStatus, nativeEnumName: 'sales_order_status' })
  to!: SalesOrderStatus;

  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { nullable: true })
  by: Rel<User> | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => Date)
  get at(): Opt<Date> {
    return this.createdAt;
  }
}
