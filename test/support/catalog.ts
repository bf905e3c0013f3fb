import { randomBytes } from 'node:crypto';
import { graphql } from '../generated/index.js';
import type {
  CreatePriceListMutation, CreateProductMutation, PriceEntryInput, PriceListEntriesQuery,
  PriceListInput, ProductInput,
} from '../generated/graphql.js';
import type { GraphQLClient } from './graphql-client.js';

/* Catalog operations as a staff tool sends them, and helpers that build a catalog for a test. */

export const CREATE_PRODUCT = graphql(`mutation CreateProduct($input: ProductInput!) {
  createProduct(input: $input) { id sku name unit vatRate listPrice { amount currency } }
}`);

export const UPDATE_PRODUCT = graphql(`mutation UpdateProduct(
  $id: ID!, $input: UpdateProductInput!
) {
  updateProduct(id: $id, input: $input) { id sku name unit vatRate listPrice { amount currency } }
}`);

export const CREATE_PRICE_LIST = graphql(`mutation CreatePriceList($input: PriceListInput!) {
  createPriceList(input: $input) { id name currency }
}`);

export const SET_PRICES = graphql(`mutation SetPrices(
  $priceListId: ID!, $entries: [PriceEntryInput!]!
) {
  setPrices(priceListId: $priceListId, entries: $entries) { id entries(first: 1) { totalCount } }
}`);

export const REMOVE_PRICES = graphql(`mutation RemovePrices(
  $priceListId: ID!, $productIds: [ID!]!
) {
  removePrices(priceListId: $priceListId, productIds: $productIds) { id }
}`);

export const PRICE_LIST_ENTRIES = graphql(`query PriceListEntries(
  $id: ID!, $first: Int, $after: String, $search: String
) {
  priceList(id: $id) {
    id name currency
    entries(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { product { id sku name } unitPrice { amount currency } } }
    }
  }
}`);

export const MY_PRICE_LIST = graphql(`query MyPriceList(
  $first: Int, $after: String, $search: String
) {
  me {
    account {
      priceList {
        id name currency
        entries(first: $first, after: $after, search: $search) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              product { id sku name unit vatRate }
              unitPrice { amount currency }
            }
          }
        }
      }
    }
  }
}`);

export type ProductFields = CreateProductMutation['createProduct'];
export type PriceListFields = CreatePriceListMutation['createPriceList'];
export type EntryPage = PriceListEntriesQuery['priceList']['entries'];

/** A short random tag, so that SKUs and names from different tests never collide. */
export function uniqueTag(): string {
  return randomBytes(3).toString('hex').toUpperCase();
}

/** Creates a product as staff; fields not given get plausible values. */
export async function createProduct(
  staff: GraphQLClient,
  input: Partial<ProductInput> = {},
): Promise<ProductFields> {
  const tag = uniqueTag();
  const data = await staff.ok(CREATE_PRODUCT, {
    input: {
      sku: `SKU-${tag}`,
      name: `Product ${tag}`,
      unit: 'buc',
      listPrice: '100.00',
      vatRate: '21',
      ...input,
    },
  });
  return data.createProduct;
}

/** Creates a price list as staff (RON unless told otherwise). */
export async function createPriceList(
  staff: GraphQLClient,
  input: Partial<PriceListInput> = {},
): Promise<PriceListFields> {
  const data = await staff.ok(CREATE_PRICE_LIST, {
    input: { name: `Price list ${uniqueTag()}`, currency: 'RON', ...input },
  });
  return data.createPriceList;
}

/** Sets prices on a price list as staff. */
export async function setPrices(
  staff: GraphQLClient,
  priceListId: string,
  entries: PriceEntryInput[],
): Promise<void> {
  await staff.ok(SET_PRICES, { priceListId, entries });
}

/** One page of a price list's entries, read by staff. */
export async function entryPage(
  staff: GraphQLClient,
  id: string,
  args: { first?: number; after?: string | null; search?: string } = {},
): Promise<EntryPage> {
  const data = await staff.ok(PRICE_LIST_ENTRIES, { id, ...args });
  return data.priceList.entries;
}
