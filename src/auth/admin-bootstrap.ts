import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.js';
import { hashPassword } from './password.js';
import { Role, UserStatus } from './roles.js';

/**
 * Creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD when no
 * user has that email. An existing user is left as it is, so changing the
 * variables never overwrites a password set since.
 */
export async function bootstrapAdmin(
  em: EntityManager,
  email: string,
  password: string,
  log: Logger,
): Promise<void> {
  const passwordHash = await hashPassword(password);

  // Several instances may start at once: the unique email decides, quietly.
  const created = await em.getConnection().execute<{ id: string }[]>(
    `insert into users (id, created_at, updated_at, email, name, role, status, locale,
       password_hash)
     values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, 'ro', ?)
     on conflict (email) do nothing
     returning id`,
    [email, 'Administrator', Role.ADMIN, UserStatus.ACTIVE, passwordHash],
  );

  if (created.length > 0) {
    log.info({ userId: created[0]!.id }, 'created the administrator from ADMIN_EMAIL');
  }
}
