import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { noPubSub } from '../live/no-pub-sub.js';
import { authChecker } from './access.js';
import { resolvers } from './resolvers.js';

let built: Promise<GraphQLSchema> | undefined;

/** The API's schema, built once from the resolver classes. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    pubSub: noPubSub,
    validate: false,
    // type-graphql would otherwise write the SDL on every build; we print it on purpose.
    emitSchemaFile: false,
  });
  return built;
}

/** The schema as SDL, sorted, as kept in `schema/schema.graphql`. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
