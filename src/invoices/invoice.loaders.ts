import type { BatchLoad } from '../graphql/loaders.js';
import { InvoiceLine } from './invoice-line.entity.js';
import { Payment } from './payment.entity.js';

/** The lines of each invoice, with their products, in order. */
export const loadInvoiceLines: BatchLoad<string, InvoiceLine[]> = async (em, invoiceIds) => {
  const lines = await em.find(
    InvoiceLine,
    { invoice: { $in: [...invoiceIds] } },
    { populate: ['product'], orderBy: { position: 'asc' } },
  );
  return invoiceIds.map((id) => lines.filter((line) => line.invoice.id === id));
};

/** The payments of each invoice, oldest first, with who recorded them. */
export const loadPayments: BatchLoad<string, Payment[]> = async (em, invoiceIds) => {
  const payments = await em.find(
    Payment,
    { invoice: { $in: [...invoiceIds] } },
    { populate: ['recordedBy'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return invoiceIds.map((id) => payments.filter((payment) => payment.invoice.id === id));
};
