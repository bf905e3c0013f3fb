import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars.js';

/** An amount of money in a currency; the amount is an exact decimal string. */
@ObjectType({ description: 'An amount of money: an exact decimal and an ISO 4217 currency.' })
export class Money {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field()
  currency!: string;

  static of(amount: string, currency: string): Money {
    const money = new Money();
    money.amount = amount;
    money.currency = currency;
    return money;
  }
}
