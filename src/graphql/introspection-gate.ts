import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, type DocumentNode, visit } from 'graphql';
import { isStaff } from '../auth/viewer.js';
import type { Context } from './context.js';

/**
 * In production, introspection answers signed-in staff only: customers and
 * anonymous visitors get no map of the schema. Sockets carry subscriptions
 * only (src/app/subscriptions.ts), which refuses introspection the same way.
 */
export function introspectionGate(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (isStaff(contextValue.viewer) || !asksForSchema(document)) return;
          const anonymous = contextValue.viewer === null;
          throw new GraphQLError('Introspection is open to signed-in staff only.', {
            extensions: {
              code: anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN',
              http: { status: anonymous ? 401 : 403 },
            },
          });
        },
      };
    },
  };
}

/**
 * Whether a document selects `__schema` or `__type` anywhere, in any operation
 * or fragment. Today's schema offers them on the query root only, but a field
 * that returned `Query` (a mutation payload, a subscription event) would open
 * them deeper, so the whole document is searched.
 */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}
