import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity.js';
import { BaseEntity } from '../db/base.entity.js';
import { TokenPurpose } from './token-purpose.js';
import { User } from './user.entity.js';

/**
 * A single-use secret sent in a link: set a first password, reset one, or
 * upload a signed agreement. Only its SHA-256 is kept, like refresh tokens.
 */
@Entity({ tableName: 'one_time_tokens' })
export class OneTimeToken extends BaseEntity {
  @Enum({ items: () => TokenPurpose, nativeEnumName: 'token_purpose' })
  purpose!: TokenPurpose;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  /** Whose password the token sets; null for an agreement upload. */
  @Index()
  @ManyToOne(() => User, { nullable: true, deleteRule: 'cascade' })
  user: Rel<User> | null = null;

  /** The account an agreement is uploaded for; null for password tokens. */
  @Index()
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'cascade' })
  account: Rel<Account> | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  /** Set when used, or when a newer token of the same purpose replaced it. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
