import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../graphql/connection.js';
import { DecimalScalar } from '../graphql/scalars.js';

@InputType({ description: 'A new product. Prices are net of VAT.' })
export class ProductInput {
  @Field({ description: 'Unique; kept in upper case.' })
  sku!: string;

  @Field()
  name!: string;

  @Field({ description: 'Unit of sale, e.g. `buc`, `m`, `kg`.' })
  unit!: string;

  @Field(() => DecimalScalar, { description: 'Greater than zero, at most two decimals.' })
  listPrice!: string;

  @Field(() => String, { nullable: true, defaultValue: 'RON', description: 'ISO 4217.' })
  currency?: string | null;

  @Field(() => DecimalScalar, { description: 'Percent from 0 to 100, e.g. "21".' })
  vatRate!: string;
}

@InputType({ description: 'Changes to a product; fields left out stay as they are.' })
export class UpdateProductInput {
  @Field(() => String, { nullable: true })
  sku?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  listPrice?: string | null;

  @Field(() => String, { nullable: true })
  currency?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  vatRate?: string | null;
}

@InputType()
export class PriceListInput {
  @Field({ description: 'Unique, whatever the case.' })
  name!: string;

  @Field({ description: 'ISO 4217; every price on the list is in this currency.' })
  currency!: string;
}

@InputType()
export class PriceEntryInput {
  @Field(() => ID)
  productId!: string;

  @Field(() => DecimalScalar, { description: 'Net of VAT, in the price list\'s currency.' })
  unitPrice!: string;
}

/** `first`, `after` and a case-insensitive search text for catalog lists. */
@ArgsType()
export class CatalogPageArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of a SKU or name, any case.' })
  search?: string | null;
}
