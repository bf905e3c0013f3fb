import type { MailLocale } from '../mail/compose.js';

/**
 * Writes an amount for people, from its exact decimal string (never through
 * a float): `1.234,50 RON` in Romanian, `1,234.50 RON` in English.
 */
export function formatMoney(amount: string, currency: string, locale: MailLocale): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = '00'] = amount.replace(/^-/, '').split('.');
  const [group, decimal] = locale === 'ro' ? ['.', ','] : [',', '.'];

  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}${grouped}${decimal}${fraction.padEnd(2, '0')} ${currency}`;
}

/** Writes an ISO date the way each language reads it: `31.12.2026` or `2026-12-31`. */
export function formatDay(isoDate: string, locale: MailLocale): string {
  if (locale === 'en') return isoDate;
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
