import {
  Collection, Entity, Enum, Index, ManyToOne, OneToMany, type Opt, Property, type Rel,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DeliveryMethod } from '../accounts/account-enums.js';
import { Account } from '../accounts/account.entity.js';
import { DeliveryAddress } from '../accounts/delivery-address.entity.js';
import { User } from '../auth/user.entity.js';
import { BaseEntity } from '../db/base.entity.js';
import { DateScalar } from '../graphql/scalars.js';
import { Money } from '../shared/money.type.js';
import { QuoteOrigin, QuoteStatus } from './quote-enums.js';
import { QuoteLine } from './quote-line.entity.js';

/**
 * An offer made by staff (origin STAFF) or an order placed by a customer
 * (origin CUSTOMER), priced from the account's price list. Its status moves
 * only through `changeQuoteStatus`; the GraphQL `status` is computed, because
 * a SENT offer past its validity day reads as EXPIRED.
 */
@ObjectType({ description: 'An offer from staff or an order from a customer, before approval.' })
@Entity({ tableName: 'quotes' })
@Index({ properties: ['account', 'createdAt'] })
@Index({ properties: ['createdAt'] })
export class Quote extends BaseEntity {
  /** `OF-2026-000123`: sequential per year, without gaps. */
  @Field()
  @Property({ type: 'string', length: 20, unique: true })
  number!: string;

  @ManyToOne(() => Account)
  account!: Rel<Account>;

  /**
   * As stored, always set by the lifecycle (`startQuote`, `changeQuoteStatus`);
   * read `effectiveQuoteStatus` for what callers see.
   */
  @Enum({ items: () => QuoteStatus, nativeEnumName: 'quote_status' })
  status!: Opt<QuoteStatus>;

  @Field(() => QuoteOrigin)
  @Enum({ items: () => QuoteOrigin, nativeEnumName: 'quote_origin' })
  origin!: QuoteOrigin;

  /** Last day (Bucharest) an offer can be accepted; null on orders placed by customers. */
  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  validUntil: string | null = null;

  /** 1 when created; each edit of the draft adds one. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  revision: Opt<number> = 1;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** The currency of the account's price list when the quote was priced. */
  @Field()
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  subtotal!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  taxTotal!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  total!: string;

  @ManyToOne(() => DeliveryAddress, { nullable: true, deleteRule: 'set null' })
  deliveryAddress: Rel<DeliveryAddress> | null = null;

  @Field(() => DeliveryMethod, { nullable: true })
  @Enum({ items: () => DeliveryMethod, nativeEnumName: 'delivery_method', nullable: true })
  deliveryMethod: DeliveryMethod | null = null;

  @ManyToOne(() => User, { nullable: true })
  createdBy: Rel<User> | null = null;

  /**
   * Set when the customer accepts or places the order: whether the account's
   * payment term and credit cover it, or it must be paid by bank transfer first.
   */
  @Field(() => Boolean, {
    nullable: true,
    description: 'Set on acceptance or order: true when a bank transfer must come first.',
  })
  @Property({ type: 'boolean', nullable: true })
  paymentRequired: boolean | null = null;

  /**
   * When the customer could first see the quote: staff sent it, or the customer
   * placed it. Null for an offer never sent, which stays staff's even once cancelled.
   */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sharedWithCustomerAt: Date | null = null;

  /** When the customer's users were last emailed about new feedback on this quote. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  customerNotifiedAt: Date | null = null;

  /** When staff were last emailed about new feedback on this quote. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  staffNotifiedAt: Date | null = null;

  @OneToMany(() => QuoteLine, (line) => line.quote, { orderBy: { position: 'asc' } })
  lines = new Collection<QuoteLine>(this);

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
