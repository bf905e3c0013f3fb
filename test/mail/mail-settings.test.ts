import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('mail settings', () => {
  it('default to a 5 s poll, 30 s first retry and 10 attempts', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({
      mailFrom: 'Portal B2B <portal@localhost>',
      mailPollIntervalMs: 5000,
      mailRetryBaseMs: 30_000,
      mailMaxAttempts: 10,
    });
  });

  it('take a plain address or a name with an address as MAIL_FROM', () => {
    expect(loadConfig({ MAIL_FROM: 'portal@firma.ro' }).mailFrom).toBe('portal@firma.ro');
    expect(loadConfig({ MAIL_FROM: 'Firma SRL <portal@firma.ro>' }).mailFrom)
      .toBe('Firma SRL <portal@firma.ro>');
  });

  it.each([
    [{ MAIL_FROM: 'Firma SRL' }, 'MAIL_FROM'],
    [{ MAIL_FROM: 'a@b.ro, c@d.ro' }, 'MAIL_FROM'],
    [{ MAIL_POLL_INTERVAL_MS: 'often' }, 'MAIL_POLL_INTERVAL_MS'],
    [{ MAIL_POLL_INTERVAL_MS: '0' }, 'MAIL_POLL_INTERVAL_MS'],
    [{ MAIL_RETRY_BASE_MS: '1.5' }, 'MAIL_RETRY_BASE_MS'],
    [{ MAIL_MAX_ATTEMPTS: '0' }, 'MAIL_MAX_ATTEMPTS'],
  ])('refuse %o with a message naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}`));
  });
});
