import type { EntityManager } from '@mikro-orm/postgresql';
import { composeMail, type MailContent, type MailLocale } from '../mail/compose.js';
import { appLink } from '../mail/links.js';
import { enqueueMail } from '../mail/outbox.js';
import { accountRecipients, type Recipient, staffRecipients } from '../mail/recipients.js';
import type { SalesOrder } from '../orders/sales-order.entity.js';
import { formatDay, formatMoney } from '../shared/money-format.js';
import type { Feedback } from './feedback.entity.js';
import type { Quote } from './quote.entity.js';

/** How much of a feedback message an email quotes; the rest is read in the portal. */
const EXCERPT_CHARS = 1000;

/**
 * The emails of the quote story, queued on the caller's transaction so that
 * they go out only if the change commits. Each recipient gets the mail in
 * their own language. The quote's account must be loaded.
 */
export class QuoteMails {
  constructor(private readonly appUrl: string) {}

  /** Quote sent: to the account's users, with a link to the offer. */
  async quoteSent(tx: EntityManager, quote: Quote): Promise<void> {
    const link = this.quoteLink(quote);
    await this.toAccount(tx, quote, 'quote.sent', (locale) => {
      const total = formatMoney(quote.total, quote.currency, locale);
      const until = quote.validUntil === null ? null : formatDay(quote.validUntil, locale);
      return locale === 'en'
        ? {
          subject: `New offer ${quote.number}`,
          paragraphs: [
            `We have sent you offer ${quote.number} for ${total} including VAT` +
              `${until === null ? '.' : `, valid until ${until}.`}`,
            'You can accept it, reject it or discuss it with us in the portal.',
          ],
          action: { label: 'View the offer', url: link },
        }
        : {
          subject: `Ofertă nouă ${quote.number}`,
          paragraphs: [
            `V-am trimis oferta ${quote.number}, în valoare de ${total} cu TVA` +
              `${until === null ? '.' : `, valabilă până la ${until}.`}`,
            'O puteți accepta, respinge sau discuta cu noi în portal.',
          ],
          action: { label: 'Vezi oferta', url: link },
        };
    });
  }

  /** Quote accepted or order placed by a customer: to staff, with a link to the quote. */
  async awaitingApproval(tx: EntityManager, quote: Quote, placed: boolean): Promise<void> {
    const link = this.quoteLink(quote);
    const company = quote.account.companyName;
    const kind = placed ? 'quote.order-placed' : 'quote.accepted';
    await this.toStaff(tx, quote.id, kind, (locale) => {
      const total = formatMoney(quote.total, quote.currency, locale);
      if (locale === 'en') {
        const payment = quote.paymentRequired === true
          ? `Payment is required first, by bank transfer with reference ${quote.number}.`
          : "It fits the customer's payment term and available credit.";
        return {
          subject: placed
            ? `New order ${quote.number} from ${company}`
            : `Offer ${quote.number} accepted by ${company}`,
          paragraphs: [
            placed
              ? `${company} placed order ${quote.number} for ${total} including VAT.`
              : `${company} accepted offer ${quote.number} for ${total} including VAT.`,
            payment,
            'It is waiting for your approval.',
          ],
          action: { label: 'Open the quote', url: link },
        };
      }
      const payment = quote.paymentRequired === true
        ? `Plata se face în avans, prin transfer bancar cu referința ${quote.number}.`
        : 'Se încadrează în termenul de plată și în creditul disponibil al clientului.';
      return {
        subject: placed
          ? `Comandă nouă ${quote.number} de la ${company}`
          : `Oferta ${quote.number} acceptată de ${company}`,
        paragraphs: [
          placed
            ? `${company} a plasat comanda ${quote.number}, în valoare de ${total} cu TVA.`
            : `${company} a acceptat oferta ${quote.number}, în valoare de ${total} cu TVA.`,
          payment,
          'Așteaptă aprobarea dumneavoastră.',
        ],
        action: { label: 'Deschide oferta', url: link },
      };
    });
  }

  /** Quote approved, sales order created: to the account's users, with a link to the order. */
  async orderConfirmed(tx: EntityManager, quote: Quote, order: SalesOrder): Promise<void> {
    const link = appLink(this.appUrl, `/orders/${order.id}`);
    await this.toAccount(tx, quote, 'order.confirmed', (locale) => {
      const total = formatMoney(order.total, order.currency, locale);
      return locale === 'en'
        ? {
          subject: `Order ${order.number} confirmed`,
          paragraphs: [
            `We approved ${quote.number} and confirmed it as order ${order.number}, ` +
              `for ${total} including VAT.`,
            'We will let you know as it moves through production and delivery.',
          ],
          action: { label: 'View the order', url: link },
        }
        : {
          subject: `Comanda ${order.number} a fost confirmată`,
          paragraphs: [
            `Am aprobat ${quote.number} și am confirmat comanda ${order.number}, ` +
              `în valoare de ${total} cu TVA.`,
            'Vă vom anunța pe măsură ce trece prin producție și livrare.',
          ],
          action: { label: 'Vezi comanda', url: link },
        };
    });
  }

  /** A new message in the thread: to the side that did not write it. */
  async feedbackPosted(
    tx: EntityManager,
    quote: Quote,
    feedback: Feedback,
    toStaff: boolean,
  ): Promise<void> {
    const link = this.quoteLink(quote);
    const excerpt = feedback.body.length > EXCERPT_CHARS
      ? `${feedback.body.slice(0, EXCERPT_CHARS)}…`
      : feedback.body;
    const who = toStaff
      ? `${feedback.author.name} (${quote.account.companyName})`
      : feedback.author.name;
    const content = (locale: MailLocale): Omit<MailContent, 'locale'> => (locale === 'en'
      ? {
        subject: `New message about ${quote.number}`,
        paragraphs: [`${who} wrote:`, excerpt, 'Further messages in this thread are in the portal.'],
        action: { label: 'Reply', url: link },
      }
      : {
        subject: `Mesaj nou despre ${quote.number}`,
        paragraphs: [`${who} a scris:`, excerpt, 'Următoarele mesaje le găsiți în portal.'],
        action: { label: 'Răspundeți', url: link },
      });

    if (toStaff) await this.toStaff(tx, quote.id, 'quote.feedback', content);
    else await this.toAccount(tx, quote, 'quote.feedback', content);
  }

  private quoteLink(quote: Quote): string {
    return appLink(this.appUrl, `/quotes/${quote.id}`);
  }

  private async toAccount(
    tx: EntityManager,
    quote: Quote,
    kind: string,
    content: (locale: MailLocale) => Omit<MailContent, 'locale'>,
  ): Promise<void> {
    const recipients = await accountRecipients(tx, quote.account.id);
    send(tx, recipients, kind, quote.id, content);
  }

  private async toStaff(
    tx: EntityManager,
    recordId: string,
    kind: string,
    content: (locale: MailLocale) => Omit<MailContent, 'locale'>,
  ): Promise<void> {
    send(tx, await staffRecipients(tx), kind, recordId, content);
  }
}

function send(
  tx: EntityManager,
  recipients: Recipient[],
  kind: string,
  recordId: string,
  content: (locale: MailLocale) => Omit<MailContent, 'locale'>,
): void {
  for (const recipient of recipients) {
    const mail = composeMail({ locale: recipient.locale, ...content(recipient.locale) });
    enqueueMail(tx, { to: recipient.email, ...mail, kind, recordId });
  }
}
