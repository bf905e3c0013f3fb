import { Account } from '../accounts/account.entity.js';
import { Address } from '../accounts/address.embeddable.js';
import { DeliveryAddress } from '../accounts/delivery-address.entity.js';
import { RefreshToken } from '../auth/refresh-token.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { PriceEntry } from '../catalog/price-entry.entity.js';
import { PriceList } from '../catalog/price-list.entity.js';
import { Product } from '../catalog/product.entity.js';
import { LiveEventRecord } from '../live/live-event.entity.js';
import { BaseEntity } from './base.entity.js';

/** Every entity the ORM knows; a new entity is added here and gets a migration. */
export const entities = [
  BaseEntity,
  Account,
  Address,
  DeliveryAddress,
  User,
  Session,
  RefreshToken,
  PriceList,
  Product,
  PriceEntry,
  LiveEventRecord,
];
