import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('settings', () => {
  it('has working defaults for a newcomer', () => {
    const config = loadConfig({});

    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeNull();
    expect(config.smtpUrl).toBeNull();
    expect(config.appUrl).toBe('http://localhost:4000');
    expect(config.jwtSecret).toBeNull();
    expect(config.adminEmail).toBeNull();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ APP_URL: 'ftp://portal' }, 'APP_URL'],
    [{ JWT_SECRET: 'too-short' }, 'JWT_SECRET'],
    [{ ADMIN_EMAIL: 'admin@x.ro' }, 'ADMIN_EMAIL and ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'nope', ADMIN_PASSWORD: 'long-enough-pw' }, 'ADMIN_EMAIL'],
    [{ ADMIN_EMAIL: 'a@b.ro', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TRUST_PROXY: '10.0.0.1, proxy.local' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
  ])('refuses %o with a message naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}`));
  });

  it('reads TRUST_PROXY as addresses and subnets, none when unset', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 172.16.0.0/12,::1' }).trustProxy)
      .toEqual(['10.0.0.5', '172.16.0.0/12', '::1']);
  });

  it('keeps APP_URL without a trailing slash and the admin email in lower case', () => {
    const config = loadConfig({
      APP_URL: 'https://portal.example.ro/',
      ADMIN_EMAIL: 'Admin@Example.RO',
      ADMIN_PASSWORD: 'long-enough-pw',
    });

    expect(config.appUrl).toBe('https://portal.example.ro');
    expect(config.adminEmail).toBe('admin@example.ro');
  });
});
