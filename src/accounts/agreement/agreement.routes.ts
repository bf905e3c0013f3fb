import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Services } from '../../app/services.js';
import { bearerToken } from '../../auth/bearer.js';
import { isStaff, type Viewer } from '../../auth/viewer.js';
import { BodyTooLarge, readBody } from '../../http/body.js';
import { type HttpRoute, sendJson } from '../../http/routes.js';
import {
  AppError, Forbidden, NotFound, RateLimited, Unauthenticated,
} from '../../shared/errors.js';
import { MAX_AGREEMENT_BYTES } from './agreement.service.js';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  INVALID_TRANSITION: 409,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * The agreement's plain HTTP endpoints (files do not fit GraphQL well):
 *
 * - `GET /files/agreement?token=…`: the pre-filled agreement, for the
 *   requester, with the token `requestAccount` answered and emailed.
 * - `PUT /files/agreement?token=…`: the signed PDF as the raw body
 *   (`Content-Type: application/pdf`, at most 10 MB); once per token.
 * - `GET /files/accounts/{id}/agreement`: the pre-filled agreement, for staff.
 * - `GET /files/accounts/{id}/signed-agreement`: the signed PDF, for staff
 *   and the account's own users.
 *
 * The last two take `Authorization: Bearer <accessToken>`. Errors are JSON
 * `{ error, code }` with the GraphQL error codes and matching HTTP statuses.
 */
export function agreementRoutes(orm: MikroORM, services: Services): HttpRoute[] {
  const { agreements } = services;
  const viewerOf = async (req: IncomingMessage): Promise<Viewer> => {
    const token = bearerToken(req.headers.authorization);
    const viewer = token === null ? null : await services.auth.authenticate(orm.em.fork(), token);
    if (viewer === null) throw new Unauthenticated();
    return viewer;
  };

  return [
    {
      method: 'GET',
      path: '/files/agreement',
      handle: (req, res) => answer(res, async () => {
        const { pdf, cui } = await agreements.blankForToken(orm.em.fork(), tokenOf(req));
        sendPdf(res, pdf, `acord-utilizare-RO${cui}.pdf`);
      }),
    },
    {
      method: 'PUT',
      path: '/files/agreement',
      handle: (req, res) => answer(res, async () => {
        const secret = tokenOf(req);
        const file = await readBody(req, MAX_AGREEMENT_BYTES);
        const stored = await agreements.uploadSigned(orm.em.fork(), secret, file);
        sendJson(res, 201, stored);
      }),
    },
    {
      method: 'GET',
      path: /^\/files\/accounts\/([^/]+)\/agreement$/,
      handle: (req, res, [accountId]) => answer(res, async () => {
        const viewer = await viewerOf(req);
        if (!isStaff(viewer)) throw new Forbidden();
        const { pdf, cui } = await agreements.blankFor(orm.em.fork(), accountId!);
        sendPdf(res, pdf, `acord-utilizare-RO${cui}.pdf`);
      }),
    },
    {
      method: 'GET',
      path: /^\/files\/accounts\/([^/]+)\/signed-agreement$/,
      handle: (req, res, [accountId]) => answer(res, async () => {
        const viewer = await viewerOf(req);
        if (!isStaff(viewer) && viewer.accountId !== accountId) {
          throw new NotFound('The signed agreement');
        }
        const { pdf, cui } = await agreements.signedFile(orm.em.fork(), accountId!);
        sendPdf(res, pdf, `acord-semnat-RO${cui}.pdf`);
      }),
    },
  ];
}

function tokenOf(req: IncomingMessage): string {
  const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
  if (token === null || token === '') {
    throw new Unauthenticated('Add the token from the email link.');
  }
  return token;
}

function sendPdf(res: ServerResponse, pdf: Uint8Array, fileName: string): void {
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': pdf.byteLength,
    'content-disposition': `attachment; filename="${fileName}"`,
    'cache-control': 'no-store',
  });
  res.end(pdf);
}

// Our own errors become JSON with their code; anything else goes to the server's handler.
async function answer(res: ServerResponse, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      const error = 'The signed agreement may be at most 10 MB.';
      sendJson(res, 413, { error, code: 'BAD_USER_INPUT' });
      return;
    }
    if (!(error instanceof AppError)) throw error;
    if (error instanceof RateLimited) res.setHeader('retry-after', error.retryAfterSeconds);
    sendJson(res, HTTP_STATUS[error.code] ?? 400, { error: error.message, code: error.code });
  }
}
