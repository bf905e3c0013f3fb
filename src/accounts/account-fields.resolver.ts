import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { loadPriceListsById } from '../catalog/catalog.service.js';
import { PriceList } from '../catalog/price-list.entity.js';
import { StaffOnly } from '../graphql/access.js';
import { type Connection, ConnectionType, PageArgs } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { Money } from '../shared/money.type.js';
import { AccountChange } from './account-change.entity.js';
import {
  accountsById, deliveryAddressesByAccount, signedAgreementsByAccount,
  usersByAccount, usersById,
} from './account-loaders.js';
import { listAccountChanges } from './account-queries.js';
import { Account } from './account.entity.js';
import { DeliveryAddress } from './delivery-address.entity.js';
import { SignedAgreement } from './signed-agreement.entity.js';

export const AccountChangeConnection = ConnectionType(AccountChange);

/** The currency of credit limits for an account without a price list. */
const DEFAULT_CURRENCY = 'RON';

/** Fields of Account that come from other tables; batched, one query per page. */
@Resolver(() => Account)
export class AccountFieldsResolver {
  @FieldResolver(() => [User], { description: 'The company\'s users, oldest first.' })
  users(@Root() account: Account, @Ctx() { loaders }: Context): Promise<User[]> {
    return loaders.load(usersByAccount, account.id);
  }

  @FieldResolver(() => [DeliveryAddress])
  deliveryAddresses(
    @Root() account: Account,
    @Ctx() { loaders }: Context,
  ): Promise<DeliveryAddress[]> {
    return loaders.load(deliveryAddressesByAccount, account.id);
  }

  @FieldResolver(() => PriceList, { nullable: true, description: 'Set at activation.' })
  priceList(@Root() account: Account, @Ctx() { loaders }: Context): Promise<PriceList | null> {
    if (account.priceList === null) return Promise.resolve(null);
    return loaders.load(loadPriceListsById, account.priceList.id);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'In the currency of the price list (RON without one); set at activation.',
  })
  async creditLimit(@Root() account: Account, @Ctx() { loaders }: Context): Promise<Money | null> {
    if (account.creditLimit === null) return null;
    const priceList = account.priceList === null
      ? null
      : await loaders.load(loadPriceListsById, account.priceList.id);
    return Money.of(account.creditLimit, priceList?.currency ?? DEFAULT_CURRENCY);
  }

  @FieldResolver(() => SignedAgreement, {
    nullable: true,
    description: 'The uploaded signed agreement; download it from '
      + 'GET /files/accounts/{id}/signed-agreement.',
  })
  signedAgreement(
    @Root() account: Account,
    @Ctx() { loaders }: Context,
  ): Promise<SignedAgreement | null> {
    return loaders.load(signedAgreementsByAccount, account.id);
  }

  @StaffOnly()
  @FieldResolver(() => AccountChangeConnection, {
    description: 'Staff only: every recorded change to the account, newest first.',
  })
  changes(
    @Root() account: Account,
    @Args() page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Connection<AccountChange>> {
    return listAccountChanges(em, account.id, page);
  }
}

/** The user behind a recorded change. */
@Resolver(() => AccountChange)
export class AccountChangeFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Null for a public request.' })
  async actor(@Root() change: AccountChange, @Ctx() { loaders }: Context): Promise<User | null> {
    if (change.actor === null) return null;
    return loaders.load(usersById, change.actor.id);
  }
}

/** The company of a customer user. */
@Resolver(() => User)
export class UserAccountResolver {
  @FieldResolver(() => Account, { nullable: true, description: 'Null for staff.' })
  account(@Root() user: User, @Ctx() { loaders }: Context): Promise<Account | null> {
    if (user.account === null) return Promise.resolve(null);
    return loaders.load(accountsById, user.account.id);
  }
}
