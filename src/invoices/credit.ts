import type { EntityManager } from '@mikro-orm/postgresql';
import type { BatchLoad } from '../graphql/loaders.js';
import { OPEN_ORDER_STATES } from '../orders/sales-order-states.js';
import { toAmount } from '../shared/decimal.js';
import { UNPAID_INVOICE_STATES } from './invoice-states.js';

/**
 * How much an account may still buy on credit:
 *
 *   creditLimit
 *   − what is still due on its ISSUED and PARTIALLY_PAID invoices
 *   − the totals of its sales orders that are not cancelled and have no
 *     invoice yet (CONFIRMED, IN_PRODUCTION, READY_FOR_DELIVERY, DELIVERED).
 *
 * An invoiced order counts through its invoice, so nothing counts twice,
 * and an order whose only invoice was cancelled counts again. Quotes, even
 * accepted ones, do not count: they commit nothing until staff approve them.
 * Null for an account without a credit limit (not onboarded yet).
 */
const AVAILABLE_CREDIT_SQL = `
  select a.id,
    a.credit_limit
    - coalesce((select sum(i.total - i.amount_paid) from invoices i
        where i.account_id = a.id and i.status in (?)), 0)
    - coalesce((select sum(o.total) from sales_orders o
        where o.account_id = a.id and o.status in (?)
          and not exists (select 1 from invoices i
            where i.sales_order_id = o.id and i.status <> 'CANCELLED')), 0)
    as available
  from accounts a
  where a.id in (?)`;

/** Available credit by account id, in the currency of each account's price list. */
export const loadAvailableCredit: BatchLoad<string, string | null> = async (em, accountIds) => {
  const rows = await em.execute<{ id: string; available: string | null }[]>(
    AVAILABLE_CREDIT_SQL,
    [[...UNPAID_INVOICE_STATES], [...OPEN_ORDER_STATES], [...accountIds]],
  );
  const byId = new Map(rows.map((r) => [r.id, r.available === null ? null : toAmount(r.available)]));
  return accountIds.map((id) => byId.get(id) ?? null);
};

/** The available credit of one account; see `AVAILABLE_CREDIT_SQL` for the rule. */
export async function availableCredit(em: EntityManager, accountId: string): Promise<string | null> {
  const [amount] = await loadAvailableCredit(em, [accountId]);
  return amount ?? null;
}
