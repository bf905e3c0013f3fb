import {
  Collection, Entity, Enum, Index, ManyToOne, OneToMany, type Opt, Property, type Rel,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { BaseEntity } from '../db/base.entity.js';
import { DateScalar } from '../graphql/scalars.js';
import { SalesOrder } from '../orders/sales-order.entity.js';
import { businessDay } from '../shared/calendar.js';
import { Dec, toAmount } from '../shared/decimal.js';
import { Money } from '../shared/money.type.js';
import { InvoiceLine } from './invoice-line.entity.js';
import { InvoiceStatus } from './invoice-enums.js';
import { UNPAID_INVOICE_STATES } from './invoice-states.js';
import { Payment } from './payment.entity.js';

/** An invoice for a whole sales order: copies of its lines and totals, and the payments. */
@ObjectType({ description: 'An invoice issued from a sales order.' })
@Entity({ tableName: 'invoices' })
@Index({ properties: ['account', 'createdAt'] })
@Index({ properties: ['createdAt'] })
export class Invoice extends BaseEntity {
  /** `FA-2026-000067`: sequential per year, without gaps. */
  @Field()
  @Property({ type: 'string', length: 20, unique: true })
  number!: string;

  @Index()
  @ManyToOne(() => SalesOrder)
  salesOrder!: Rel<SalesOrder>;

  @ManyToOne(() => Account)
  account!: Rel<Account>;

  @Field(() => InvoiceStatus)
  @Enum({ items: () => InvoiceStatus, nativeEnumName: 'invoice_status' })
  status: Opt<InvoiceStatus> = InvoiceStatus.ISSUED;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  issueDate!: string;

  /** issueDate plus the account's payment term in days. */
  @Field(() => DateScalar)
  @Property({ type: 'date' })
  dueDate!: string;

  @Field()
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  subtotal!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  taxTotal!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  total!: string;

  /** Sum of the recorded payments. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amountPaid!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  @OneToMany(() => InvoiceLine, (line) => line.invoice, { orderBy: { position: 'asc' } })
  lines = new Collection<InvoiceLine>(this);

  @OneToMany(() => Payment, (payment) => payment.invoice, { orderBy: { createdAt: 'asc' } })
  payments = new Collection<Payment>(this);

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

  @Field(() => Money, { name: 'amountPaid' })
  get amountPaidMoney(): Opt<Money> {
    return Money.of(this.amountPaid, this.currency);
  }

  /** What is left to pay: total minus payments; zero once cancelled. */
  get amountDue(): Opt<string> {
    if (this.status === InvoiceStatus.CANCELLED) return '0.00';
    return toAmount(new Dec(this.total).minus(this.amountPaid));
  }

  @Field(() => Money, { name: 'amountDue', description: 'total − payments; 0 when cancelled.' })
  get amountDueMoney(): Opt<Money> {
    return Money.of(this.amountDue, this.currency);
  }

  @Field(() => Boolean, { description: 'Unpaid (in full or in part) after its due date.' })
  get overdue(): Opt<boolean> {
    return UNPAID_INVOICE_STATES.includes(this.status) && this.dueDate < businessDay();
  }
}
