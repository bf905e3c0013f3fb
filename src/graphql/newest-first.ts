import type { EntityClass, FilterQuery, OrderDefinition } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type Connection, decodeTimeAndIdCursor, pageSize, toConnection,
} from './connection.js';

/** `first` and `after` of a connection, as its resolver received them. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

/** What every listed record has: a uuid id and a creation time. */
interface Listed {
  id: string;
  createdAt: Date;
}

/**
 * One page of records matching `where`, newest first. Keyset pagination on
 * (createdAt, id): the cursor names the last row seen, so records created
 * meanwhile do not shift or repeat a page. Two statements: the rows and the count.
 */
export async function newestFirstPage<T extends Listed>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  page: PageRequest,
): Promise<Connection<T>> {
  const size = pageSize(page.first);
  const after = page.after === null || page.after === undefined
    ? null
    : decodeTimeAndIdCursor(page.after);
  const older = after === null ? null : ({
    $or: [
      { createdAt: { $lt: after.createdAt } },
      { createdAt: after.createdAt, id: { $lt: after.id } },
    ],
  } as FilterQuery<T>);

  // Typed against the Listed fields every T has; MikroORM cannot see them through T.
  const filter = (older === null ? where : { $and: [where, older] }) as FilterQuery<T>;
  const orderBy = { createdAt: 'desc', id: 'desc' } as OrderDefinition<T>;

  const rows = await em.find(entity, filter, { orderBy, limit: size + 1 });
  const total = await em.count(entity, where);
  return toConnection(rows, size, total, (row) => [row.createdAt.toISOString(), row.id]);
}
