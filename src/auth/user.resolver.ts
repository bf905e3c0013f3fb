import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { AdminOnly, Public, SignedIn } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { AuthPayload } from './auth.resolver.js';
import { StaffUserInput, UpdateProfileInput } from './profile-inputs.js';
import { User } from './user.entity.js';

/** Passwords (first one, forgotten one), one's own profile, and new staff. */
@Resolver()
export class UserResolver {
  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Sets the first password with the token of an invitation email (valid 7 days, '
      + 'once) and signs the user in.',
  })
  activateUser(
    @Arg('token') token: string,
    @Arg('password') password: string,
    @Ctx() { em, services }: Context,
  ): Promise<AuthPayload> {
    return services.passwords.activateUser(em, token, password);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Emails a reset link (valid 24 hours, once) if the email belongs to a user '
      + 'who may sign in. Always answers true; rate limited per email and per client.',
  })
  async requestPasswordReset(
    @Arg('email') email: string,
    @Ctx() { em, services, clientAddress }: Context,
  ): Promise<boolean> {
    await services.passwords.requestReset(em, email, clientAddress);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token of a reset email; ends every session.',
  })
  async resetPassword(
    @Arg('token') token: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() { em, services }: Context,
  ): Promise<boolean> {
    await services.passwords.resetPassword(em, token, newPassword);
    return true;
  }

  @SignedIn()
  @Mutation(() => User, {
    description: 'Changes the signed-in user\'s name, phone, email or language. A new email '
      + 'needs the current password.',
  })
  updateMyProfile(
    @Arg('input', () => UpdateProfileInput) input: UpdateProfileInput,
    @Ctx() { em, services, viewer }: Context,
  ): Promise<User> {
    return services.profiles.update(em, viewer!.userId, input);
  }

  @AdminOnly()
  @Mutation(() => User, {
    description: 'Creates a member of staff, who is emailed a link to set a password.',
  })
  createStaffUser(
    @Arg('input', () => StaffUserInput) input: StaffUserInput,
    @Ctx() { em, services, viewer }: Context,
  ): Promise<User> {
    return services.staffUsers.create(em, input, viewer!.userId);
  }
}
