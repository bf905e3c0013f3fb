import { Entity, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { BaseEntity } from '../db/base.entity.js';
import { DateScalar } from '../graphql/scalars.js';
import { Money } from '../shared/money.type.js';
import { Invoice } from './invoice.entity.js';

/** Money received against an invoice, as recorded by staff. */
@ObjectType({ description: 'A payment recorded against an invoice.' })
@Entity({ tableName: 'payments' })
export class Payment extends BaseEntity {
  @Index()
  @ManyToOne(() => Invoice, { deleteRule: 'cascade' })
  invoice!: Rel<Invoice>;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  /** The day the money arrived, as staff say; by default the day it was recorded. */
  @Field(() => DateScalar)
  @Property({ type: 'date' })
  paidOn!: string;

  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { nullable: true })
  recordedBy: Rel<User> | null = null;

  @Field(() => Money, { name: 'amount' })
  get amountMoney(): Opt<Money> {
    return Money.of(this.amount, this.currency);
  }
}
