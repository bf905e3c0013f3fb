import { Embeddable, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** A postal address; stored inline in the table of whatever has it. */
@ObjectType()
@Embeddable()
export class Address {
  @Field()
  @Property({ type: 'string', length: 200 })
  street!: string;

  @Field()
  @Property({ type: 'string', length: 100 })
  city!: string;

  @Field()
  @Property({ type: 'string', length: 100 })
  county!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  postalCode: string | null = null;

  /** ISO 3166 alpha-2. */
  @Field()
  @Property({ type: 'string', length: 2 })
  country: string = 'RO';
}
