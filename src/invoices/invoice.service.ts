import { type FilterQuery, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../accounts/account.entity.js';
import { User } from '../auth/user.entity.js';
import { isStaff, type Viewer } from '../auth/viewer.js';
import type { Connection } from '../graphql/connection.js';
import { newestFirstPage, type PageRequest } from '../graphql/newest-first.js';
import type { Logger } from '../logging/logger.js';
import { SalesOrderLine } from '../orders/sales-order-line.entity.js';
import { SalesOrderStatus } from '../orders/sales-order-enums.js';
import { SalesOrder } from '../orders/sales-order.entity.js';
import { copyOfLine } from '../quotes/priced-line.entity.js';
import { accountScope } from '../shared/account-scope.js';
import { addDays, businessDay } from '../shared/calendar.js';
import { Dec, toAmount } from '../shared/decimal.js';
import { nextDocumentNumber } from '../shared/document-number.js';
import { BadUserInput, InvalidTransition, NotFound } from '../shared/errors.js';
import { isRecordId } from '../shared/ids.js';
import { checkOptionalText } from '../shared/validation/text.js';
import { InvoiceLine } from './invoice-line.entity.js';
import { InvoiceStatus } from './invoice-enums.js';
import { INVOICE_LIFECYCLE, type InvoiceAction, UNPAID_INVOICE_STATES } from './invoice-states.js';
import { Invoice } from './invoice.entity.js';
import { Payment } from './payment.entity.js';

const MAX_NOTE = 2000;

/** Which invoices to list; `accountId` is honoured for staff only. */
export interface InvoiceFilter extends PageRequest {
  status?: InvoiceStatus[] | null;
  accountId?: string | null;
  overdue?: boolean | null;
}

/** Invoices issued from sales orders, and the payments against them. */
export class InvoiceService {
  constructor(private readonly log: Logger) {
    INVOICE_LIFECYCLE.check();
  }

  /**
   * Staff invoice a whole sales order: copies of its lines and totals, due
   * after the account's payment term. An order has at most one invoice that
   * is not cancelled; the order's row lock keeps two clerks from both issuing.
   */
  async issue(em: EntityManager, viewer: Viewer, salesOrderId: string): Promise<Invoice> {
    const invoice = await em.transactional(async (tx) => {
      const order = isRecordId(salesOrderId)
        ? await tx.findOne(SalesOrder, { id: salesOrderId },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
        : null;
      if (order === null) throw new NotFound('The sales order');
      if (order.status === SalesOrderStatus.CANCELLED) {
        throw new InvalidTransition(`Sales order ${order.number} is cancelled; it is not invoiced.`);
      }
      const existing = await tx.findOne(Invoice, {
        salesOrder: order, status: { $ne: InvoiceStatus.CANCELLED },
      });
      if (existing !== null) {
        throw new InvalidTransition(
          `Sales order ${order.number} is already invoiced as ${existing.number}.`);
      }

      const account = await tx.findOneOrFail(Account, order.account.id);
      const lines = await tx.find(SalesOrderLine, { salesOrder: order }, {
        orderBy: { position: 'asc' },
      });
      const issueDate = businessDay();
      const created = tx.create(Invoice, {
        number: await nextDocumentNumber(tx, 'FA'),
        salesOrder: order,
        account,
        status: INVOICE_LIFECYCLE.next(null, 'issue'),
        issueDate,
        dueDate: addDays(issueDate, Math.max(account.paymentTermDays ?? 0, 0)),
        currency: order.currency,
        subtotal: order.subtotal,
        taxTotal: order.taxTotal,
        total: order.total,
        amountPaid: '0.00',
      });
      for (const line of lines) tx.create(InvoiceLine, { ...copyOfLine(line), invoice: created });
      return created;
    });

    this.log.info({ invoiceId: invoice.id, number: invoice.number, salesOrderId,
      userId: viewer.userId }, 'invoice issued');
    return invoice;
  }

  /**
   * Staff record money received. It may not exceed what is due; the invoice
   * becomes PARTIALLY_PAID, or PAID when nothing is left.
   */
  async recordPayment(
    em: EntityManager,
    viewer: Viewer,
    invoiceId: string,
    amount: string,
    paidOn?: string | null,
  ): Promise<Invoice> {
    const paid = checkAmount(amount);
    const day = paidOn ?? businessDay();
    if (day > businessDay()) throw new BadUserInput('paidOn', 'A payment cannot be in the future.');

    const invoice = await em.transactional(async (tx) => {
      const locked = await lockInvoice(tx, invoiceId);
      const due = new Dec(locked.amountDue);
      if (UNPAID_INVOICE_STATES.includes(locked.status) && paid.gt(due)) {
        throw new BadUserInput('amount', `Only ${toAmount(due)} ${locked.currency} is due ` +
          `on ${locked.number}; record at most that.`);
      }
      move(locked, paid.eq(due) ? 'payInFull' : 'payInPart');

      tx.create(Payment, {
        invoice: locked,
        amount: toAmount(paid),
        currency: locked.currency,
        paidOn: day,
        recordedBy: tx.getReference(User, viewer.userId),
      });
      locked.amountPaid = toAmount(new Dec(locked.amountPaid).plus(paid));
      return locked;
    });

    this.log.info({ invoiceId: invoice.id, amount: toAmount(paid), status: invoice.status,
      userId: viewer.userId }, 'payment recorded');
    return invoice;
  }

  /** Staff cancel an invoice nothing was paid on; its order can then be invoiced again. */
  async cancel(
    em: EntityManager,
    viewer: Viewer,
    invoiceId: string,
    reason?: string | null,
  ): Promise<Invoice> {
    const note = checkOptionalText(reason, 'reason', MAX_NOTE);
    const invoice = await em.transactional(async (tx) => {
      const locked = await lockInvoice(tx, invoiceId);
      move(locked, 'cancel');
      locked.cancelReason = note;
      return locked;
    });

    this.log.info({ invoiceId: invoice.id, userId: viewer.userId }, 'invoice cancelled');
    return invoice;
  }

  /** One invoice, if the viewer may see it; NOT_FOUND otherwise. */
  async find(em: EntityManager, viewer: Viewer, id: string): Promise<Invoice> {
    const invoice = isRecordId(id) ? await em.findOne(Invoice, { id }) : null;
    if (invoice === null || !canSeeInvoice(viewer, invoice)) throw new NotFound('The invoice');
    return invoice;
  }

  /** Customers get their account's invoices; staff everyone's, or one account's. */
  list(em: EntityManager, viewer: Viewer, filter: InvoiceFilter): Promise<Connection<Invoice>> {
    const conditions: FilterQuery<Invoice>[] = [accountScope(viewer, filter.accountId)];
    if (filter.status && filter.status.length > 0) {
      conditions.push({ status: { $in: filter.status } });
    }
    if (filter.overdue === true) {
      conditions.push({ status: { $in: [...UNPAID_INVOICE_STATES] }, dueDate: { $lt: businessDay() } });
    } else if (filter.overdue === false) {
      conditions.push({ $or: [
        { status: { $nin: [...UNPAID_INVOICE_STATES] } },
        { dueDate: { $gte: businessDay() } },
      ] });
    }
    return newestFirstPage(em, Invoice, { $and: conditions }, filter);
  }
}

/** Staff see every invoice; a customer only its account's. */
export function canSeeInvoice(viewer: Viewer, invoice: Invoice): boolean {
  return isStaff(viewer) || invoice.account.id === viewer.accountId;
}

// The one place an invoice's status changes, as its lifecycle table allows.
function move(invoice: Invoice, action: InvoiceAction): void {
  invoice.status = INVOICE_LIFECYCLE.next(invoice.status, action);
}

async function lockInvoice(tx: EntityManager, id: string): Promise<Invoice> {
  const invoice = isRecordId(id)
    ? await tx.findOne(Invoice, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (invoice === null) throw new NotFound('The invoice');
  return invoice;
}

function checkAmount(amount: string): Dec {
  const value = new Dec(amount);
  if (value.lte(0)) throw new BadUserInput('amount', 'The amount must be above zero.');
  if (value.decimalPlaces() > 2) {
    throw new BadUserInput('amount', 'The amount has at most 2 decimals.');
  }
  return value;
}
