import { registerEnumType } from 'type-graphql';

export enum InvoiceStatus {
  ISSUED = 'ISSUED',
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
}

registerEnumType(InvoiceStatus, { name: 'InvoiceStatus' });
