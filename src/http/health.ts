import type { MikroORM } from '@mikro-orm/postgresql';
import { type HttpRoute, sendJson } from './routes.js';

const READY_TIMEOUT_MS = 2000;

/** `/healthz`: the process runs. `/readyz`: and the database answers within two seconds. */
export function healthRoutes(orm: MikroORM): HttpRoute[] {
  return [
    {
      method: 'GET',
      path: '/healthz',
      handle: async (_req, res) => sendJson(res, 200, { status: 'ok' }),
    },
    {
      method: 'GET',
      path: '/readyz',
      handle: async (_req, res) => {
        const ready = await databaseAnswers(orm);
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database unavailable' });
      },
    },
  ];
}

async function databaseAnswers(orm: MikroORM): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  const probe = orm.em.getConnection().execute('select 1').then(() => true, () => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
