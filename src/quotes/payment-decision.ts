import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../accounts/account.entity.js';
import { availableCredit } from '../invoices/credit.js';
import { Dec } from '../shared/decimal.js';
import type { Quote } from './quote.entity.js';

/**
 * Whether the customer must pay by bank transfer before the goods: yes,
 * unless the account has a payment term (`paymentTermDays > 0`) and the
 * quote's total fits in its available credit (see `availableCredit`). A
 * quote in another currency than the account's credit cannot be weighed
 * against it, so it needs payment too.
 */
export async function isPaymentRequired(em: EntityManager, quote: Quote): Promise<boolean> {
  const account = await em.findOneOrFail(Account, quote.account.id, { populate: ['priceList'] });
  if ((account.paymentTermDays ?? 0) <= 0) return true;
  if (account.priceList === null || account.priceList.currency !== quote.currency) return true;

  const available = await availableCredit(em, account.id);
  if (available === null) return true;
  return new Dec(quote.total).gt(available);
}
