import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DeliveryAddress } from '../accounts/delivery-address.entity.js';
import { isStaff, type Viewer } from '../auth/viewer.js';
import type { Connection } from '../graphql/connection.js';
import { newestFirstPage, type PageRequest } from '../graphql/newest-first.js';
import { InvoiceStatus } from '../invoices/invoice-enums.js';
import { Invoice } from '../invoices/invoice.entity.js';
import type { Logger } from '../logging/logger.js';
import { copyOfLine } from '../quotes/priced-line.entity.js';
import { QuoteLine } from '../quotes/quote-line.entity.js';
import type { Quote } from '../quotes/quote.entity.js';
import { accountScope } from '../shared/account-scope.js';
import { nextDocumentNumber } from '../shared/document-number.js';
import { InvalidTransition, NotFound } from '../shared/errors.js';
import { isRecordId } from '../shared/ids.js';
import { checkOptionalText } from '../shared/validation/text.js';
import { SalesOrderLine } from './sales-order-line.entity.js';
import { SalesOrderStatus } from './sales-order-enums.js';
import { SALES_ORDER_LIFECYCLE } from './sales-order-states.js';
import { changeSalesOrderStatus, type OrderStep } from './sales-order-transition.js';
import { SalesOrder } from './sales-order.entity.js';
import { DeliveryAddressCopy } from './delivery-address-copy.embeddable.js';

const MAX_NOTE = 2000;

/** Which sales orders to list; `accountId` is honoured for staff only. */
export interface SalesOrderFilter extends PageRequest {
  status?: SalesOrderStatus[] | null;
  accountId?: string | null;
}

/** Sales orders: made from approved quotes, moved along by staff. */
export class SalesOrderService {
  constructor(private readonly log: Logger) {
    SALES_ORDER_LIFECYCLE.check();
  }

  /**
   * Makes the order of an approved quote, with copies of its lines, totals,
   * delivery address and method. Runs on the approval's transaction, which
   * holds the quote's lock; `sales_orders.quote_id` is unique besides.
   */
  async createFromQuote(tx: EntityManager, quote: Quote, step: OrderStep): Promise<SalesOrder> {
    const lines = await tx.find(QuoteLine, { quote }, { orderBy: { position: 'asc' } });
    const address = quote.deliveryAddress === null
      ? null
      : await tx.findOne(DeliveryAddress, quote.deliveryAddress.id);

    const order = tx.create(SalesOrder, {
      number: await nextDocumentNumber(tx, 'CV'),
      quote,
      account: quote.account,
      confirmedAt: new Date(),
      deliveryMethod: quote.deliveryMethod,
      deliveryAddress: address === null ? null : copyOfAddress(address),
      currency: quote.currency,
      subtotal: quote.subtotal,
      taxTotal: quote.taxTotal,
      total: quote.total,
    });
    for (const line of lines) tx.create(SalesOrderLine, { ...copyOfLine(line), salesOrder: order });
    await changeSalesOrderStatus(tx, order, null, 'confirm', step);

    this.log.info({ salesOrderId: order.id, quoteId: quote.id, number: order.number },
      'sales order confirmed');
    return order;
  }

  /** Moves an order to `status`, as the lifecycle allows; staff only. */
  async setStatus(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    status: SalesOrderStatus,
    note?: string | null,
  ): Promise<SalesOrder> {
    const checkedNote = checkOptionalText(note, 'note', MAX_NOTE);

    const order = await em.transactional(async (tx) => {
      const locked = await lockSalesOrder(tx, viewer, id);
      if (status === SalesOrderStatus.CANCELLED) await refuseIfInvoiced(tx, locked);

      const from = locked.status;
      await changeSalesOrderStatus(tx, locked, from, status, {
        userId: viewer.userId,
        note: checkedNote,
      });
      return locked;
    });

    this.log.info({ salesOrderId: order.id, status, userId: viewer.userId },
      'sales order status changed');
    return order;
  }

  /** One order, if the viewer may see it; NOT_FOUND otherwise. */
  async find(em: EntityManager, viewer: Viewer, id: string): Promise<SalesOrder> {
    const order = isRecordId(id) ? await em.findOne(SalesOrder, { id }) : null;
    if (order === null || !canSeeOrder(viewer, order)) throw new NotFound('The sales order');
    return order;
  }

  /** Customers get their account's orders; staff everyone's, or one account's. */
  list(em: EntityManager, viewer: Viewer, filter: SalesOrderFilter): Promise<Connection<SalesOrder>> {
    const where = {
      ...accountScope(viewer, filter.accountId),
      ...(filter.status && filter.status.length > 0 ? { status: { $in: filter.status } } : {}),
    };
    return newestFirstPage(em, SalesOrder, where, filter);
  }
}

/** Staff see every order; a customer only its account's. */
export function canSeeOrder(viewer: Viewer, order: SalesOrder): boolean {
  return isStaff(viewer) || order.account.id === viewer.accountId;
}

async function lockSalesOrder(tx: EntityManager, viewer: Viewer, id: string): Promise<SalesOrder> {
  const order = isRecordId(id)
    ? await tx.findOne(SalesOrder, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (order === null || !canSeeOrder(viewer, order)) throw new NotFound('The sales order');
  return order;
}

// An invoiced order is settled through its invoice: cancel that first.
async function refuseIfInvoiced(tx: EntityManager, order: SalesOrder): Promise<void> {
  const invoice = await tx.findOne(Invoice, {
    salesOrder: order,
    status: { $ne: InvoiceStatus.CANCELLED },
  });
  if (invoice !== null) {
    throw new InvalidTransition(
      `Sales order ${order.number} is invoiced (${invoice.number}); cancel the invoice first.`,
    );
  }
}

function copyOfAddress(address: DeliveryAddress): DeliveryAddressCopy {
  return Object.assign(new DeliveryAddressCopy(), {
    addressId: address.id,
    label: address.label,
    street: address.street,
    city: address.city,
    county: address.county,
    postalCode: address.postalCode,
    country: address.country,
  });
}
