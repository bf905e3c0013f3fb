import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { loadPriceListsById } from '../catalog/catalog.service.js';
import type { Context } from '../graphql/context.js';
import { Money } from '../shared/money.type.js';
import { loadAvailableCredit } from './credit.js';

/** The part of Account that comes from its orders and invoices. */
@Resolver(() => Account)
export class AccountCreditResolver {
  @FieldResolver(() => Money, {
    nullable: true,
    description: 'creditLimit minus unpaid invoices minus orders not yet invoiced; ' +
      'null before onboarding.',
  })
  async availableCredit(
    @Root() account: Account,
    @Ctx() { loaders }: Context,
  ): Promise<Money | null> {
    const [amount, priceList] = await Promise.all([
      loaders.load(loadAvailableCredit, account.id),
      account.priceList === null
        ? Promise.resolve(null)
        : loaders.load(loadPriceListsById, account.priceList.id),
    ]);
    if (amount === null) return null;
    return Money.of(amount, priceList?.currency ?? 'RON');
  }
}
