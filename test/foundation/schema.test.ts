import { readFile } from 'node:fs/promises';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { getSchema, printApiSchema } from '../../src/graphql/schema.js';

describe('the printed schema', () => {
  it('is in step with the code (run `npm run schema:print` after changing the API)', async () => {
    const onDisk = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(onDisk).toBe(await printApiSchema());
  });
});

describe('authorization declarations', () => {
  it('cover every query, mutation and subscription', async () => {
    const schema = await getSchema();
    const declared = new Set(
      getMetadataStorage().authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`),
    );
    const resolvers = getMetadataStorage().queries
      .concat(getMetadataStorage().mutations, getMetadataStorage().subscriptions);

    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const rootFields = roots
      .flatMap((type) => (type ? Object.keys(type.getFields()) : []));
    const undeclared = rootFields.filter((name) => {
      const resolver = resolvers.find((r) => r.schemaName === name);
      if (resolver === undefined) return true;
      return !declared.has(`${resolver.target.name}.${resolver.methodName}`);
    });

    expect(rootFields.length).toBeGreaterThan(0);
    expect(undeclared).toEqual([]);
  });
});
