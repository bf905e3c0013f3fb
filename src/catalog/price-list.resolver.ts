import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StaffOnly } from '../graphql/access.js';
import type { Connection } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { Money } from '../shared/money.type.js';
import { PriceEntryConnection, PriceListConnection } from './catalog-connections.js';
import { CatalogPageArgs, PriceEntryInput, PriceListInput } from './catalog-inputs.js';
import { PriceEntry } from './price-entry.entity.js';
import { PriceList } from './price-list.entity.js';

/**
 * Price lists for staff. Customers reach only their own account's list, through
 * `me { account { priceList } }`; no root field here answers them.
 */
@Resolver(() => PriceList)
export class PriceListResolver {
  @StaffOnly()
  @Query(() => PriceListConnection, { description: 'Every price list, by name.' })
  priceLists(
    @Args() page: CatalogPageArgs,
    @Ctx() { em, services }: Context,
  ): Promise<Connection<PriceList>> {
    return services.catalog.priceLists(em, page);
  }

  @StaffOnly()
  @Query(() => PriceList)
  priceList(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context): Promise<PriceList> {
    return services.catalog.priceList(em, id);
  }

  @StaffOnly()
  @Mutation(() => PriceList, { description: 'Adds an empty price list; its name must be new.' })
  createPriceList(
    @Arg('input') input: PriceListInput,
    @Ctx() { em, services }: Context,
  ): Promise<PriceList> {
    return services.catalog.createPriceList(em, input);
  }

  @StaffOnly()
  @Mutation(() => PriceList, {
    description: 'Adds or replaces the prices of the given products; other entries stay. '
      + 'All or nothing: one refused entry leaves the list unchanged.',
  })
  setPrices(
    @Arg('priceListId', () => ID) priceListId: string,
    @Arg('entries', () => [PriceEntryInput]) entries: PriceEntryInput[],
    @Ctx() { em, services }: Context,
  ): Promise<PriceList> {
    return services.catalog.setPrices(em, priceListId, entries);
  }

  @StaffOnly()
  @Mutation(() => PriceList, {
    description: 'Takes products off a price list; its customers can no longer order them.',
  })
  removePrices(
    @Arg('priceListId', () => ID) priceListId: string,
    @Arg('productIds', () => [ID]) productIds: string[],
    @Ctx() { em, services }: Context,
  ): Promise<PriceList> {
    return services.catalog.removePrices(em, priceListId, productIds);
  }

  @FieldResolver(() => PriceEntryConnection, { description: 'The prices, by product SKU.' })
  entries(
    @Root() list: PriceList,
    @Args() page: CatalogPageArgs,
    @Ctx() { em, services }: Context,
  ): Promise<Connection<PriceEntry>> {
    return services.catalog.entries(em, list, page);
  }
}

@Resolver(() => PriceEntry)
export class PriceEntryResolver {
  @FieldResolver(() => Money, { description: 'Net of VAT, in the price list\'s currency.' })
  unitPrice(@Root() entry: PriceEntry): Money {
    return Money.of(entry.unitPrice, entry.priceList.currency);
  }
}
