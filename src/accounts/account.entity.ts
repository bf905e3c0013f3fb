import {
  Collection, Embedded, Entity, Enum, Index, ManyToOne, OneToMany, type Opt, Property, type Rel,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { PriceList } from '../catalog/price-list.entity.js';
import { BaseEntity } from '../db/base.entity.js';
import { AccountStatus, DeliveryMethod, PaymentMethod } from './account-enums.js';
import { Address } from './address.embeddable.js';
import { DeliveryAddress } from './delivery-address.entity.js';

/**
 * A customer company. It starts as a request (`PENDING`) and is onboarded by
 * staff, who fill in the commercial terms (bank, payment, credit, delivery,
 * price list) when they activate it.
 */
@ObjectType()
@Entity({ tableName: 'accounts' })
export class Account extends BaseEntity {
  @Field()
  @Property({ type: 'string', length: 200 })
  companyName!: string;

  /** Digits only, without the `RO` prefix. */
  @Field()
  @Index()
  @Property({ type: 'string', length: 10 })
  cui!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  tradeRegisterNumber: string | null = null;

  @Field(() => Address)
  @Embedded(() => Address, { prefix: 'address_' })
  address!: Address;

  @Field()
  @Property({ type: 'string', length: 200 })
  legalRepresentative!: string;

  /** What the company wrote with its request. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => AccountStatus)
  @Enum({ items: () => AccountStatus, nativeEnumName: 'account_status' })
  status: Opt<AccountStatus> = AccountStatus.PENDING;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  bankName: string | null = null;

  /** Upper case, without spaces. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 34, nullable: true })
  iban: string | null = null;

  @Field(() => PaymentMethod, { nullable: true })
  @Enum({ items: () => PaymentMethod, nativeEnumName: 'payment_method', nullable: true })
  paymentMethod: PaymentMethod | null = null;

  /** Days between invoice and due date; 0 means payment in advance. */
  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  paymentTermDays: number | null = null;

  /** In the currency of the account's price list. */
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  creditLimit: string | null = null;

  @Field(() => DeliveryMethod, { nullable: true })
  @Enum({ items: () => DeliveryMethod, nativeEnumName: 'delivery_method', nullable: true })
  deliveryMethod: DeliveryMethod | null = null;

  @ManyToOne(() => PriceList, { nullable: true })
  priceList: Rel<PriceList> | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  activatedAt: Date | null = null;

  @OneToMany(() => DeliveryAddress, (address) => address.account, { orderBy: { label: 'asc' } })
  deliveryAddresses = new Collection<DeliveryAddress>(this);

  /** Set only on the account `requestAccount` answers; never stored (only its hash is). */
  @Field(() => String, {
    nullable: true,
    description: 'Only in the answer to requestAccount: the secret for downloading the '
      + 'pre-filled usage agreement and uploading it signed (GET and PUT '
      + '/files/agreement?token=…). Also emailed to the contacts. Null everywhere else.',
  })
  agreementUploadToken?: string | null;
}
