import { registerEnumType } from 'type-graphql';

export enum AccountStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  SUSPENDED = 'SUSPENDED',
}

export enum PaymentMethod {
  BANK_TRANSFER = 'BANK_TRANSFER',
  CARD = 'CARD',
  CASH_ON_DELIVERY = 'CASH_ON_DELIVERY',
}

export enum DeliveryMethod {
  COURIER = 'COURIER',
  OWN_FLEET = 'OWN_FLEET',
  PICKUP = 'PICKUP',
}

registerEnumType(AccountStatus, { name: 'AccountStatus' });
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });
registerEnumType(DeliveryMethod, { name: 'DeliveryMethod' });
