import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { isStaff } from '../auth/viewer.js';
import type { Context } from './context.js';

/**
 * In production, introspection answers signed-in staff only: customers and
 * anonymous visitors get no map of the schema.
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

function asksForSchema(document: DocumentNode): boolean {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition.selectionSet);
    }
  }

  const seen = new Set<string>();
  const visit = (set: SelectionSetNode): boolean =>
    set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        return selection.name.value === '__schema' || selection.name.value === '__type';
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      const fragment = fragments.get(name);
      return fragment !== undefined && visit(fragment);
    });

  return document.definitions.some(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && visit(definition.selectionSet),
  );
}
