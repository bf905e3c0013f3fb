import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../db/base.entity.js';
import { User } from './user.entity.js';

/**
 * One sign-in of a user, from login until logout or revocation. Every refresh
 * token issued by rotation belongs to the same session (the token family), so
 * reusing a rotated token revokes the whole session.
 */
@Entity({ tableName: 'sessions' })
export class Session extends BaseEntity {
  @Index()
  @ManyToOne(() => User)
  user!: Rel<User>;

  /** After this time the session can no longer be refreshed. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  revokedReason: string | null = null;
}
