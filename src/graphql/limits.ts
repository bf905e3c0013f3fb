import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import type { Context } from './context.js';

/**
 * Bounds on what one operation may ask for, so that a single request cannot
 * exhaust the server: GraphQL Armor's defaults, tightened where our schema
 * allows. The same validation rules guard subscriptions over WebSocket.
 */
export function operationLimits(production: boolean): {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ValidationRule[];
} {
  const armor = new ApolloArmor({
    maxDepth: { n: 10, flattenFragments: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Armor's token limit hooks a parser Apollo does not use; see MAX_TOKENS below.
    maxTokens: { enabled: false },
    // Armor multiplies a field's cost by a literal `first: n` but cannot see variables, so
    // `first: 100` written in a document may be refused where `first: $first` is not;
    // the contract's operations pass page sizes as variables and stay far below the limit.
    costLimit: { maxCost: 5000 },
    // Suggestions ("did you mean …") leak the schema; hide them where introspection is closed.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  // Armor is built against Apollo's CommonJS types; the plugins are the same objects.
  return {
    plugins: plugins as unknown as ApolloServerPlugin<Context>[],
    validationRules: validationRules as ValidationRule[],
  };
}

/**
 * A validation message without graphql-js's "Did you mean …?" hint, for
 * errors that do not pass through Apollo's and Armor's plugins (sockets).
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*\?$/s, '');
}

/** Most lexical tokens one document may have; enforced by graphql-js's own parser. */
export const MAX_TOKENS = 2000;

/**
 * Largest WebSocket message accepted, before or after `connection_init`; `ws`
 * closes a socket that sends more with 1009. A subscription document with its
 * variables is well under 1 KiB; this leaves room for long access tokens.
 */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024;

/** Largest request body accepted on POST /graphql. */
export const MAX_GRAPHQL_BODY_BYTES = 1024 * 1024;
