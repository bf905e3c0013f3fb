import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountStatus } from '../accounts/account-enums.js';
import { Account } from '../accounts/account.entity.js';
import { User } from '../auth/user.entity.js';
import type { PriceList } from '../catalog/price-list.entity.js';
import type { Viewer } from '../auth/viewer.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import type { SalesOrder } from '../orders/sales-order.entity.js';
import type { SalesOrderService } from '../orders/sales-order.service.js';
import { addDays, businessDay } from '../shared/calendar.js';
import { nextDocumentNumber } from '../shared/document-number.js';
import { BadUserInput, Conflict, InvalidTransition } from '../shared/errors.js';
import { isRecordId } from '../shared/ids.js';
import { Money } from '../shared/money.type.js';
import { checkOptionalText } from '../shared/validation/text.js';
import { chooseDeliveryAddress } from './delivery-address-choice.js';
import { isPaymentRequired } from './payment-decision.js';
import { lockQuote } from './quote-access.js';
import { QuoteOrigin } from './quote-enums.js';
import { QuoteLine } from './quote-line.entity.js';
import { checkLineRequests, type LineRequest, priceLineRequests } from './quote-lines.js';
import type { QuoteMails } from './quote-mails.js';
import { EDITABLE_QUOTE_STATES, QUOTE_LIFECYCLE } from './quote-states.js';
import { changeQuoteStatus, startQuote } from './quote-transition.js';
import { Quote } from './quote.entity.js';

/** Days an offer stays valid when staff do not say. */
export const DEFAULT_VALIDITY_DAYS = 30;
/** How far ahead an offer's validity may be set. */
const MAX_VALIDITY_DAYS = 366;
const MAX_NOTE = 2000;

/** What staff give for a new offer. */
export interface QuoteDraft {
  accountId: string;
  lines: LineRequest[];
  validUntil?: string | null;
  note?: string | null;
  deliveryAddressId?: string | null;
}

/** Changes to a draft; absent fields stay. `revision`, when given, must be the current one. */
export interface QuoteChanges {
  lines?: LineRequest[] | null;
  validUntil?: string | null;
  note?: string | null;
  deliveryAddressId?: string | null;
  revision?: number | null;
}

/** What a customer orders from its price list. */
export interface OrderRequest {
  lines: { productId: string; quantity: string }[];
  deliveryAddressId?: string | null;
  note?: string | null;
}

/** How to pay by bank transfer before the goods. */
export interface PaymentInstructions {
  /** To write on the transfer: the quote's number, unique per quote. */
  reference: string;
  iban: string;
  amount: Money;
}

/** The outcome of accepting an offer. */
export interface Acceptance {
  quote: Quote;
  paymentRequired: boolean;
  payment: PaymentInstructions | null;
}

/**
 * The quote lifecycle's actions. Each runs in one transaction; those on an
 * existing quote hold its row lock, so concurrent decisions queue and the
 * later ones meet the new status (INVALID_TRANSITION).
 */
export class QuoteService {
  constructor(
    private readonly config: Config,
    private readonly orders: SalesOrderService,
    private readonly mails: QuoteMails,
    private readonly log: Logger,
  ) {
    QUOTE_LIFECYCLE.check();
  }

  /** Staff write an offer for an account: a DRAFT priced from its price list. */
  async createQuote(em: EntityManager, viewer: Viewer, draft: QuoteDraft): Promise<Quote> {
    checkLineRequests(draft.lines, 'input.lines');
    const note = checkOptionalText(draft.note, 'input.note', MAX_NOTE);
    const validUntil = checkValidUntil(draft.validUntil, 'input.validUntil');

    const quote = await em.transactional(async (tx) => {
      const buyer = await buyingAccount(tx, draft.accountId, 'input.accountId');
      const created = await writeQuote(tx, {
        ...buyer, origin: QuoteOrigin.STAFF, lines: draft.lines, validUntil, note,
        deliveryAddressId: draft.deliveryAddressId, userId: viewer.userId,
      });
      await startQuote(tx, created, 'createQuote', { userId: viewer.userId });
      return created;
    });

    this.log.info({ quoteId: quote.id, number: quote.number, userId: viewer.userId },
      'offer drafted');
    return quote;
  }

  /** Staff edit a draft; every edit adds one to its revision. */
  async updateQuote(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    changes: QuoteChanges,
  ): Promise<Quote> {
    if (changes.lines !== null && changes.lines !== undefined) {
      checkLineRequests(changes.lines, 'input.lines');
    }
    const note = checkOptionalText(changes.note, 'input.note', MAX_NOTE);
    const validUntil = changes.validUntil === null || changes.validUntil === undefined
      ? null
      : checkValidUntil(changes.validUntil, 'input.validUntil');

    const quote = await em.transactional(async (tx) => {
      const locked = await lockQuote(tx, viewer, id);
      if (!EDITABLE_QUOTE_STATES.includes(locked.status)) {
        throw new InvalidTransition(`Only drafts can be edited; ${locked.number} is ` +
          `${locked.status}. Cancel it and write a new offer instead.`);
      }
      if (changes.revision !== null && changes.revision !== undefined
        && changes.revision !== locked.revision) {
        throw new Conflict(`${locked.number} was edited meanwhile (revision ` +
          `${locked.revision}); reload it and apply your changes again.`);
      }

      if (changes.lines !== null && changes.lines !== undefined) {
        await this.replaceLines(tx, locked, changes.lines);
      }
      if (changes.deliveryAddressId !== null && changes.deliveryAddressId !== undefined) {
        locked.deliveryAddress = await chooseDeliveryAddress(
          tx, locked.account.id, changes.deliveryAddressId, 'input.deliveryAddressId');
      }
      if (validUntil !== null) locked.validUntil = validUntil;
      if (note !== null) locked.note = note;
      locked.revision += 1;
      return locked;
    });

    this.log.info({ quoteId: quote.id, revision: quote.revision, userId: viewer.userId },
      'draft edited');
    return quote;
  }

  /** Staff send a draft: it becomes SENT and the account's users are emailed. */
  async sendQuote(em: EntityManager, viewer: Viewer, id: string): Promise<Quote> {
    const quote = await em.transactional(async (tx) => {
      const locked = await lockQuote(tx, viewer, id);
      await changeQuoteStatus(tx, locked, 'sendQuote', { userId: viewer.userId });

      await tx.populate(locked, ['account']);
      await this.mails.quoteSent(tx, locked);
      return locked;
    });

    this.log.info({ quoteId: quote.id, userId: viewer.userId }, 'offer sent');
    return quote;
  }

  /** A customer orders from its price list; the order waits for staff's approval. */
  async placeOrder(em: EntityManager, viewer: Viewer, request: OrderRequest): Promise<Quote> {
    checkLineRequests(request.lines, 'input.lines');
    const note = checkOptionalText(request.note, 'input.note', MAX_NOTE);

    const quote = await em.transactional(async (tx) => {
      const buyer = await buyingAccount(tx, viewer.accountId ?? '', 'input');
      const created = await writeQuote(tx, {
        ...buyer, origin: QuoteOrigin.CUSTOMER, lines: request.lines, validUntil: null, note,
        deliveryAddressId: request.deliveryAddressId, userId: viewer.userId,
      });
      created.paymentRequired = await isPaymentRequired(tx, created);
      await startQuote(tx, created, 'placeOrder', { userId: viewer.userId, note });

      await this.mails.awaitingApproval(tx, created, true);
      return created;
    });

    this.log.info({ quoteId: quote.id, number: quote.number, userId: viewer.userId,
      paymentRequired: quote.paymentRequired }, 'order placed');
    return quote;
  }

  /**
   * A customer accepts a SENT offer. Its payment term and available credit
   * decide whether it must pay first; then the bank details come back.
   */
  async acceptQuote(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    deliveryAddressId?: string | null,
  ): Promise<Acceptance> {
    const quote = await em.transactional(async (tx) => {
      const locked = await lockQuote(tx, viewer, id);
      await changeQuoteStatus(tx, locked, 'acceptQuote', { userId: viewer.userId });

      if (deliveryAddressId !== null && deliveryAddressId !== undefined) {
        locked.deliveryAddress = await chooseDeliveryAddress(
          tx, locked.account.id, deliveryAddressId, 'deliveryAddressId');
      }
      locked.paymentRequired = await isPaymentRequired(tx, locked);
      await tx.populate(locked, ['account']);
      await this.mails.awaitingApproval(tx, locked, false);
      return locked;
    });

    this.log.info({ quoteId: quote.id, userId: viewer.userId,
      paymentRequired: quote.paymentRequired }, 'offer accepted');
    const paymentRequired = quote.paymentRequired === true;
    return { quote, paymentRequired, payment: paymentRequired ? this.paymentFor(quote) : null };
  }

  /** A customer turns down a SENT offer, optionally saying why. */
  async rejectQuote(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    reason?: string | null,
  ): Promise<Quote> {
    const note = checkOptionalText(reason, 'reason', MAX_NOTE);
    const quote = await em.transactional(async (tx) => {
      const locked = await lockQuote(tx, viewer, id);
      await changeQuoteStatus(tx, locked, 'rejectQuote', { userId: viewer.userId, note });
      return locked;
    });

    this.log.info({ quoteId: quote.id, userId: viewer.userId }, 'offer rejected');
    return quote;
  }

  /** Staff approve a quote awaiting approval: it is CONFIRMED and becomes a sales order. */
  async approveQuote(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    note?: string | null,
  ): Promise<SalesOrder> {
    const checkedNote = checkOptionalText(note, 'note', MAX_NOTE);
    const order = await em.transactional(async (tx) => {
      const locked = await lockQuote(tx, viewer, id);
      const step = { userId: viewer.userId, note: checkedNote };
      await changeQuoteStatus(tx, locked, 'approveQuote', step);

      const created = await this.orders.createFromQuote(tx, locked, step);
      await tx.populate(locked, ['account']);
      await this.mails.orderConfirmed(tx, locked, created);
      return created;
    });

    this.log.info({ quoteId: order.quote.id, salesOrderId: order.id, userId: viewer.userId },
      'quote approved');
    return order;
  }

  /** Staff withdraw a quote that is not settled yet, optionally saying why. */
  async cancelQuote(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    reason?: string | null,
  ): Promise<Quote> {
    const note = checkOptionalText(reason, 'reason', MAX_NOTE);
    const quote = await em.transactional(async (tx) => {
      const locked = await lockQuote(tx, viewer, id);
      await changeQuoteStatus(tx, locked, 'cancelQuote', { userId: viewer.userId, note });
      return locked;
    });

    this.log.info({ quoteId: quote.id, userId: viewer.userId }, 'quote cancelled');
    return quote;
  }

  /** Bank-transfer details for a quote that must be paid first. */
  paymentFor(quote: Quote): PaymentInstructions {
    return {
      reference: quote.number,
      iban: this.config.companyIban,
      amount: Money.of(quote.total, quote.currency),
    };
  }

  private async replaceLines(tx: EntityManager, quote: Quote, lines: LineRequest[]) {
    const account = await tx.findOneOrFail(Account, quote.account.id, { populate: ['priceList'] });
    if (account.priceList === null) {
      throw new BadUserInput('input.lines', 'The account has no price list; give it one first.');
    }
    const priced = await priceLineRequests(tx, lines, account.priceList, {
      offListAllowed: true, field: 'input.lines',
    });

    await tx.nativeDelete(QuoteLine, { quote });
    for (const line of priced.lines) tx.create(QuoteLine, { ...line, quote });
    Object.assign(quote, priced.totals, { currency: account.priceList.currency });
  }
}

/**
 * The account a quote is for: it must exist, be ACTIVE and have a price list.
 * Errors name `field`, the input that chose the account.
 */
async function buyingAccount(
  tx: EntityManager,
  id: string,
  field: string,
): Promise<{ account: Account; priceList: PriceList }> {
  const account = isRecordId(id)
    ? await tx.findOne(Account, { id }, { populate: ['priceList'] })
    : null;
  if (account === null) throw new BadUserInput(field, 'No account has this id.');
  if (account.status !== AccountStatus.ACTIVE) {
    throw new BadUserInput(field, `The account is ${account.status}; only active accounts buy.`);
  }
  if (account.priceList === null) {
    throw new BadUserInput(field, 'The account has no price list yet; staff must set one first.');
  }
  return { account, priceList: account.priceList };
}

/**
 * The last day an offer can be accepted: 30 days from today by default, at
 * most a year ahead. A day already past is allowed (the offer then reads
 * EXPIRED as soon as it is sent), so staff can record an offer made earlier.
 */
function checkValidUntil(value: string | null | undefined, field: string): string {
  const today = businessDay();
  if (value === null || value === undefined) return addDays(today, DEFAULT_VALIDITY_DAYS);
  if (value > addDays(today, MAX_VALIDITY_DAYS)) {
    throw new BadUserInput(field, `An offer can be valid for at most ${MAX_VALIDITY_DAYS} days.`);
  }
  return value;
}

/** A new quote, whoever starts it: staff's offer or the customer's order. */
interface NewQuote {
  account: Account;
  priceList: PriceList;
  origin: QuoteOrigin;
  lines: LineRequest[];
  validUntil: string | null;
  note: string | null;
  deliveryAddressId: string | null | undefined;
  userId: string;
}

/**
 * Prices the lines from the account's price list (only staff may quote a
 * product off it, giving its price) and stores the numbered quote with its
 * lines, for the chosen delivery address and the account's delivery method.
 */
async function writeQuote(tx: EntityManager, quote: NewQuote): Promise<Quote> {
  const priced = await priceLineRequests(tx, quote.lines, quote.priceList, {
    offListAllowed: quote.origin === QuoteOrigin.STAFF, field: 'input.lines',
  });
  const address = await chooseDeliveryAddress(
    tx, quote.account.id, quote.deliveryAddressId, 'input.deliveryAddressId');

  const created = tx.create(Quote, {
    number: await nextDocumentNumber(tx, 'OF'),
    account: quote.account,
    origin: quote.origin,
    validUntil: quote.validUntil,
    note: quote.note,
    currency: quote.priceList.currency,
    ...priced.totals,
    deliveryAddress: address,
    deliveryMethod: quote.account.deliveryMethod,
    createdBy: tx.getReference(User, quote.userId),
  });
  for (const line of priced.lines) tx.create(QuoteLine, { ...line, quote: created });
  return created;
}
