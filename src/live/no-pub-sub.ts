import type { PubSub } from 'type-graphql';

/**
 * type-graphql insists on a PubSub as soon as the schema has a subscription,
 * even when every subscription brings its own `subscribe` function, as ours
 * do (events come from PostgreSQL through `LiveService`). This one says so
 * if anything ever uses it.
 */
export const noPubSub: PubSub = {
  publish: () => {
    throw new Error('Publish live events with publishAfterCommit, not through type-graphql');
  },
  subscribe: () => {
    throw new Error('Subscriptions must give their own subscribe function (see src/live)');
  },
};
