import { ConnectionType } from '../graphql/connection.js';
import { PriceEntry } from './price-entry.entity.js';
import { PriceList } from './price-list.entity.js';
import { Product } from './product.entity.js';

export const ProductConnection = ConnectionType(Product);
export const PriceListConnection = ConnectionType(PriceList);
export const PriceEntryConnection = ConnectionType(PriceEntry);
