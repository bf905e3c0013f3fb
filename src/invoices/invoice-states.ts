import { Lifecycle } from '../shared/lifecycle.js';
import { InvoiceStatus } from './invoice-enums.js';

/** Payments move an invoice along; `payInFull` is a payment that leaves nothing due. */
export type InvoiceAction = 'issue' | 'payInPart' | 'payInFull' | 'cancel';

const { ISSUED, PARTIALLY_PAID, PAID, CANCELLED } = InvoiceStatus;

/** The contract's invoice lifecycle. */
export const INVOICE_LIFECYCLE = new Lifecycle<InvoiceStatus, InvoiceAction>(
  'invoice',
  Object.values(InvoiceStatus),
  [
    { from: [null], action: 'issue', to: ISSUED },
    { from: [ISSUED, PARTIALLY_PAID], action: 'payInPart', to: PARTIALLY_PAID },
    { from: [ISSUED, PARTIALLY_PAID], action: 'payInFull', to: PAID },
    { from: [ISSUED], action: 'cancel', to: CANCELLED },
  ],
);

/** Invoices that still have money to come in. */
export const UNPAID_INVOICE_STATES: readonly InvoiceStatus[] = [ISSUED, PARTIALLY_PAID];
