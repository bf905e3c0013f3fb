import {
  createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult,
} from 'graphql';
import { LiveDelivery } from './live-feed.js';
import { SubscriptionContext } from './live-context.js';

type Result = ExecutionResult | AsyncIterableIterator<ExecutionResult>;

/**
 * graphql-js's `subscribe`, except that each event's fields are resolved with
 * a context of their own: a `LiveDelivery` brings the entity manager that
 * loaded it for this subscriber, so nested fields (author, totals…) are read
 * with that fork and that subscriber's rights, never with a shared one.
 */
export async function subscribeWithEventContext(args: ExecutionArgs): Promise<Result> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source;

  const base = args.contextValue;
  const iterator = source[Symbol.asyncIterator]();
  const run = async (payload: unknown): Promise<ExecutionResult> => {
    const own = payload instanceof LiveDelivery && base instanceof SubscriptionContext;
    const contextValue = own ? base.forEvent(payload.em, payload.loaders) : base;
    return execute({ ...args, rootValue: payload, contextValue });
  };

  const mapped: AsyncIterableIterator<ExecutionResult> = {
    next: async () => {
      const step = await iterator.next();
      if (step.done === true) return { done: true, value: undefined };
      return { done: false, value: await run(step.value) };
    },
    return: async () => {
      await iterator.return?.();
      return { done: true, value: undefined };
    },
    throw: async (error?: unknown) => {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => mapped,
  };
  return mapped;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
