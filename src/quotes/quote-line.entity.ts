import { Entity, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { PricedLine } from './priced-line.entity.js';
import { Quote } from './quote.entity.js';

/** A product, quantity and price on a quote. */
@ObjectType()
@Entity({ tableName: 'quote_lines' })
export class QuoteLine extends PricedLine {
  @Index()
  @ManyToOne(() => Quote, { deleteRule: 'cascade' })
  quote!: Rel<Quote>;
}
