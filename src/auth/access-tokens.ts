import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { Role } from './roles.js';

const ISSUER = 'b2b-portal';
const AUDIENCE = 'b2b-portal';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessClaims {
  userId: string;
  role: Role;
  accountId: string | null;
  sessionId: string;
}

/** Signs and checks the short-lived access tokens (HS256 JWTs). */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(secret: string | Uint8Array) {
    this.key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  }

  async sign(claims: AccessClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + ACCESS_TOKEN_TTL_SECONDS) * 1000);
    const payload = { role: claims.role, acc: claims.accountId, sid: claims.sessionId };
    const token = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The token's claims and expiry, or null for a forged, expired or malformed token. */
  async verify(token: string): Promise<(AccessClaims & { expiresAt: Date }) | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const role = payload.role as Role;
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      if (!Object.values(Role).includes(role) || typeof payload.exp !== 'number') return null;
      return {
        userId: payload.sub,
        role,
        accountId: typeof payload.acc === 'string' ? payload.acc : null,
        sessionId: payload.sid,
        expiresAt: new Date(payload.exp * 1000),
      };
    } catch {
      return null;
    }
  }
}

/**
 * The signing key: JWT_SECRET when set, otherwise a random key generated on
 * the first start and kept in the data folder, so tokens survive restarts.
 */
export async function loadSigningKey(secret: string | null, keyFile: string): Promise<string> {
  if (secret !== null) return secret;
  if (existsSync(keyFile)) return (await readFile(keyFile, 'utf8')).trim();

  await mkdir(dirname(keyFile), { recursive: true });
  const generated = randomBytes(48).toString('base64url');
  await writeFile(keyFile, generated, { mode: 0o600, flag: 'wx' }).catch(async (error) => {
    // Another process created it first; use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  });
  return (await readFile(keyFile, 'utf8')).trim();
}
