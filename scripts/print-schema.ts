import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { printApiSchema } from '../src/graphql/schema.js';

/** Writes the schema built from the code to `schema/schema.graphql`. */
const sdl = await printApiSchema();
await writeFile(new URL('../../schema/schema.graphql', import.meta.url), sdl);
process.stdout.write(`wrote schema/schema.graphql (${sdl.split('\n').length} lines)\n`);
