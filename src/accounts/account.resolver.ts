import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CustomerOnly, Public, StaffOnly } from '../graphql/access.js';
import { type Connection, ConnectionType, PageArgs } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { AccountStatus } from './account-enums.js';
import { AccountRequestInput, OnboardingInput, UpdateAccountInput } from './account-inputs.js';
import { getAccount, listAccounts } from './account-queries.js';
import { Account } from './account.entity.js';

export const AccountConnection = ConnectionType(Account);

@ArgsType()
class AccountsArgs extends PageArgs {
  @Field(() => AccountStatus, { nullable: true })
  status?: AccountStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the company name, or the start of the CUI.',
  })
  search?: string | null;
}

/** Account requests, staff's decisions on them, and a company's own changes. */
@Resolver(() => Account)
export class AccountResolver {
  @StaffOnly()
  @Query(() => AccountConnection, { description: 'Accounts, newest request first.' })
  accounts(@Args() args: AccountsArgs, @Ctx() { em }: Context): Promise<Connection<Account>> {
    return listAccounts(em, args);
  }

  @StaffOnly()
  @Query(() => Account, { description: 'One account, whole.' })
  account(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Account> {
    return getAccount(em, id);
  }

  @Public()
  @Mutation(() => Account, {
    description: 'Asks for an account for a company; it stays PENDING until staff decide. '
      + 'Each contact becomes an invited user. A CUI with a live account is a CONFLICT.',
  })
  requestAccount(
    @Arg('input', () => AccountRequestInput) input: AccountRequestInput,
    @Ctx() { em, services, clientAddress }: Context,
  ): Promise<Account> {
    return services.accountRequests.request(em, input, clientAddress);
  }

  @StaffOnly()
  @Mutation(() => Account, {
    description: 'Onboards a PENDING account with its commercial terms and makes it ACTIVE; '
      + 'every user gets an email with a link to set a password (valid 7 days).',
  })
  activateAccount(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OnboardingInput) input: OnboardingInput,
    @Ctx() { em, services, viewer }: Context,
  ): Promise<Account> {
    return services.accountLifecycle.activate(em, id, input, viewer!.userId);
  }

  @StaffOnly()
  @Mutation(() => Account, {
    description: 'Declines a PENDING request; the contacts are emailed the reason.',
  })
  declineAccount(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() { em, services, viewer }: Context,
  ): Promise<Account> {
    return services.accountLifecycle.decline(em, id, reason, viewer!.userId);
  }

  @StaffOnly()
  @Mutation(() => Account, {
    description: 'Suspends an ACTIVE account: its users are signed out and cannot sign in.',
  })
  suspendAccount(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() { em, services, viewer }: Context,
  ): Promise<Account> {
    return services.accountLifecycle.suspend(em, id, reason, viewer!.userId);
  }

  @StaffOnly()
  @Mutation(() => Account, { description: 'Makes a SUSPENDED account ACTIVE again.' })
  reactivateAccount(
    @Arg('id', () => ID) id: string,
    @Ctx() { em, services, viewer }: Context,
  ): Promise<Account> {
    return services.accountLifecycle.reactivate(em, id, viewer!.userId);
  }

  @CustomerOnly()
  @Mutation(() => Account, {
    description: 'Changes the signed-in customer\'s company data, with the checks of a request.',
  })
  updateMyAccount(
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
    @Ctx() { em, services, viewer }: Context,
  ): Promise<Account> {
    return services.myAccount.update(em, viewer!, input);
  }
}
