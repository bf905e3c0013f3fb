import { registerEnumType } from 'type-graphql';

export enum SalesOrderStatus {
  CONFIRMED = 'CONFIRMED',
  IN_PRODUCTION = 'IN_PRODUCTION',
  READY_FOR_DELIVERY = 'READY_FOR_DELIVERY',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(SalesOrderStatus, { name: 'SalesOrderStatus' });
