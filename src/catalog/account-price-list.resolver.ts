import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { User } from '../auth/user.entity.js';
import type { Context } from '../graphql/context.js';
import { loadPriceListsById } from './catalog.service.js';
import { PriceList } from './price-list.entity.js';

/*
 * Stopgap until the accounts work lands: `User.account` and `Account.priceList`
 * belong to the accounts domain, which is being built in parallel. They are
 * here only so that a customer can read `me { account { priceList { entries } } }`;
 * when the accounts resolvers define these fields, this file goes.
 */

/** The user's company; a customer's own account, null for staff. */
@Resolver(() => User)
export class UserAccountResolver {
  @FieldResolver(() => Account, { nullable: true, description: 'The company; null for staff.' })
  async account(@Root() user: User, @Ctx() { em }: Context): Promise<Account | null> {
    if (user.account === null) return null;
    await em.populate(user, ['account']);
    return user.account;
  }
}

/** The price list the account buys from; customers only ever reach their own account. */
@Resolver(() => Account)
export class AccountPriceListResolver {
  @FieldResolver(() => PriceList, { nullable: true, description: 'Set when staff onboard it.' })
  priceList(@Root() account: Account, @Ctx() { loaders }: Context): Promise<PriceList | null> {
    if (account.priceList === null) return Promise.resolve(null);
    return loaders.load(loadPriceListsById, account.priceList.id);
  }
}
