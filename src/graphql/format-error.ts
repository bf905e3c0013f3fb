import { unwrapResolverError } from '@apollo/server/errors';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logging/logger.js';
import { AppError } from '../shared/errors.js';

// Apollo's own codes for requests that are malformed, mapped to the contract's.
const REQUEST_ERROR_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
};

const CONTRACT_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'INVALID_TRANSITION',
  'CONFLICT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR',
]);

/**
 * The one place that decides what a client sees of an error: our own errors
 * keep their code and message, request errors get BAD_USER_INPUT, and
 * anything else is logged with its stack and answered without detail.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = ownError(unwrapResolverError(error));
    const path = formatted.path;

    if (original instanceof AppError) {
      return {
        message: original.message,
        path,
        locations: formatted.locations,
        extensions: { code: original.code, ...original.details },
      };
    }

    if (original instanceof UniqueConstraintViolationException) {
      return {
        message: 'That value is already taken, or a concurrent change won. Reload and retry.',
        path,
        extensions: { code: 'CONFLICT' },
      };
    }

    const code = String(formatted.extensions?.code ?? '');
    const requestCode = REQUEST_ERROR_CODES[code];
    if (requestCode !== undefined) {
      const field = inputPath(formatted.message);
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: requestCode, ...(field === null ? {} : { field }) },
      };
    }
    if (CONTRACT_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
      return { message: formatted.message, path, extensions: { code } };
    }

    log.error({ err: original, path }, 'unexpected error while answering a request');
    const extensions = { code: 'INTERNAL_SERVER_ERROR' };
    return { message: 'Internal server error.', path, extensions };
  };
}

/** The contract codes of answered errors, for log lines; a code-less error counts as internal. */
export function errorCodes(errors: readonly GraphQLFormattedError[] | undefined): string[] {
  return (errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}

/** Our error inside a GraphQLError that a plugin threw before execution, else `error`. */
function ownError(error: unknown): unknown {
  if (error instanceof GraphQLError && error.originalError instanceof AppError) {
    return error.originalError;
  }
  return error;
}

/**
 * The input path of a variable that failed coercion, as the contract's
 * `extensions.field` wants it: `Variable "$input" got invalid value … at
 * "input.cui"` gives `input.cui`; without an `at`, the variable's name.
 */
function inputPath(message: string): string | null {
  const match = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/s.exec(message);
  if (match) return match[2]!;
  const variable = /^Variable "\$(\w+)"/.exec(message);
  return variable ? variable[1]! : null;
}
