import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { SignedIn } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { Feedback } from './feedback.entity.js';
import { loadUsersById } from './quote.loaders.js';

@Resolver(() => Feedback)
export class FeedbackResolver {
  @SignedIn()
  @Mutation(() => Feedback, {
    description: "Adds a message (1 to 5000 characters) to a quote's thread while it is open.",
  })
  postFeedback(
    @Arg('quoteId', () => ID) quoteId: string,
    @Arg('body') body: string,
    @Ctx() { em, viewer, services }: Context,
  ): Promise<Feedback> {
    return services.feedback.post(em, viewer!, quoteId, body);
  }

  @FieldResolver(() => User)
  async author(@Root() feedback: Feedback, @Ctx() { loaders }: Context): Promise<User> {
    const author = await loaders.load(loadUsersById, feedback.author.id);
    return author!;
  }
}
