import { Entity, Enum, Index, type Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '../db/base.entity.js';
import { OutboxStatus } from './outbox-status.js';

/**
 * One email waiting to be sent, or the trace of one that was. Rows are written
 * by the transaction that makes the change the mail is about, and delivered by
 * `MailDelivery`; see the "Email" section of the README for the guarantees.
 */
@Entity({ tableName: 'mail_outbox' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class OutboxMail extends BaseEntity {
  /** What the mail is about, e.g. `account.activation`; for logs. */
  @Property({ type: 'string', length: 64 })
  kind!: string;

  /** The id of the record the mail is about; for logs. */
  @Property({ type: 'string', length: 64, nullable: true })
  recordId: string | null = null;

  @Property({ type: 'string', length: 254 })
  toAddress!: string;

  @Property({ type: 'string', length: 300 })
  subject!: string;

  /** Emptied once the mail is sent: bodies may carry single-use tokens. */
  @Property({ type: 'text' })
  textBody!: string;

  @Property({ type: 'text' })
  htmlBody!: string;

  @Enum({ items: () => OutboxStatus, nativeEnumName: 'outbox_status' })
  status: Opt<OutboxStatus> = OutboxStatus.PENDING;

  /** Attempts started so far; counted when a row is claimed, before sending. */
  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  /** Set by the database clock, which all instances share. */
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt!: Opt<Date>;

  /** While in the future, the instance holding `claimToken` is sending the mail. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  claimToken: string | null = null;

  /** The last failure, without credentials or full addresses. */
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt: Date | null = null;
}
