import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { describeError, isPermanentFailure, maskAddress } from './mail-failure.js';
import { createMailTransport, type MailTransport, SMTP_CONNECTIONS } from './mail-transport.js';
import {
  type ClaimedMail, claimDueMails, markFailed, markForRetry, markSent, purgeSentMails,
} from './outbox-claims.js';
import { OutboxListener } from './outbox-listener.js';
import { MAIL_CHANNEL } from './outbox.js';
import { retryDelay } from './retry-delay.js';

/** How long a claim lasts; far longer than the SMTP timeouts of one send. */
const LEASE_MS = 10 * 60 * 1000;
/** How long `stop` waits for sends in flight before letting their leases cover them. */
const STOP_WAIT_MS = 15_000;
/** Sent mails' rows are kept this long as a trace, then deleted. */
const KEEP_SENT_DAYS = 30;
const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * Sends the mails of the outbox table (`mail_outbox`), in every instance at
 * once. A round claims due rows with a lease, sends them, and records the
 * outcome; rounds start on a NOTIFY from the table's insert trigger, on a poll
 * every `mailPollIntervalMs`, and when a retry falls due. Delivery is
 * at-least-once: see the README's "Email" section.
 */
export class MailDelivery {
  private readonly transport: MailTransport;
  private orm: MikroORM | null = null;
  private listener: OutboxListener | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryAt = Infinity;
  private round: Promise<void> | null = null;
  private roundAgain = false;
  private stopping = false;
  private lastPurge = 0;

  constructor(
    private readonly config: Config,
    private readonly log: Logger,
  ) {
    this.transport = createMailTransport(config);
  }

  /** Starts listening and polling; call once the database is migrated. */
  async start(orm: MikroORM): Promise<void> {
    if (this.orm !== null) throw new Error('MailDelivery is already started');
    this.orm = orm;

    const url = orm.config.get('clientUrl');
    if (url === undefined) throw new Error('MailDelivery needs the ORM to use a clientUrl');
    this.listener = new OutboxListener(url, MAIL_CHANNEL, () => this.wake(), this.log);
    await this.listener.start();

    this.pollTimer = setInterval(() => this.wake(), this.config.mailPollIntervalMs);
    this.pollTimer.unref();
    this.log.info({ transport: this.transport.describe() }, 'mail delivery started');
    this.wake();
  }

  /** Stops taking new work and lets the round in flight finish (for a while). */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.pollTimer !== null) clearInterval(this.pollTimer);
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    await this.listener?.stop();

    if (this.round !== null) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), STOP_WAIT_MS);
      });
      const outcome = await Promise.race([this.round.then(() => 'done' as const), timeout]);
      clearTimeout(timer);
      if (outcome === 'timeout') {
        this.log.warn('stopped with mails in flight; another instance sends them once their '
          + 'claim expires');
      }
    }
    this.transport.close();
  }

  /** Starts a round now, or right after the one running. */
  wake(): void {
    if (this.stopping || this.orm === null) return;
    if (this.round !== null) {
      this.roundAgain = true;
      return;
    }

    this.round = this.runRound(this.orm).finally(() => {
      this.round = null;
      if (this.roundAgain) {
        this.roundAgain = false;
        this.wake();
      }
    });
  }

  private async runRound(orm: MikroORM): Promise<void> {
    const em = orm.em.fork();
    try {
      while (!this.stopping) {
        const batch = await claimDueMails(em, SMTP_CONNECTIONS, LEASE_MS);
        if (batch.length === 0) break;
        await Promise.all(batch.map((mail) => this.deliver(orm, mail)));
      }
      await this.purgeOldMails(orm);
    } catch (error) {
      // The next notification or poll starts over; claimed rows wait for their lease.
      this.log.error({ err: error }, 'mail delivery round failed');
    }
  }

  private async deliver(orm: MikroORM, mail: ClaimedMail): Promise<void> {
    const em = orm.em.fork();
    const about = describeMail(mail);

    let destination: string;
    try {
      destination = await this.transport.send(mail);
    } catch (error) {
      await this.recordFailure(orm, mail, error).catch((markError: unknown) => {
        this.log.error({ ...about, err: markError }, 'could not record a mail failure');
      });
      return;
    }

    try {
      const marked = await markSent(em, mail);
      if (marked) this.log.info({ ...about, destination }, 'mail sent');
      else this.log.warn({ ...about }, 'mail sent after its claim expired; it may go out twice');
    } catch (error) {
      this.log.error(
        { ...about, err: error },
        'mail sent but not marked; it goes out again when its claim expires',
      );
    }
  }

  private async recordFailure(orm: MikroORM, mail: ClaimedMail, error: unknown): Promise<void> {
    const em = orm.em.fork();
    const about = describeMail(mail);
    const reason = describeError(error);
    const permanent = isPermanentFailure(error);

    if (permanent || mail.attempt >= this.config.mailMaxAttempts) {
      await markFailed(em, mail, reason);
      const why = permanent ? 'rejected permanently' : `failed ${mail.attempt} times`;
      this.log.error({ ...about, error: reason }, `mail given up: ${why}`);
      return;
    }

    const delay = retryDelay(mail.attempt, this.config.mailRetryBaseMs);
    await markForRetry(em, mail, delay, reason);
    this.log.warn({ ...about, error: reason, retryInMs: delay }, 'mail not sent; will retry');
    this.wakeIn(delay);
  }

  // The poll would find the retry anyway; a timer makes short delays prompt.
  private wakeIn(delayMs: number): void {
    const at = Date.now() + delayMs;
    if (this.stopping || at >= this.retryAt) return;

    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryAt = at;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.retryAt = Infinity;
      this.wake();
    }, delayMs + 10);
    this.retryTimer.unref();
  }

  private async purgeOldMails(orm: MikroORM): Promise<void> {
    if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = Date.now();

    const purged = await purgeSentMails(orm.em.fork(), KEEP_SENT_DAYS);
    if (purged > 0) {
      this.log.info({ purged }, `deleted the traces of mails sent over ${KEEP_SENT_DAYS} days ago`);
    }
  }
}

function describeMail(mail: ClaimedMail) {
  return {
    mailId: mail.id,
    kind: mail.kind,
    recordId: mail.recordId,
    to: maskAddress(mail.to),
    attempt: mail.attempt,
  };
}
