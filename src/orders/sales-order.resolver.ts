import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { DeliveryAddress } from '../accounts/delivery-address.entity.js';
import { SignedIn, StaffOnly } from '../graphql/access.js';
import { type Connection, ConnectionType } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { loadAccountsById, loadQuotesById } from '../quotes/quote.loaders.js';
import { Quote } from '../quotes/quote.entity.js';
import { SalesOrderHistoryEntry } from './sales-order-history.entity.js';
import { SalesOrderLine } from './sales-order-line.entity.js';
import { SalesOrderStatus } from './sales-order-enums.js';
import { SalesOrdersArgs } from './sales-order-inputs.js';
import {
  loadInvoicesByOrder, loadSalesOrderHistory, loadSalesOrderLines,
} from './sales-order.loaders.js';
import { SalesOrder } from './sales-order.entity.js';

const SalesOrderConnection = ConnectionType(SalesOrder);

@Resolver(() => SalesOrder)
export class SalesOrderResolver {
  @SignedIn()
  @Query(() => SalesOrderConnection, {
    description: 'Sales orders newest first: customers see their own, staff all.',
  })
  salesOrders(
    @Args() args: SalesOrdersArgs,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<Connection<SalesOrder>> {
    return services.salesOrders.list(em, viewer!, args);
  }

  @SignedIn()
  @Query(() => SalesOrder)
  salesOrder(
    @Arg('id', () => ID) id: string,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<SalesOrder> {
    return services.salesOrders.find(em, viewer!, id);
  }

  @StaffOnly()
  @Mutation(() => SalesOrder, {
    description: 'CONFIRMED → IN_PRODUCTION → READY_FOR_DELIVERY → DELIVERED; ' +
      'CONFIRMED or IN_PRODUCTION → CANCELLED.',
  })
  setSalesOrderStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => SalesOrderStatus) status: SalesOrderStatus,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<SalesOrder> {
    return services.salesOrders.setStatus(em, viewer!, id, status, note);
  }

  @FieldResolver(() => Quote)
  async quote(@Root() order: SalesOrder, @Ctx() { loaders }: Context): Promise<Quote> {
    const quote = await loaders.load(loadQuotesById, order.quote.id);
    return quote!;
  }

  @FieldResolver(() => Account)
  async account(@Root() order: SalesOrder, @Ctx() { loaders }: Context): Promise<Account> {
    const account = await loaders.load(loadAccountsById, order.account.id);
    return account!;
  }

  @FieldResolver(() => DeliveryAddress, {
    nullable: true,
    description: 'As it was when the order was confirmed.',
  })
  deliveryAddress(@Root() order: SalesOrder): DeliveryAddress | null {
    const copy = order.deliveryAddress;
    if (copy === null) return null;
    // A detached copy for reading only: the account's own address may have changed since.
    return Object.assign(new DeliveryAddress(), {
      id: copy.addressId,
      label: copy.label,
      street: copy.street,
      city: copy.city,
      county: copy.county,
      postalCode: copy.postalCode,
      country: copy.country,
      createdAt: order.confirmedAt,
      updatedAt: order.confirmedAt,
    });
  }

  @FieldResolver(() => [SalesOrderLine])
  lines(@Root() order: SalesOrder, @Ctx() { loaders }: Context): Promise<SalesOrderLine[]> {
    return loaders.load(loadSalesOrderLines, order.id);
  }

  @FieldResolver(() => [SalesOrderHistoryEntry], { description: 'Every status change, oldest first.' })
  history(
    @Root() order: SalesOrder,
    @Ctx() { loaders }: Context,
  ): Promise<SalesOrderHistoryEntry[]> {
    return loaders.load(loadSalesOrderHistory, order.id);
  }

  @FieldResolver(() => [Invoice], { description: 'Oldest first, cancelled ones included.' })
  invoices(@Root() order: SalesOrder, @Ctx() { loaders }: Context): Promise<Invoice[]> {
    return loaders.load(loadInvoicesByOrder, order.id);
  }
}
