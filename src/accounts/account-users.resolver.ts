import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { StaffOnly } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { ContactInput } from './account-inputs.js';
import { Account } from './account.entity.js';

/** Staff managing the users of a company. */
@Resolver()
export class AccountUsersResolver {
  @StaffOnly()
  @Mutation(() => User, {
    description: 'Adds a user to a PENDING or ACTIVE account; on an active one they are '
      + 'emailed a set-password link at once.',
  })
  addAccountUser(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('input', () => ContactInput) input: ContactInput,
    @Ctx() { em, services, viewer }: Context,
  ): Promise<User> {
    return services.accountUsers.addUser(em, accountId, input, viewer!.userId);
  }

  @StaffOnly()
  @Mutation(() => Account, {
    description: 'Removes a customer user: disabled and signed out (deleted from a pending '
      + 'request). Answers the account.',
  })
  removeAccountUser(
    @Arg('userId', () => ID) userId: string,
    @Ctx() { em, services, viewer }: Context,
  ): Promise<Account> {
    return services.accountUsers.removeUser(em, userId, viewer!.userId);
  }

  @StaffOnly()
  @Mutation(() => User, {
    description: 'Emails an INVITED user a new set-password link; earlier links stop working. '
      + 'Staff users can be re-invited by an ADMIN only.',
  })
  resendInvitation(
    @Arg('userId', () => ID) userId: string,
    @Ctx() { em, services, viewer }: Context,
  ): Promise<User> {
    return services.accountUsers.resendInvitation(em, userId, viewer!);
  }
}
