import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { asksForSchema } from '../../src/graphql/introspection-gate.js';

describe('what counts as introspection', () => {
  it.each([
    ['a root field', '{ __schema { queryType { name } } }'],
    ['a field under another field',
      'subscription { changed { query { __type(name: "X") { name } } } }'],
    ['a fragment spread under a field',
      'subscription { changed { query { ...S } } } '
        + 'fragment S on Query { __schema { types { name } } }'],
  ])('finds __schema or __type in %s', (_name, query) => {
    expect(asksForSchema(parse(query))).toBe(true);
  });

  it('lets __typename and ordinary fields pass', () => {
    expect(asksForSchema(parse('subscription { changed { __typename id } }'))).toBe(false);
  });
});
