import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** One file the IDE page loads, kept in memory once read. */
export interface IdeAsset {
  /** The name under `/ide/`, e.g. `graphiql.min.js`. */
  name: string;
  contentType: string;
  body: Buffer;
  gzipped: Buffer;
  /** A short content hash, put in the page's URLs so that a new version is fetched anew. */
  version: string;
}

const require = createRequire(import.meta.url);

/**
 * What the page loads, in order: React 18's browser builds, GraphiQL 3's
 * prebuilt bundle (which expects React as a global), the graphql-ws client and
 * our own sign-in helper. Everything comes from node_modules or this folder,
 * so the IDE works with no internet.
 */
const SOURCES: { name: string; file: () => string }[] = [
  { name: 'react.min.js', file: () => packageFile('react', 'umd/react.production.min.js') },
  {
    name: 'react-dom.min.js',
    file: () => packageFile('react-dom', 'umd/react-dom.production.min.js'),
  },
  { name: 'graphiql.min.js', file: () => packageFile('graphiql', 'graphiql.min.js') },
  { name: 'graphiql.min.css', file: () => packageFile('graphiql', 'graphiql.min.css') },
  { name: 'graphql-ws.min.js', file: () => packageFile('graphql-ws', 'umd/graphql-ws.min.js') },
  { name: 'ide.js', file: () => browserFile('ide.js') },
  { name: 'ide.css', file: () => browserFile('ide.css') },
];

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

let loaded: Map<string, IdeAsset> | undefined;

/** Every asset by name, read and gzipped once, on first use (1.5 MB, 0.6 MB gzipped). */
export function ideAssets(): Map<string, IdeAsset> {
  loaded ??= new Map(SOURCES.map((source) => [source.name, readAsset(source.name, source.file())]));
  return loaded;
}

function readAsset(name: string, file: string): IdeAsset {
  const body = readFileSync(file);
  const extension = name.slice(name.lastIndexOf('.') + 1);
  return {
    name,
    contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
    body,
    gzipped: gzipSync(body),
    version: createHash('sha256').update(body).digest('hex').slice(0, 12),
  };
}

/** A file of an installed package whose `exports` do not list it. */
function packageFile(pkg: string, path: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), path);
}

/** Our own browser files; `npm run build` copies them next to the compiled module. */
function browserFile(name: string): string {
  return fileURLToPath(new URL(`./browser/${name}`, import.meta.url));
}
