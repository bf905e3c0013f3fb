import { describe, expect, it } from 'vitest';
import { describeError, isPermanentFailure, maskAddress } from '../../src/mail/mail-failure.js';
import { MAX_RETRY_DELAY_MS, retryDelay } from '../../src/mail/retry-delay.js';

function smtpError(message: string, code: string, responseCode?: number): Error {
  return Object.assign(new Error(message), { code, responseCode });
}

describe('mail failures', () => {
  it('mask addresses down to first letter and domain', () => {
    expect(maskAddress('ion.popescu@firma.ro')).toBe('i***@firma.ro');
    expect(maskAddress('not-an-address')).toBe('***');
  });

  it('describe an error without credentials or full addresses', () => {
    const error = smtpError(
      'Invalid login for smtp://mailer:s3cret@smtp.firma.ro:587 sending to ion@firma.ro',
      'EAUTH',
      535,
    );

    const text = describeError(error);

    expect(text).toBe(
      'EAUTH: Invalid login for smtp://[redacted]@smtp.firma.ro:587 sending to i***@firma.ro',
    );
    expect(describeError(new Error('x'.repeat(2000)))).toHaveLength(500);
  });

  it('treat only 5xx answers to the envelope or message as permanent', () => {
    expect(isPermanentFailure(smtpError('Mailbox unavailable', 'EENVELOPE', 550))).toBe(true);
    expect(isPermanentFailure(smtpError('Message rejected', 'EMESSAGE', 554))).toBe(true);
    expect(isPermanentFailure(smtpError('Try later', 'EMESSAGE', 451))).toBe(false);
    expect(isPermanentFailure(smtpError('Bad credentials', 'EAUTH', 535))).toBe(false);
    expect(isPermanentFailure(smtpError('connect ECONNREFUSED', 'ESOCKET'))).toBe(false);
  });

  it('wait longer after each failure, up to an hour', () => {
    const base = 30_000;

    expect(retryDelay(1, base)).toBeGreaterThanOrEqual(base * 0.75);
    expect(retryDelay(1, base)).toBeLessThanOrEqual(base * 1.25);
    expect(retryDelay(4, base)).toBeGreaterThanOrEqual(8 * base * 0.75);
    expect(retryDelay(40, base)).toBeLessThanOrEqual(MAX_RETRY_DELAY_MS * 1.25);
  });
});
