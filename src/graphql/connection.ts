import { type ClassType, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { BadUserInput } from '../shared/errors.js';
import { isRecordId } from '../shared/ids.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** `first` and `after` of a Relay connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }

  return ConnectionClass;
}

/** Checks `first`: from 1 to MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE when absent. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInput(field, `${field} must be from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

/**
 * Cursors are opaque to clients; inside they carry the sort key of the last
 * row seen (keyset pagination), so pages stay stable while rows are added.
 */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.every((v) => ['string', 'number'].includes(typeof v))) {
      return values as (string | number)[];
    }
  } catch {
    // Falls through to the error below: a cursor we did not write.
  }
  throw new BadUserInput(field, 'The cursor is not one this server gave out.');
}

// How encodeCursor writes a Date (toISOString), within years PostgreSQL's timestamptz holds.
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The (createdAt, id) key of a newest-first cursor, or BAD_USER_INPUT on
 * `after`. Both parts are checked, so that a made-up cursor is answered here
 * and does not reach PostgreSQL as a uuid or timestamp it cannot read.
 */
export function decodeTimeAndIdCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id, ...rest] = decodeCursor(cursor);
  const createdAt = typeof at === 'string' && CURSOR_TIME.test(at) ? new Date(at) : null;
  const valid = createdAt !== null && !Number.isNaN(createdAt.getTime())
    && typeof id === 'string' && isRecordId(id) && rest.length === 0;
  if (!valid) throw new BadUserInput('after', 'The cursor is not one this server gave out.');
  return { createdAt, id };
}

/** Builds a connection from up to `size + 1` rows fetched after the cursor. */
export function toConnection<T>(
  rows: T[],
  size: number,
  totalCount: number,
  cursorOf: (row: T) => (string | number)[],
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null,
    },
  };
}
