import { describe, expect, it } from 'vitest';
import { priceLine, sumLines } from '../../src/quotes/pricing.js';
import { QuoteStatus } from '../../src/quotes/quote-enums.js';
import { effectiveQuoteStatus, QUOTE_LIFECYCLE } from '../../src/quotes/quote-states.js';
import { SALES_ORDER_LIFECYCLE } from '../../src/orders/sales-order-states.js';
import { INVOICE_LIFECYCLE } from '../../src/invoices/invoice-states.js';
import { Lifecycle } from '../../src/shared/lifecycle.js';
import { formatDay, formatMoney } from '../../src/shared/money-format.js';

describe('line pricing', () => {
  it.each([
    // quantity, unit price, discount %, VAT %, line total, VAT
    ['2.5', '12.34', '0', '21', '30.85', '6.48'],
    ['3', '0.335', '0', '21', '1.01', '0.21'], // 1.005 rounds half-up; a float would give 1.00
    ['1.005', '1', '0', '0', '1.01', '0.00'],
    ['10', '12.34', '12.5', '21', '107.98', '22.68'], // 107.975 → 107.98
    ['1.333', '18.00', '0', '9', '23.99', '2.16'], // 23.994 → 23.99
    ['0.001', '0.01', '0', '21', '0.00', '0.00'],
    ['1', '100.00', '33.33', '21', '66.67', '14.00'],
    ['7', '0.1', '0', '21', '0.70', '0.15'], // 0.1 × 7 is 0.7000000000000001 in floats
    ['2.345', '1.10', '0', '19', '2.58', '0.49'],
    ['5', '99.99', '100', '21', '0.00', '0.00'],
    // the largest quantity and a large price: no precision is lost on the way
    ['99999999999.999', '999.99', '0', '21', '99998999999999.00', '20999789999999.79'],
  ])('%s × %s less %s percent, VAT %s percent: %s net, %s VAT', (q, p, d, vat, net, tax) => {
    expect(priceLine(q, p, d, vat)).toEqual({ lineTotal: net, taxAmount: tax });
  });

  it('sums the rounded lines, so the document adds up line by line', () => {
    const lines = [
      priceLine('1', '0.005', '0', '21'), // 0.01, VAT 0.00
      priceLine('1', '0.005', '0', '21'),
      priceLine('1', '0.005', '0', '21'),
    ];
    expect(sumLines(lines)).toEqual({ subtotal: '0.03', taxTotal: '0.00', total: '0.03' });
    expect(sumLines([])).toEqual({ subtotal: '0.00', taxTotal: '0.00', total: '0.00' });
  });
});

describe('lifecycle tables', () => {
  it('pass their start-up check', () => {
    expect(() => QUOTE_LIFECYCLE.check()).not.toThrow();
    expect(() => SALES_ORDER_LIFECYCLE.check()).not.toThrow();
    expect(() => INVOICE_LIFECYCLE.check()).not.toThrow();
  });

  it('stop the process on a table that names an unknown status or forks', () => {
    const unknown = new Lifecycle<string, string>('thing', ['A', 'B'], [
      { from: ['A'], action: 'go', to: 'C' },
    ]);
    const forked = new Lifecycle<string, string>('thing', ['A', 'B'], [
      { from: ['A'], action: 'go', to: 'B' },
      { from: ['A', 'B'], action: 'go', to: 'A' },
    ]);
    expect(() => unknown.check()).toThrow(/unknown status C/);
    expect(() => forked.check()).toThrow(/A:go is listed twice/);
  });

  it('say which actions remain when refusing one', () => {
    expect(() => QUOTE_LIFECYCLE.next(QuoteStatus.SENT, 'approveQuote'))
      .toThrow('approveQuote is not possible on a quote that is SENT. '
        + 'Allowed now: acceptQuote, rejectQuote, cancelQuote, expire.');
  });

  it('read a SENT offer as EXPIRED only after its last day (Bucharest)', () => {
    const sent = (validUntil: string | null) => ({ status: QuoteStatus.SENT, validUntil });
    expect(effectiveQuoteStatus(sent('2026-05-10'), '2026-05-10')).toBe(QuoteStatus.SENT);
    expect(effectiveQuoteStatus(sent('2026-05-10'), '2026-05-11')).toBe(QuoteStatus.EXPIRED);
    expect(effectiveQuoteStatus(sent(null), '2099-01-01')).toBe(QuoteStatus.SENT);
    const draft = { status: QuoteStatus.DRAFT, validUntil: '2020-01-01' };
    expect(effectiveQuoteStatus(draft, '2026-05-11')).toBe(QuoteStatus.DRAFT);
  });
});

describe('amounts in emails', () => {
  it('are written from the exact decimal, the way each language reads them', () => {
    expect(formatMoney('1234567.5', 'RON', 'ro')).toBe('1.234.567,50 RON');
    expect(formatMoney('1234567.50', 'EUR', 'en')).toBe('1,234,567.50 EUR');
    expect(formatMoney('0.05', 'RON', 'ro')).toBe('0,05 RON');
    expect(formatDay('2026-12-31', 'ro')).toBe('31.12.2026');
  });
});
