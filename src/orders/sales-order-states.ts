import { Lifecycle } from '../shared/lifecycle.js';
import { SalesOrderStatus } from './sales-order-enums.js';

/** Sales orders are created by approving a quote, then moved along by staff. */
export type SalesOrderAction = 'confirm' | SalesOrderStatus;

const { CONFIRMED, IN_PRODUCTION, READY_FOR_DELIVERY, DELIVERED, CANCELLED } = SalesOrderStatus;

/**
 * The contract's order lifecycle. Staff name the status they want
 * (`setSalesOrderStatus`), so each action is the target status itself.
 */
export const SALES_ORDER_LIFECYCLE = new Lifecycle<SalesOrderStatus, SalesOrderAction>(
  'sales order',
  Object.values(SalesOrderStatus),
  [
    { from: [null], action: 'confirm', to: CONFIRMED },
    { from: [CONFIRMED], action: IN_PRODUCTION, to: IN_PRODUCTION },
    { from: [IN_PRODUCTION], action: READY_FOR_DELIVERY, to: READY_FOR_DELIVERY },
    { from: [READY_FOR_DELIVERY], action: DELIVERED, to: DELIVERED },
    { from: [CONFIRMED, IN_PRODUCTION], action: CANCELLED, to: CANCELLED },
  ],
);

/** Orders that still commit the customer's credit until they are invoiced. */
export const OPEN_ORDER_STATES: readonly SalesOrderStatus[] = [
  CONFIRMED, IN_PRODUCTION, READY_FOR_DELIVERY, DELIVERED,
];
