import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter } from '../../src/graphql/format-error.js';
import { createLogger } from '../../src/logging/logger.js';
import { BadUserInput, RateLimited } from '../../src/shared/errors.js';

const format = createErrorFormatter(createLogger({ env: 'test', level: 'silent' }));

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['me'], originalError: original });
}

describe('errors sent to clients', () => {
  it('hide the detail of an unexpected error', () => {
    const error = resolverError(new Error('relation "users" does not exist at character 15'));
    const formatted = format({ message: error.message, path: ['me'] }, error);

    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.message).toBe('Internal server error.');
    expect(JSON.stringify(formatted)).not.toMatch(/relation|stack/);
  });

  it('keep the code and details of our own errors', () => {
    const input = resolverError(new BadUserInput('input.cui', 'The CUI is not valid.'));
    expect(format({ message: '' }, input).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.cui',
    });

    const limited = resolverError(new RateLimited(30));
    expect(format({ message: '' }, limited).extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 30,
    });
  });
});

describe('invalid variables', () => {
  it('name the input path in extensions.field', () => {
    const message =
      'Variable "$input" got invalid value "x" at "input.cui"; String cannot represent a value';
    const error = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

    expect(format({ message, extensions: { code: 'BAD_USER_INPUT' } }, error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.cui',
    });
  });
});
