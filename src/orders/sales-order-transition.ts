import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/user.entity.js';
import { publishAfterCommit } from '../live/live-events.js';
import { SalesOrderStatus } from './sales-order-enums.js';
import { SalesOrderHistoryEntry } from './sales-order-history.entity.js';
import { SALES_ORDER_LIFECYCLE, type SalesOrderAction } from './sales-order-states.js';
import { SalesOrder } from './sales-order.entity.js';

/** Who makes a change and why. */
export interface OrderStep {
  userId: string;
  note?: string | null;
}

/**
 * The one place a sales order's status changes: checks the step against the
 * lifecycle table (`from` null when the order is being created), stores the
 * status and a history entry, and queues the live event, all on the caller's
 * transaction. The caller holds the order's row lock, or has just created it.
 */
export async function changeSalesOrderStatus(
  tx: EntityManager,
  order: SalesOrder,
  from: SalesOrderStatus | null,
  action: SalesOrderAction,
  step: OrderStep,
): Promise<SalesOrderStatus> {
  if (tx.getTransactionContext() === undefined) {
    throw new Error('a sales order changes status only inside a transaction');
  }
  const to = SALES_ORDER_LIFECYCLE.next(from, action);

  order.status = to;
  tx.persist(order);
  tx.create(SalesOrderHistoryEntry, {
    salesOrder: order,
    from,
    to,
    by: tx.getReference(User, step.userId),
    note: step.note ?? null,
  });
  await tx.flush();

  await publishAfterCommit(tx, {
    type: 'salesOrderStatusChanged',
    salesOrderId: order.id,
    accountId: order.account.id,
  });
  return to;
}
