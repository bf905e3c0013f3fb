import { createHash, randomBytes } from 'node:crypto';

/** A new random opaque token (256 bits), for refresh tokens and emailed links. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored in place of an opaque token: its SHA-256, hex. */
export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
