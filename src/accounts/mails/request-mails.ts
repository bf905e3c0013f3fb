import { type ComposedMail, composeMail, type MailLocale } from '../../mail/compose.js';

/** To staff: a company asked for an account. */
export function requestReceivedMail(
  locale: MailLocale,
  company: { companyName: string; cui: string; contacts: number },
  link: string,
): ComposedMail {
  if (locale === 'en') {
    return composeMail({
      locale,
      subject: `New account request: ${company.companyName}`,
      paragraphs: [
        `${company.companyName} (CUI ${company.cui}) asked for a portal account and named `
          + `${company.contacts} ${company.contacts === 1 ? 'person' : 'people'} to use it.`,
        'Check the request and the signed agreement, then activate or decline the account.',
      ],
      action: { label: 'Open the request', url: link },
    });
  }
  return composeMail({
    locale,
    subject: `Cerere nouă de cont: ${company.companyName}`,
    paragraphs: [
      `${company.companyName} (CUI ${company.cui}) a cerut un cont în portal și a numit `
        + `${company.contacts} ${company.contacts === 1 ? 'persoană' : 'persoane'} `
        + 'care îl vor folosi.',
      'Verificați cererea și acordul semnat, apoi activați sau respingeți contul.',
    ],
    action: { label: 'Deschideți cererea', url: link },
  });
}

/** To the company's contacts: we have the request; sign and send back the agreement. */
export function requestConfirmationMail(
  locale: MailLocale,
  companyName: string,
  link: string,
): ComposedMail {
  if (locale === 'en') {
    return composeMail({
      locale,
      subject: `We received the account request of ${companyName}`,
      paragraphs: [
        `Thank you: we received the request for a B2B portal account for ${companyName}.`,
        'To go on, download the usage agreement (already filled in with your request\'s data), '
          + 'have it signed by the company\'s legal representative, and upload the signed PDF '
          + 'on the same page. The link works until the agreement is uploaded, for 30 days.',
        'Once our staff have checked the request, each person you named receives a link to '
          + 'set a password.',
      ],
      action: { label: 'Sign the agreement', url: link },
    });
  }
  return composeMail({
    locale,
    subject: `Am primit cererea de cont pentru ${companyName}`,
    paragraphs: [
      `Vă mulțumim: am primit cererea de cont în portalul B2B pentru ${companyName}.`,
      'Pentru a continua, descărcați acordul de utilizare (completat deja cu datele cererii), '
        + 'semnați-l prin reprezentantul legal al companiei și încărcați PDF-ul semnat în aceeași '
        + 'pagină. Legătura funcționează până la încărcarea acordului, timp de 30 de zile.',
      'După ce echipa noastră verifică cererea, fiecare persoană numită primește o legătură '
        + 'pentru a-și alege parola.',
    ],
    action: { label: 'Semnați acordul', url: link },
  });
}

/** To staff: the signed agreement of a pending account arrived. */
export function agreementUploadedMail(
  locale: MailLocale,
  companyName: string,
  link: string,
): ComposedMail {
  if (locale === 'en') {
    return composeMail({
      locale,
      subject: `Signed agreement received: ${companyName}`,
      paragraphs: [`${companyName} uploaded its signed usage agreement. The request is ready `
        + 'to be checked.'],
      action: { label: 'Open the request', url: link },
    });
  }
  return composeMail({
    locale,
    subject: `Acord semnat primit: ${companyName}`,
    paragraphs: [`${companyName} a încărcat acordul de utilizare semnat. Cererea poate fi `
      + 'verificată.'],
    action: { label: 'Deschideți cererea', url: link },
  });
}

/** To the company's contacts: the request was declined, and why. */
export function requestDeclinedMail(
  locale: MailLocale,
  companyName: string,
  reason: string,
): ComposedMail {
  if (locale === 'en') {
    return composeMail({
      locale,
      subject: `Your account request for ${companyName} was declined`,
      paragraphs: [
        `We are sorry: we cannot open a B2B portal account for ${companyName} at this time.`,
        `The reason given: ${reason}`,
        'You may send a new request once the reason no longer applies, or reply to this '
          + 'email with any questions.',
      ],
    });
  }
  return composeMail({
    locale,
    subject: `Cererea de cont pentru ${companyName} a fost respinsă`,
    paragraphs: [
      `Ne pare rău: nu putem deschide acum un cont în portalul B2B pentru ${companyName}.`,
      `Motivul: ${reason}`,
      'Puteți trimite o cerere nouă când motivul nu mai este valabil, sau ne puteți răspunde '
        + 'la acest mesaj dacă aveți întrebări.',
    ],
  });
}
