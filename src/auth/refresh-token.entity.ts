import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../db/base.entity.js';
import { Session } from './session.entity.js';

/** A refresh token, kept only as its SHA-256 hash; usable once. */
@Entity({ tableName: 'refresh_tokens' })
export class RefreshToken extends BaseEntity {
  @Index()
  @ManyToOne(() => Session, { deleteRule: 'cascade' })
  session!: Rel<Session>;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  /** Set when the token was exchanged for a new one; a second use is a theft signal. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
