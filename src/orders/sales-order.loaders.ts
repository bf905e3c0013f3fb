import type { BatchLoad } from '../graphql/loaders.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { SalesOrderHistoryEntry } from './sales-order-history.entity.js';
import { SalesOrderLine } from './sales-order-line.entity.js';
import { SalesOrder } from './sales-order.entity.js';

/** The sales order made from each quote; null while it has none. */
export const loadSalesOrderByQuote: BatchLoad<string, SalesOrder | null> = async (em, quoteIds) => {
  const orders = await em.find(SalesOrder, { quote: { $in: [...quoteIds] } });
  const byQuote = new Map(orders.map((order) => [order.quote.id, order]));
  return quoteIds.map((id) => byQuote.get(id) ?? null);
};

/** Sales orders by id; null for an id that names none. */
export const loadSalesOrdersById: BatchLoad<string, SalesOrder | null> = async (em, ids) => {
  const orders = await em.find(SalesOrder, { id: { $in: [...ids] } });
  const byId = new Map(orders.map((order) => [order.id, order]));
  return ids.map((id) => byId.get(id) ?? null);
};

/** The lines of each order, with their products, in order. */
export const loadSalesOrderLines: BatchLoad<string, SalesOrderLine[]> = async (em, orderIds) => {
  const lines = await em.find(
    SalesOrderLine,
    { salesOrder: { $in: [...orderIds] } },
    { populate: ['product'], orderBy: { position: 'asc' } },
  );
  return orderIds.map((id) => lines.filter((line) => line.salesOrder.id === id));
};

/** The status changes of each order, oldest first. */
export const loadSalesOrderHistory: BatchLoad<string, SalesOrderHistoryEntry[]> = async (
  em,
  orderIds,
) => {
  const entries = await em.find(
    SalesOrderHistoryEntry,
    { salesOrder: { $in: [...orderIds] } },
    { populate: ['by'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return orderIds.map((id) => entries.filter((entry) => entry.salesOrder.id === id));
};

/** The invoices of each order, oldest first, cancelled ones included. */
export const loadInvoicesByOrder: BatchLoad<string, Invoice[]> = async (em, orderIds) => {
  const invoices = await em.find(
    Invoice,
    { salesOrder: { $in: [...orderIds] } },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return orderIds.map((id) => invoices.filter((invoice) => invoice.salesOrder.id === id));
};
