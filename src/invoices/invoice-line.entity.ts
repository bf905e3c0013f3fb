import { Entity, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { PricedLine } from '../quotes/priced-line.entity.js';
import { Invoice } from './invoice.entity.js';

/** A copy of a sales order line on the invoice issued from it. */
@ObjectType()
@Entity({ tableName: 'invoice_lines' })
export class InvoiceLine extends PricedLine {
  @Index()
  @ManyToOne(() => Invoice, { deleteRule: 'cascade' })
  invoice!: Rel<Invoice>;
}
