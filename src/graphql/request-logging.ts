import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';
import { errorCodes } from './format-error.js';

/** One log line per GraphQL operation: its name, caller, outcome and duration. */
export function requestLogging(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, response, errors }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          // The codes the client was answered (after formatError), not the raw errors'.
          const answered = response.body.kind === 'single'
            ? response.body.singleResult.errors
            : errors;
          const codes = errorCodes(answered);
          const entry = {
            operation: operationName ?? null,
            userId: contextValue.viewer?.userId ?? null,
            status: response.http.status ?? 200,
            ms: Math.round(ms * 10) / 10,
            ...(codes.length > 0 ? { errors: codes } : {}),
          };
          contextValue.log.info(entry, 'graphql request');
        },
      };
    },
  };
}
