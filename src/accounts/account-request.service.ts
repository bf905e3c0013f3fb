import type { EntityManager } from '@mikro-orm/postgresql';
import { issueToken } from '../auth/one-time-tokens.js';
import { mailLocale } from '../auth/invitations.js';
import { Role } from '../auth/roles.js';
import { TokenPurpose } from '../auth/token-purpose.js';
import { User } from '../auth/user.entity.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { enqueueMail } from '../mail/outbox.js';
import { staffRecipients } from '../mail/recipients.js';
import { Conflict } from '../shared/errors.js';
import { hitRateLimit, RATE_RULES } from '../shared/rate-limit.js';
import { PUBLIC_REQUEST, recordChange } from './account-changes.js';
import { AccountStatus } from './account-enums.js';
import { claimCui } from './account-guards.js';
import { checkAccountRequest, type CheckedRequest } from './account-input-checks.js';
import type { AccountRequestInput } from './account-inputs.js';
import { agreementLink, staffAccountLink } from './account-links.js';
import { Account } from './account.entity.js';
import { requestConfirmationMail, requestReceivedMail } from './mails/request-mails.js';

/** A company's request for an account, from the public form; knows nothing of GraphQL. */
export class AccountRequestService {
  constructor(
    private readonly config: Config,
    private readonly log: Logger,
  ) {}

  /**
   * Records a PENDING account with one invited user per contact, and emails
   * staff and the contacts. The answer carries the agreement secret once.
   */
  async request(
    em: EntityManager,
    input: AccountRequestInput,
    clientAddress: string,
  ): Promise<Account> {
    await hitRateLimit(em, RATE_RULES.accountRequestPerAddress, clientAddress);
    const checked = checkAccountRequest(input);

    const { account, secret } = await em.transactional(async (tx) => {
      await claimCui(tx, checked.cui, null);
      await refuseTakenEmails(tx, checked);

      const created = createAccount(tx, checked);
      recordChange(tx, created, PUBLIC_REQUEST, 'status', null, AccountStatus.PENDING);
      const agreementSecret = await issueToken(tx, TokenPurpose.UPLOAD_AGREEMENT, {
        account: created,
      });
      await this.queueMails(tx, created, checked, agreementSecret);
      return { account: created, secret: agreementSecret };
    });

    const contacts = checked.contacts.length;
    this.log.info({ accountId: account.id, contacts }, 'account requested');
    account.agreementUploadToken = secret;
    return account;
  }

  private async queueMails(
    em: EntityManager,
    account: Account,
    checked: CheckedRequest,
    secret: string,
  ): Promise<void> {
    const staffLink = staffAccountLink(this.config.appUrl, account.id);
    const summary = {
      companyName: account.companyName,
      cui: account.cui,
      contacts: checked.contacts.length,
    };
    for (const staff of await staffRecipients(em)) {
      const mail = requestReceivedMail(staff.locale, summary, staffLink);
      enqueueMail(em, {
        to: staff.email, ...mail, kind: 'account.requested', recordId: account.id,
      });
    }

    const link = agreementLink(this.config.appUrl, secret);
    for (const contact of checked.contacts) {
      const mail = requestConfirmationMail(mailLocale(contact.locale), account.companyName, link);
      enqueueMail(em, {
        to: contact.email, ...mail, kind: 'account.request-confirmation', recordId: account.id,
      });
    }
  }
}

// The unique email index would refuse them too; this answer says which one. Known
// shortcoming: it tells an anonymous caller that an email has a user; the per-address
// rate limit on requests bounds how fast anyone can probe that.
async function refuseTakenEmails(em: EntityManager, checked: CheckedRequest): Promise<void> {
  const emails = checked.contacts.map((contact) => contact.email);
  const taken = await em.findOne(User, { email: { $in: emails } });
  if (taken !== null) {
    throw new Conflict(
      `${taken.email} already belongs to a portal user. Name another person, or ask `
        + 'that person to sign in.',
    );
  }
}

function createAccount(em: EntityManager, checked: CheckedRequest): Account {
  const account = em.create(Account, {
    companyName: checked.companyName,
    cui: checked.cui,
    tradeRegisterNumber: checked.tradeRegisterNumber,
    address: checked.address,
    legalRepresentative: checked.legalRepresentative,
    note: checked.note,
  });
  for (const contact of checked.contacts) {
    em.create(User, { ...contact, role: Role.CUSTOMER, account });
  }
  return account;
}
