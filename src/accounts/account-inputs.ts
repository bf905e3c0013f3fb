import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars.js';
import { DeliveryMethod, PaymentMethod } from './account-enums.js';

@InputType({ description: 'A postal address.' })
export class AddressInput {
  @Field()
  street!: string;

  @Field()
  city!: string;

  @Field()
  county!: string;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 alpha-2; default RO.' })
  country?: string | null;
}

@InputType({ description: 'A person the company authorises to use the portal.' })
export class ContactInput {
  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field({ description: 'A Romanian number, e.g. 0722 123 456.' })
  phone!: string;

  @Field(() => String, {
    nullable: true,
    description: '`ro` (default) or `en`: the language of the emails.',
  })
  locale?: string | null;
}

@InputType({ description: 'What a company sends to ask for an account.' })
export class AccountRequestInput {
  @Field()
  companyName!: string;

  @Field({ description: 'Romanian CUI/CIF, with or without RO; checked with its control digit.' })
  cui!: string;

  @Field(() => String, { nullable: true, description: 'Trade register number, e.g. J40/12/2020.' })
  tradeRegisterNumber?: string | null;

  @Field(() => AddressInput)
  address!: AddressInput;

  @Field()
  legalRepresentative!: string;

  @Field(() => [ContactInput], { description: 'At least one; each becomes a user.' })
  contacts!: ContactInput[];

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'A delivery address with a label the company knows it by.' })
export class DeliveryAddressInput extends AddressInput {
  @Field()
  label!: string;
}

@InputType({ description: 'The commercial terms staff set when they activate an account.' })
export class OnboardingInput {
  @Field()
  bankName!: string;

  @Field({ description: 'Checked with ISO 13616 mod-97.' })
  iban!: string;

  @Field(() => PaymentMethod)
  paymentMethod!: PaymentMethod;

  @Field(() => Int, { description: 'Days from invoice to due date; 0 means pay in advance.' })
  paymentTermDays!: number;

  @Field(() => DecimalScalar, { description: 'In the currency of the price list.' })
  creditLimit!: string;

  @Field(() => DeliveryMethod)
  deliveryMethod!: DeliveryMethod;

  @Field(() => [DeliveryAddressInput], { description: 'At least one.' })
  deliveryAddresses!: DeliveryAddressInput[];

  @Field(() => ID, { description: 'The price list the account buys from.' })
  priceListId!: string;
}

@InputType({ description: 'Changes to a company\'s own data; absent fields stay as they are.' })
export class UpdateAccountInput {
  @Field(() => String, { nullable: true })
  companyName?: string | null;

  @Field(() => String, { nullable: true })
  cui?: string | null;

  @Field(() => AddressInput, { nullable: true })
  address?: AddressInput | null;
}
