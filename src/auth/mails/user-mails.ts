import { type ComposedMail, composeMail, type MailLocale } from '../../mail/compose.js';

/**
 * To a new user: the link to set a first password. Customers are told their
 * company's account is active; staff that they were added to the team.
 */
export function invitationMail(
  locale: MailLocale,
  invitee: { name: string; companyName: string | null },
  link: string,
): ComposedMail {
  const en = locale === 'en';
  const greeting = en ? `Hello ${invitee.name},` : `Bună ziua, ${invitee.name},`;
  const opening = invitee.companyName === null
    ? (en
      ? 'You now have a staff user in the B2B portal.'
      : 'Aveți acum un utilizator de personal în portalul B2B.')
    : (en
      ? `The B2B portal account of ${invitee.companyName} is active, and you are one of its users.`
      : `Contul ${invitee.companyName} în portalul B2B este activ, iar dumneavoastră sunteți `
        + 'unul dintre utilizatorii lui.');

  return composeMail({
    locale,
    subject: invitee.companyName === null
      ? (en ? 'Set your password for the B2B portal' : 'Alegeți-vă parola pentru portalul B2B')
      : (en
        ? `${invitee.companyName}: set your password for the B2B portal`
        : `${invitee.companyName}: alegeți-vă parola pentru portalul B2B`),
    greeting,
    paragraphs: [
      opening,
      en
        ? 'Choose your password with the link below. It works once, for 7 days; after that, '
          + 'ask us for a new one.'
        : 'Alegeți-vă parola folosind legătura de mai jos. Ea funcționează o singură dată, '
          + 'timp de 7 zile; după aceea, cereți-ne una nouă.',
    ],
    action: { label: en ? 'Set my password' : 'Aleg parola', url: link },
  });
}

/** To a user who asked to reset a forgotten password. */
export function passwordResetMail(
  locale: MailLocale,
  user: { name: string; companyName: string | null },
  link: string,
): ComposedMail {
  const en = locale === 'en';
  const who = user.companyName === null ? '' : ` (${user.companyName})`;
  return composeMail({
    locale,
    subject: en ? 'Reset your B2B portal password' : 'Resetarea parolei pentru portalul B2B',
    greeting: en ? `Hello ${user.name},` : `Bună ziua, ${user.name},`,
    paragraphs: [
      en
        ? `Someone asked to reset the password of your B2B portal user${who}.`
        : `Cineva a cerut resetarea parolei utilizatorului dumneavoastră din portalul B2B${who}.`,
      en
        ? 'Choose a new password with the link below. It works once, for 24 hours, and signs '
          + 'you out everywhere else. If you did not ask for this, ignore this email: your '
          + 'password stays as it is.'
        : 'Alegeți o parolă nouă folosind legătura de mai jos. Ea funcționează o singură dată, '
          + 'timp de 24 de ore, și vă deconectează de pe celelalte dispozitive. Dacă nu ați '
          + 'cerut acest lucru, ignorați mesajul: parola rămâne neschimbată.',
    ],
    action: { label: en ? 'Choose a new password' : 'Aleg o parolă nouă', url: link },
  });
}

/** To the old address of a user whose email changed, in case it was not them. */
export function emailChangedMail(
  locale: MailLocale,
  user: { name: string; newEmail: string },
): ComposedMail {
  const en = locale === 'en';
  return composeMail({
    locale,
    subject: en
      ? 'Your B2B portal email was changed'
      : 'Adresa de email din portalul B2B a fost schimbată',
    greeting: en ? `Hello ${user.name},` : `Bună ziua, ${user.name},`,
    paragraphs: [
      en
        ? `The email of your B2B portal user is now ${user.newEmail}; mails go there from now on.`
        : `Adresa de email a utilizatorului dumneavoastră din portalul B2B este acum `
          + `${user.newEmail}; de acum, mesajele merg acolo.`,
      en
        ? 'If you did not make this change, reply to this email at once.'
        : 'Dacă nu dumneavoastră ați făcut această schimbare, răspundeți imediat la acest mesaj.',
    ],
  });
}
