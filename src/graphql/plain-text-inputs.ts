import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode, GraphQLError, Kind, type ValueNode, visit,
} from 'graphql';
import { BadUserInput } from '../shared/errors.js';
import { checkPlainText } from '../shared/validation/text.js';
import type { Context } from './context.js';

/**
 * Refuses an operation any of whose strings holds a control character (see
 * `checkPlainText`), before a resolver runs: in its variables and in the
 * string literals of its arguments. Without this, a NUL in a search, an email
 * or a name would reach PostgreSQL and answer INTERNAL_SERVER_ERROR. The
 * field is the input path, as for a variable Apollo cannot coerce:
 * `input.companyName` for `$input`, `search` for a literal argument.
 */
export function plainTextInputs(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const refused = controlCharacterRefusal(document, request.variables);
          if (refused === null) return;
          throw new GraphQLError(refused.message, {
            originalError: refused,
            extensions: { code: refused.code, field: refused.field, http: { status: 400 } },
          });
        },
      };
    },
  };
}

/** The first string of an operation that holds a control character, as BAD_USER_INPUT. */
export function controlCharacterRefusal(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): BadUserInput | null {
  try {
    for (const [name, value] of Object.entries(variables ?? {})) checkValue(value, name);
    visit(document, {
      Argument(node) {
        checkLiteral(node.value, node.name.value);
      },
    });
    return null;
  } catch (error) {
    if (error instanceof BadUserInput) return error;
    throw error;
  }
}

function checkValue(value: unknown, path: string): void {
  if (typeof value === 'string') {
    checkPlainText(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkValue(item, `${path}.${index}`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) checkValue(item, `${path}.${key}`);
  }
}

function checkLiteral(node: ValueNode, path: string): void {
  if (node.kind === Kind.STRING) {
    checkPlainText(node.value, path);
  } else if (node.kind === Kind.LIST) {
    node.values.forEach((item, index) => checkLiteral(item, `${path}.${index}`));
  } else if (node.kind === Kind.OBJECT) {
    for (const field of node.fields) checkLiteral(field.value, `${path}.${field.name.value}`);
  }
}
