import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import {
  buildSchema,
  type DefinitionNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  validate,
  visit,
} from 'graphql';

/**
 * Two targets, from the printed schema; run with `npm run codegen`, the output is committed.
 *
 * The typed client SDK (`sdk/generated/`) from the contract's operations
 * (`sdk/operations/`, a copy of the shared contract's). An operation that does
 * not validate against the schema yet (its feature has not landed) is left out
 * with a warning rather than failing the whole run; `npm run contract` is what
 * insists on every operation.
 *
 * The types of the operations the tests send (`test/generated/`): each
 * `graphql(\`...\`)` call in `test/` becomes a TypedDocumentNode. Here an
 * operation that does not validate fails the run, as the tests are ours to fix.
 */
const SCHEMA = 'schema/schema.graphql';
const OPERATIONS = 'sdk/operations';
// The SDK test generates into a temporary folder to compare with the committed files.
const OUT = process.env.SDK_OUT_DIR ?? 'sdk/generated/';
const TESTS_OUT = process.env.TESTS_OUT_DIR ?? 'test/generated/';

/** The output's settings, the same for both targets. */
const TYPES_CONFIG = {
  useTypeImports: true,
  enumsAsTypes: true,
  onlyOperationTypes: true,
  skipTypename: true,
  scalars: {
    Date: 'string',
    DateTimeISO: 'string',
    Decimal: 'string',
  },
};

const config: CodegenConfig = {
  schema: SCHEMA,
  // `.js` in relative imports, as NodeNext resolution and browsers want.
  emitLegacyCommonJSImports: false,
  generates: {
    [OUT]: {
      // Per target: a root `documents` would reach the tests' target too.
      documents: validOperations(),
      preset: 'client',
      presetConfig: {
        // Whole result types, not fragment references: plain to use outside React.
        fragmentMasking: false,
        gqlTagName: 'graphql',
      },
      config: TYPES_CONFIG,
    },
    [TESTS_OUT]: {
      documents: ['test/**/*.ts', '!test/generated/**'],
      preset: namedOperationsOnly(clientPreset),
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
      },
      config: TYPES_CONFIG,
    },
  },
  hooks: {},
  silent: process.env.SDK_OUT_DIR !== undefined,
};

export default config;

/**
 * The preset, refusing an unnamed operation: the client preset would leave it
 * out with a mere warning, and its graphql() call would answer an empty object.
 */
function namedOperationsOnly(preset: typeof clientPreset): typeof clientPreset {
  return {
    ...preset,
    buildGeneratesSection(options) {
      const unnamed = options.documents.filter((source) =>
        source.document?.definitions.some(
          (definition) => definition.kind === Kind.OPERATION_DEFINITION && !definition.name,
        ),
      );
      if (unnamed.length > 0) {
        const where = unnamed.map((source) => source.location ?? '(unknown file)').join(', ');
        throw new Error(`Name every operation passed to graphql(); unnamed in ${where}`);
      }
      return preset.buildGeneratesSection(options);
    },
  };
}

/** Every operation of the contract that validates, and the fragments these use. */
function validOperations(): string[] {
  const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));
  const definitions: DefinitionNode[] = readdirSync(OPERATIONS)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) => parse(readFileSync(join(OPERATIONS, file), 'utf8')).definitions);

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    fragments.set(definition.name.value, definition);
  }

  const kept: OperationDefinitionNode[] = [];
  const used = new Set<string>();
  const skipped: string[] = [];
  for (const operation of definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
    const needs = fragmentsOf(operation, fragments);
    const errors = validate(schema, {
      kind: Kind.DOCUMENT,
      definitions: [operation, ...[...needs].map((name) => fragments.get(name)!)],
    }).map((error) => error.message);
    // Validation passes a subscription on a schema without subscriptions; execution would not.
    if (schema.getRootType(operation.operation) === undefined) {
      errors.push(`The schema has no ${operation.operation} type.`);
    }
    if (errors.length === 0) {
      kept.push(operation);
      needs.forEach((name) => used.add(name));
    } else {
      skipped.push(`${operation.name?.value ?? '(anonymous)'}: ${errors[0]}`);
    }
  }

  if (skipped.length > 0 && process.env.SDK_OUT_DIR === undefined) {
    const list = skipped.join('\n  ');
    console.warn(`Left out of the SDK, not valid against ${SCHEMA} yet:\n  ${list}`);
  }
  const chosen = [...kept, ...[...used].sort().map((name) => fragments.get(name)!)];
  return chosen.map((definition) => print(definition));
}

/** The names of the fragments an operation spreads, directly or through other fragments. */
function fragmentsOf(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): Set<string> {
  const found = new Set<string>();
  const pending: DefinitionNode[] = [operation];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (fragment === undefined || found.has(node.name.value)) return;
        found.add(node.name.value);
        pending.push(fragment);
      },
    });
  }
  return found;
}
