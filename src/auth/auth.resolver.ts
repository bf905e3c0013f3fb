import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Public, SignedIn } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { NotFound } from '../shared/errors.js';
import { User } from './user.entity.js';

/** What a successful sign-in, refresh or activation answers. */
@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`; valid 15 minutes.' })
  accessToken!: string;

  @Field({ description: 'Exchange once with `refreshSession` for a new pair.' })
  refreshToken!: string;

  @Field(() => Date, { description: 'When the access token expires.' })
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@Resolver()
export class AuthResolver {
  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with email and password.' })
  login(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Ctx() { em, services, clientAddress }: Context,
  ): Promise<AuthPayload> {
    return services.auth.login(em, email, password, clientAddress);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Exchanges a refresh token for a new pair; each refresh token works once.',
  })
  refreshSession(
    @Arg('refreshToken') refreshToken: string,
    @Ctx() { em, services }: Context,
  ): Promise<AuthPayload> {
    return services.auth.refresh(em, refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token.' })
  async logout(
    @Arg('refreshToken') refreshToken: string,
    @Ctx() { em, services }: Context,
  ): Promise<boolean> {
    await services.auth.logout(em, refreshToken);
    return true;
  }

  @SignedIn()
  @Query(() => User, { description: 'The signed-in user.' })
  async me(@Ctx() { em, viewer }: Context): Promise<User> {
    const user = await em.findOne(User, { id: viewer!.userId });
    if (user === null) throw new NotFound('The user');
    return user;
  }
}
