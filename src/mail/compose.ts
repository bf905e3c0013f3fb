/** The languages emails are written in. */
export type MailLocale = 'ro' | 'en';

/** What a mail says; every value is plain text and is escaped in the HTML part. */
export interface MailContent {
  locale: MailLocale;
  subject: string;
  /** Defaults to "Bună ziua," / "Hello,". */
  greeting?: string;
  paragraphs: string[];
  /** Shown as a button and as a plain URL to copy. */
  action?: { label: string; url: string };
  /** Defaults to "Cu stimă," / "Kind regards,"; the portal's name follows it. */
  closing?: string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

/** The name emails are signed with. */
export const PORTAL_NAME: Record<MailLocale, string> = {
  ro: 'Echipa Portalului B2B',
  en: 'The B2B Portal team',
};

const WORDS: Record<MailLocale, { greeting: string; closing: string; copyLink: string }> = {
  ro: {
    greeting: 'Bună ziua,',
    closing: 'Cu stimă,',
    copyLink: 'Dacă butonul nu funcționează, copiați această adresă în browser:',
  },
  en: {
    greeting: 'Hello,',
    closing: 'Kind regards,',
    copyLink: 'If the button does not work, copy this address into your browser:',
  },
};

/** Both parts of an email, plain text and HTML, in the recipient's language. */
export function composeMail(input: MailContent): ComposedMail {
  const words = WORDS[input.locale];
  const greeting = input.greeting ?? words.greeting;
  const closing = input.closing ?? words.closing;
  const signature = PORTAL_NAME[input.locale];
  if (input.action !== undefined) checkLink(input.action.url);

  const text = composeText(input, greeting, closing, signature);
  const html = composeHtml(input, greeting, closing, signature, words.copyLink);
  return { subject: input.subject, text, html };
}

function composeText(
  input: MailContent,
  greeting: string,
  closing: string,
  signature: string,
): string {
  const blocks = [greeting, ...input.paragraphs];
  if (input.action !== undefined) blocks.push(`${input.action.label}:\n${input.action.url}`);
  blocks.push(`${closing}\n${signature}`);
  return `${blocks.join('\n\n')}\n`;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const P_STYLE = `${FONT}font-size:15px;line-height:22px;color:#1f2933;margin:0 0 16px 0;`;
const BUTTON_STYLE =
  `${FONT}display:inline-block;background:#0b5cad;color:#ffffff;font-size:15px;` +
  'font-weight:bold;text-decoration:none;padding:12px 24px;border-radius:4px;';
const SMALL_STYLE = `${FONT}font-size:13px;line-height:19px;color:#52606d;margin:0 0 16px 0;`;

function composeHtml(
  input: MailContent,
  greeting: string,
  closing: string,
  signature: string,
  copyLink: string,
): string {
  const body: string[] = [paragraph(greeting), ...input.paragraphs.map(paragraph)];

  if (input.action !== undefined) {
    const href = escapeHtml(input.action.url);
    body.push(
      `<p style="margin:24px 0;"><a href="${href}" style="${BUTTON_STYLE}">` +
        `${escapeHtml(input.action.label)}</a></p>`,
      `<p style="${SMALL_STYLE}">${escapeHtml(copyLink)}<br>` +
        `<a href="${href}" style="color:#0b5cad;word-break:break-all;">${href}</a></p>`,
    );
  }
  body.push(paragraph(`${closing}\n${signature}`));

  return [
    '<!DOCTYPE html>',
    `<html lang="${input.locale}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f4f5f7;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" ' +
      'style="background:#f4f5f7;padding:24px 0;"><tr><td align="center">',
    '<table role="presentation" width="600" cellpadding="0" cellspacing="0" ' +
      'style="max-width:600px;width:100%;background:#ffffff;border-radius:6px;">',
    `<tr><td style="padding:20px 32px;border-bottom:3px solid #0b5cad;${FONT}` +
      `font-size:18px;font-weight:bold;color:#0b5cad;">${escapeHtml(signature)}</td></tr>`,
    `<tr><td style="padding:28px 32px 12px 32px;">${body.join('\n')}</td></tr>`,
    '</table>',
    '</td></tr></table>',
    '</body></html>',
    '',
  ].join('\n');
}

function paragraph(text: string): string {
  return `<p style="${P_STYLE}">${escapeHtml(text).replace(/\r?\n/g, '<br>')}</p>`;
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// A link in a mail leads into the web app; anything but http(s) is a bug upstream.
function checkLink(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error('composeMail: the action URL is not a valid URL');
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new Error('composeMail: the action URL must be http or https');
  }
}
