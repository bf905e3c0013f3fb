import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { BadUserInput, Conflict } from '../shared/errors.js';
import { checkEmail } from '../shared/validation/email.js';
import { checkPhone } from '../shared/validation/phone.js';
import { checkLocale, checkText } from '../shared/validation/text.js';
import { sendInvitation } from './invitations.js';
import type { StaffUserInput } from './profile-inputs.js';
import { isStaffRole } from './roles.js';
import { User } from './user.entity.js';

/** An administrator adding a member of staff, who gets a set-password link. */
export class StaffUsersService {
  constructor(
    private readonly config: Config,
    private readonly log: Logger,
  ) {}

  async create(em: EntityManager, input: StaffUserInput, actorId: string): Promise<User> {
    if (!isStaffRole(input.role)) {
      throw new BadUserInput('input.role', 'A member of staff is STAFF or ADMIN.');
    }
    const fields = {
      email: checkEmail(input.email, 'input.email'),
      name: checkText(input.name, 'input.name', 200),
      phone: input.phone == null || input.phone.trim() === ''
        ? null
        : checkPhone(input.phone, 'input.phone'),
      locale: checkLocale(input.locale, 'input.locale'),
      role: input.role,
    };

    const user = await em.transactional(async (tx) => {
      if ((await tx.count(User, { email: fields.email })) > 0) {
        throw new Conflict('A user with this email already exists.');
      }
      const created = tx.create(User, fields);
      await sendInvitation(tx, this.config.appUrl, created, null);
      return created;
    });

    this.log.info({ userId: user.id, role: user.role, by: actorId }, 'staff user created');
    return user;
  }
}
