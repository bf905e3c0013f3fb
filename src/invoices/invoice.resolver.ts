import {
  Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root,
} from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { SignedIn, StaffOnly } from '../graphql/access.js';
import { type Connection, ConnectionType, PageArgs } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { DateScalar, DecimalScalar } from '../graphql/scalars.js';
import { loadSalesOrdersById } from '../orders/sales-order.loaders.js';
import { SalesOrder } from '../orders/sales-order.entity.js';
import { loadAccountsById } from '../quotes/quote.loaders.js';
import { InvoiceLine } from './invoice-line.entity.js';
import { InvoiceStatus } from './invoice-enums.js';
import { loadInvoiceLines, loadPayments } from './invoice.loaders.js';
import { Invoice } from './invoice.entity.js';
import { Payment } from './payment.entity.js';

const InvoiceConnection = ConnectionType(Invoice);

@ArgsType()
class InvoicesArgs extends PageArgs {
  @Field(() => [InvoiceStatus], { nullable: true })
  status?: InvoiceStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Staff only; customers see their own.' })
  accountId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only overdue (true) or only not (false).' })
  overdue?: boolean | null;
}

@Resolver(() => Invoice)
export class InvoiceResolver {
  @SignedIn()
  @Query(() => InvoiceConnection, {
    description: 'Invoices newest first: customers see their own, staff all.',
  })
  invoices(
    @Args() args: InvoicesArgs,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<Connection<Invoice>> {
    return services.invoices.list(em, viewer!, args);
  }

  @SignedIn()
  @Query(() => Invoice)
  invoice(@Arg('id', () => ID) id: string, @Ctx() { em, viewer, services }: Context) {
    return services.invoices.find(em, viewer!, id);
  }

  @StaffOnly()
  @Mutation(() => Invoice, {
    description: "Invoices a sales order in full; due after the account's payment term.",
  })
  issueInvoice(
    @Arg('salesOrderId', () => ID) salesOrderId: string,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<Invoice> {
    return services.invoices.issue(em, viewer!, salesOrderId);
  }

  @StaffOnly()
  @Mutation(() => Invoice, { description: 'Records money received; at most what is due.' })
  recordPayment(
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Arg('amount', () => DecimalScalar) amount: string,
    @Arg('paidOn', () => DateScalar, { nullable: true, description: 'Default: today.' })
    paidOn: string | null,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<Invoice> {
    return services.invoices.recordPayment(em, viewer!, invoiceId, amount, paidOn);
  }

  @StaffOnly()
  @Mutation(() => Invoice, { description: 'Cancels an ISSUED invoice nothing was paid on.' })
  cancelInvoice(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<Invoice> {
    return services.invoices.cancel(em, viewer!, id, reason);
  }

  @FieldResolver(() => SalesOrder)
  async salesOrder(@Root() invoice: Invoice, @Ctx() { loaders }: Context): Promise<SalesOrder> {
    const order = await loaders.load(loadSalesOrdersById, invoice.salesOrder.id);
    return order!;
  }

  @FieldResolver(() => Account)
  async account(@Root() invoice: Invoice, @Ctx() { loaders }: Context): Promise<Account> {
    const account = await loaders.load(loadAccountsById, invoice.account.id);
    return account!;
  }

  @FieldResolver(() => [InvoiceLine])
  lines(@Root() invoice: Invoice, @Ctx() { loaders }: Context): Promise<InvoiceLine[]> {
    return loaders.load(loadInvoiceLines, invoice.id);
  }

  @FieldResolver(() => [Payment], { description: 'Oldest first.' })
  payments(@Root() invoice: Invoice, @Ctx() { loaders }: Context): Promise<Payment[]> {
    return loaders.load(loadPayments, invoice.id);
  }
}
