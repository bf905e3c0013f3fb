import { ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Product } from '../catalog/product.entity.js';
import { BaseEntity } from '../db/base.entity.js';
import { DecimalScalar } from '../graphql/scalars.js';
import { Money } from '../shared/money.type.js';
import { toPlain } from '../shared/decimal.js';

/**
 * A priced line of a quote, sales order or invoice. Orders and invoices keep
 * copies of their quote's lines, so later price or VAT changes never alter a
 * document already given to the customer; that is also why the VAT rate is
 * copied from the product.
 */
@ObjectType()
export abstract class PricedLine extends BaseEntity {
  /** Order of the line on the document, from 1. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => Product)
  @ManyToOne(() => Product)
  product!: Rel<Product>;

  /** In the product's unit; up to 3 decimals (2.5 m of pipe). */
  @Property({ type: 'decimal', precision: 14, scale: 3 })
  quantity!: string;

  /** Net of VAT, in `currency`. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  unitPrice!: string;

  /** Percent off the unit price, 0 to 100. */
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  discountPercent!: string;

  /** Percent, copied from the product when the line was priced. */
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  vatRate!: string;

  /** quantity × unitPrice × (1 − discountPercent/100), rounded half-up to 2 decimals. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  lineTotal!: string;

  /** VAT of the line: lineTotal × vatRate/100, rounded half-up to 2 decimals. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  taxAmount!: string;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => DecimalScalar, { name: 'quantity' })
  get quantityValue(): Opt<string> {
    return toPlain(this.quantity);
  }

  @Field(() => Money, { name: 'unitPrice', description: 'Net of VAT.' })
  get unitPriceMoney(): Opt<Money> {
    return Money.of(this.unitPrice, this.currency);
  }

  @Field(() => DecimalScalar, { name: 'discountPercent' })
  get discountPercentValue(): Opt<string> {
    return toPlain(this.discountPercent);
  }

  @Field(() => DecimalScalar, { name: 'vatRate', description: 'Percent, as the product had it.' })
  get vatRateValue(): Opt<string> {
    return this.vatRate;
  }

  @Field(() => Money, {
    name: 'lineTotal',
    description: 'quantity × unitPrice × (1 − discountPercent/100), rounded half-up to 2 decimals.',
  })
  get lineTotalMoney(): Opt<Money> {
    return Money.of(this.lineTotal, this.currency);
  }

  @Field(() => Money, { name: 'taxAmount', description: 'The VAT of this line.' })
  get taxAmountMoney(): Opt<Money> {
    return Money.of(this.taxAmount, this.currency);
  }
}

/** The priced fields of a line, to put the same line on another document. */
export function copyOfLine(line: PricedLine) {
  return {
    position: line.position,
    product: line.product,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    discountPercent: line.discountPercent,
    vatRate: line.vatRate,
    lineTotal: line.lineTotal,
    taxAmount: line.taxAmount,
    currency: line.currency,
  };
}
