import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StaffOnly } from '../graphql/access.js';
import type { Connection } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { Money } from '../shared/money.type.js';
import { ProductConnection } from './catalog-connections.js';
import { CatalogPageArgs, ProductInput, UpdateProductInput } from './catalog-inputs.js';
import { Product } from './product.entity.js';

@Resolver(() => Product)
export class ProductResolver {
  @StaffOnly()
  @Query(() => ProductConnection, { description: 'Every product, by SKU.' })
  products(
    @Args() page: CatalogPageArgs,
    @Ctx() { em, services }: Context,
  ): Promise<Connection<Product>> {
    return services.catalog.products(em, page);
  }

  @StaffOnly()
  @Query(() => Product)
  product(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context): Promise<Product> {
    return services.catalog.product(em, id);
  }

  @StaffOnly()
  @Mutation(() => Product, { description: 'Adds a product; its SKU must be new.' })
  createProduct(
    @Arg('input') input: ProductInput,
    @Ctx() { em, services }: Context,
  ): Promise<Product> {
    return services.catalog.createProduct(em, input);
  }

  @StaffOnly()
  @Mutation(() => Product, {
    description: 'Changes a product. Quotes already written keep the prices they were given.',
  })
  updateProduct(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateProductInput,
    @Ctx() { em, services }: Context,
  ): Promise<Product> {
    return services.catalog.updateProduct(em, id, input);
  }

  @FieldResolver(() => Money, { description: 'Net of VAT, in the product\'s currency.' })
  listPrice(@Root() product: Product): Money {
    return Money.of(product.listPrice, product.currency);
  }
}
