import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PDFDocument } from 'pdf-lib';
import { findUsableToken, spendToken } from '../../auth/one-time-tokens.js';
import { TokenPurpose } from '../../auth/token-purpose.js';
import { User } from '../../auth/user.entity.js';
import type { Config } from '../../config/config.js';
import type { Logger } from '../../logging/logger.js';
import { enqueueMail } from '../../mail/outbox.js';
import { staffRecipients } from '../../mail/recipients.js';
import { BadUserInput, InvalidTransition, NotFound, Unauthenticated } from '../../shared/errors.js';
import { PUBLIC_REQUEST, recordChange } from '../account-changes.js';
import { AccountStatus } from '../account-enums.js';
import { isId, lockAccount } from '../account-guards.js';
import { staffAccountLink } from '../account-links.js';
import { Account } from '../account.entity.js';
import { agreementUploadedMail } from '../mails/request-mails.js';
import { SignedAgreement } from '../signed-agreement.entity.js';
import { type AgreementData, renderAgreement } from './agreement-document.js';

/** Largest signed agreement accepted. */
export const MAX_AGREEMENT_BYTES = 10 * 1024 * 1024;

const BAD_LINK = 'This agreement link is not valid: it was already used or has expired.';

export interface StoredAgreement {
  accountId: string;
  size: number;
  sha256: string;
}

/**
 * The usage agreement: the blank one, filled in with the request's data, and
 * the signed PDF the company sends back while its account is PENDING.
 */
export class AgreementService {
  constructor(
    private readonly config: Config,
    private readonly log: Logger,
  ) {}

  /** The pre-filled agreement for the holder of the request's agreement token. */
  async blankForToken(
    em: EntityManager,
    secret: string,
  ): Promise<{ pdf: Uint8Array; cui: string }> {
    const accountId = await em.transactional(async (tx) => {
      const token = await findUsableToken(tx, TokenPurpose.UPLOAD_AGREEMENT, secret);
      if (token === null || token.account === null) throw new Unauthenticated(BAD_LINK);
      return token.account.id;
    });
    return this.blankFor(em, accountId, true);
  }

  /** The pre-filled agreement of any account, for staff. */
  async blankFor(
    em: EntityManager,
    accountId: string,
    pendingOnly = false,
  ): Promise<{ pdf: Uint8Array; cui: string }> {
    const account = isId(accountId) ? await em.findOne(Account, { id: accountId }) : null;
    if (account === null) throw new NotFound('The account');
    if (pendingOnly) requirePending(account);

    const users = await em.find(User, { account }, { orderBy: { createdAt: 'asc', email: 'asc' } });
    return { pdf: await renderAgreement(agreementData(account, users)), cui: account.cui };
  }

  /**
   * Stores the signed agreement sent with the request's token, once: the
   * token is spent, staff are emailed, and the upload is recorded.
   */
  async uploadSigned(em: EntityManager, secret: string, file: Buffer): Promise<StoredAgreement> {
    await checkPdf(file);
    const sha256 = createHash('sha256').update(file).digest('hex');

    const stored = await em.transactional(async (tx) => {
      const token = await findUsableToken(tx, TokenPurpose.UPLOAD_AGREEMENT, secret);
      if (token === null || token.account === null) throw new Unauthenticated(BAD_LINK);
      const account = await lockAccount(tx, token.account.id);
      requirePending(account);

      const existing = await tx.findOne(SignedAgreement, { account });
      if (existing === null) {
        tx.create(SignedAgreement, { account, content: file, size: file.length, sha256 });
      } else {
        Object.assign(existing, { content: file, size: file.length, sha256 });
      }
      spendToken(token);
      recordChange(tx, account, PUBLIC_REQUEST, 'signedAgreement', existing?.sha256, sha256);
      await this.tellStaff(tx, account);
      return { accountId: account.id, size: file.length, sha256 };
    });

    this.log.info({ accountId: stored.accountId, size: stored.size }, 'signed agreement uploaded');
    return stored;
  }

  /** The signed file of an account, or NOT_FOUND when none was uploaded. */
  async signedFile(em: EntityManager, accountId: string): Promise<{ pdf: Buffer; cui: string }> {
    const agreement = isId(accountId)
      ? await em.findOne(SignedAgreement, { account: accountId }, {
        populate: ['content', 'account'],
      })
      : null;
    if (agreement === null) throw new NotFound('The signed agreement');
    return { pdf: agreement.content, cui: agreement.account.cui };
  }

  private async tellStaff(em: EntityManager, account: Account): Promise<void> {
    const link = staffAccountLink(this.config.appUrl, account.id);
    for (const staff of await staffRecipients(em)) {
      const mail = agreementUploadedMail(staff.locale, account.companyName, link);
      enqueueMail(em, {
        to: staff.email, ...mail, kind: 'account.agreement-uploaded', recordId: account.id,
      });
    }
  }
}

function requirePending(account: Account): void {
  if (account.status !== AccountStatus.PENDING) {
    throw new InvalidTransition('The request was already decided; the agreement can no longer '
      + 'be changed here.');
  }
}

/** Refuses anything but a readable PDF of at most MAX_AGREEMENT_BYTES. */
async function checkPdf(file: Buffer): Promise<void> {
  if (file.length === 0) throw new BadUserInput('file', 'Send the signed agreement as a PDF.');
  if (file.length > MAX_AGREEMENT_BYTES) {
    throw new BadUserInput('file', 'The signed agreement may be at most 10 MB.');
  }

  const notPdf = new BadUserInput('file', 'The file is not a PDF. Scan or save the signed '
    + 'agreement as a PDF and send it again.');
  // The header may follow a little junk, as PDF readers allow; the end marker must be there.
  if (!file.subarray(0, 1024).includes('%PDF-') || !file.subarray(-2048).includes('%%EOF')) {
    throw notPdf;
  }
  try {
    const doc = await PDFDocument.load(file, { ignoreEncryption: true, updateMetadata: false });
    if (doc.getPageCount() === 0) throw notPdf;
  } catch {
    throw notPdf;
  }
}

function agreementData(account: Account, users: User[]): AgreementData {
  return {
    accountId: account.id,
    requestedAt: account.createdAt,
    companyName: account.companyName,
    cui: account.cui,
    tradeRegisterNumber: account.tradeRegisterNumber,
    address: account.address,
    legalRepresentative: account.legalRepresentative,
    contacts: users.map((user) => ({ name: user.name, email: user.email, phone: user.phone })),
  };
}
