import { describe, expect, it } from 'vitest';
import { checkCui, normalizeCui } from '../../src/shared/validation/cui.js';
import { normalizeEmail } from '../../src/shared/validation/email.js';
import { checkIban, normalizeIban } from '../../src/shared/validation/iban.js';
import { normalizeRomanianPhone } from '../../src/shared/validation/phone.js';
import { checkLocale, checkText } from '../../src/shared/validation/text.js';
import { BadUserInput } from '../../src/shared/errors.js';

describe('CUI', () => {
  it.each([
    ['14399840', '14399840'],
    ['RO14399840', '14399840'],
    ['ro 14399840', '14399840'],
    ['18547290', '18547290'],
    ['RO1590082', '1590082'],
    ['13548146', '13548146'],
  ])('accepts %s as %s', (raw, expected) => {
    expect(normalizeCui(raw)).toBe(expected);
  });

  it.each([
    ['14399841', 'wrong control digit'],
    ['RO14399842', 'wrong control digit with prefix'],
    ['1', 'too short'],
    ['12345678901', 'too long'],
    ['0439984', 'leading zero'],
    ['RO', 'no digits'],
    ['14 39A840', 'a letter'],
    ['', 'empty'],
  ])('refuses %s (%s)', (raw) => {
    expect(normalizeCui(raw)).toBeNull();
  });

  it('names the field when it refuses', () => {
    const error = (() => {
      try {
        checkCui('14399841', 'input.cui');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(BadUserInput);
    expect((error as BadUserInput).field).toBe('input.cui');
  });
});

describe('IBAN', () => {
  it.each([
    ['RO49AAAA1B31007593840000', 'RO49AAAA1B31007593840000'],
    ['ro49 aaaa 1b31 0075 9384 0000', 'RO49AAAA1B31007593840000'],
    ['DE89370400440532013000', 'DE89370400440532013000'],
    ['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432'],
  ])('accepts %s', (raw, expected) => {
    expect(normalizeIban(raw)).toBe(expected);
  });

  it.each([
    ['RO49AAAA1B31007593840001', 'mod-97 fails'],
    ['RO48AAAA1B31007593840000', 'wrong check digits'],
    ['RO49AAAA1B3100759384000', 'too short for RO'],
    ['DE8937040044053201300', 'too short for DE'],
    ['49AAAA1B31007593840000', 'no country'],
    ['RO49AAAA1B3100759384000!', 'a symbol'],
  ])('refuses %s (%s)', (raw) => {
    expect(normalizeIban(raw)).toBeNull();
  });

  it('throws BAD_USER_INPUT naming the field', () => {
    expect(() => checkIban('RO00', 'input.iban')).toThrow(BadUserInput);
  });
});

describe('Romanian phone numbers', () => {
  it.each([
    ['0722 123 456', '+40722123456'],
    ['+40 722-123-456', '+40722123456'],
    ['0040722123456', '+40722123456'],
    ['(021) 123.45.67', '+40211234567'],
    ['0364 123 456', '+40364123456'],
  ])('accepts %s as %s', (raw, expected) => {
    expect(normalizeRomanianPhone(raw)).toBe(expected);
  });

  it.each([
    ['0722 123 45', 'too short'],
    ['07221234567', 'too long'],
    ['+49 30 1234567', 'not Romanian'],
    ['0800 800 800', 'toll-free line'],
    ['0900 123 456', 'premium line'],
    ['phone', 'not a number'],
  ])('refuses %s (%s)', (raw) => {
    expect(normalizeRomanianPhone(raw)).toBeNull();
  });
});

describe('email addresses', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Ana.Pop@Firma.RO ')).toBe('ana.pop@firma.ro');
  });

  it.each(['ana', 'ana@', '@firma.ro', 'ana@firma', 'ana pop@firma.ro', 'ana@@firma.ro',
    `${'a'.repeat(250)}@firma.ro`])('refuses %s', (raw) => {
    expect(normalizeEmail(raw)).toBeNull();
  });
});

describe('text and locale', () => {
  it('trims text and refuses blank or long values', () => {
    expect(checkText('  SC Alfa SRL ', 'input.companyName', 200)).toBe('SC Alfa SRL');
    expect(() => checkText('   ', 'input.companyName', 200)).toThrow(BadUserInput);
    expect(() => checkText('x'.repeat(201), 'input.companyName', 200)).toThrow(BadUserInput);
  });

  it('knows ro and en only, defaulting to ro', () => {
    expect(checkLocale(undefined, 'input.locale')).toBe('ro');
    expect(checkLocale('EN', 'input.locale')).toBe('en');
    expect(() => checkLocale('de', 'input.locale')).toThrow(BadUserInput);
  });
});
