import { createPriceList, createProduct, setPrices, type ProductFields } from './catalog.js';
import {
  createCustomer, createStaff, type CustomerFixture, type CustomerOptions, type StaffFixture,
} from './fixtures.js';
import type { TestApp } from './test-app.js';

/** A staff member, a price list with two products, and a customer buying from it. */
export interface QuoteWorld {
  staff: StaffFixture;
  priceListId: string;
  pipe: ProductFields;
  valve: ProductFields;
  customer: CustomerFixture;
  /** Another customer on the same list, to check that companies do not see each other. */
  newCustomer(options?: CustomerOptions): Promise<CustomerFixture>;
}

/** Builds a QuoteWorld through the catalog API and the fixtures. */
export async function quoteWorld(api: TestApp, options: CustomerOptions = {}): Promise<QuoteWorld> {
  const staff = await createStaff(api);
  const list = await createPriceList(staff.client);
  const pipe = await createProduct(staff.client, { unit: 'm', vatRate: '21' });
  const valve = await createProduct(staff.client, { unit: 'buc', vatRate: '9' });
  await setPrices(staff.client, list.id, [
    { productId: pipe.id, unitPrice: '12.34' },
    { productId: valve.id, unitPrice: '19.99' },
  ]);
  const newCustomer = (more: CustomerOptions = {}) =>
    createCustomer(api, { priceListId: list.id, ...options, ...more });
  return {
    staff, priceListId: list.id, pipe, valve, customer: await newCustomer(), newCustomer,
  };
}
