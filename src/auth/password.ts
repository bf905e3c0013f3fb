import { Algorithm, hash, verify } from '@node-rs/argon2';
import { BadUserInput } from '../shared/errors.js';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane);
 * costs are stored inside each hash, so raising them later still verifies
 * older hashes.
 */
const ARGON2_OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown email, or a
 * user who never set a password) it still runs one verification against a
 * throwaway hash, so the answer takes as long either way.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  if (stored === null) {
    dummyHash ??= hashPassword('not-a-real-password-just-for-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** Checks a new password's length; `field` names the input for the error. */
export function checkNewPassword(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new BadUserInput(field, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new BadUserInput(
      field,
      `The password may have at most ${MAX_PASSWORD_LENGTH} characters.`,
    );
  }
}
