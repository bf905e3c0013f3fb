import { Entity, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { PricedLine } from '../quotes/priced-line.entity.js';
import { SalesOrder } from './sales-order.entity.js';

/** A copy of a quote line on the sales order made from it. */
@ObjectType()
@Entity({ tableName: 'sales_order_lines' })
export class SalesOrderLine extends PricedLine {
  @Index()
  @ManyToOne(() => SalesOrder, { deleteRule: 'cascade' })
  salesOrder!: Rel<SalesOrder>;
}
