import { describe, expect, it } from 'vitest';
import { composeMail, PORTAL_NAME } from '../../src/mail/compose.js';
import { appLink } from '../../src/mail/links.js';

describe('composeMail', () => {
  const action = { label: 'Vezi oferta', url: 'https://portal.test/quotes/q1?a=1&b=2' };

  it('writes both parts in Romanian, signed with the portal name', () => {
    const mail = composeMail({
      locale: 'ro',
      subject: 'Oferta Q-1 este gata',
      paragraphs: ['Oferta dumneavoastră este gata.', 'Valabilă 30 de zile.'],
      action,
    });

    expect(mail.subject).toBe('Oferta Q-1 este gata');
    expect(mail.text).toBe(
      'Bună ziua,\n\nOferta dumneavoastră este gata.\n\nValabilă 30 de zile.\n\n' +
        'Vezi oferta:\nhttps://portal.test/quotes/q1?a=1&b=2\n\n' +
        `Cu stimă,\n${PORTAL_NAME.ro}\n`,
    );
    expect(mail.html).toContain('<html lang="ro">');
    expect(mail.html).toContain('Oferta dumneavoastră este gata.');
    expect(mail.html).toContain(PORTAL_NAME.ro);
  });

  it('shows the link as a button and as a plain URL, with & escaped', () => {
    const mail = composeMail({ locale: 'en', subject: 'S', paragraphs: ['P'], action });

    const href = 'href="https://portal.test/quotes/q1?a=1&amp;b=2"';
    expect(mail.html.split(href)).toHaveLength(3);
    expect(mail.html).toContain('>https://portal.test/quotes/q1?a=1&amp;b=2</a>');
    expect(mail.html).toContain('>Vezi oferta</a>');
    expect(mail.html).toContain('copy this address into your browser');
  });

  it('writes English words for locale en, and takes a given greeting and closing', () => {
    const defaults = composeMail({ locale: 'en', subject: 'S', paragraphs: ['P'] });
    const given = composeMail({
      locale: 'en', subject: 'S', paragraphs: ['P'], greeting: 'Dear Jane,', closing: 'Thanks,',
    });

    expect(defaults.text).toBe(`Hello,\n\nP\n\nKind regards,\n${PORTAL_NAME.en}\n`);
    expect(given.text).toBe(`Dear Jane,\n\nP\n\nThanks,\n${PORTAL_NAME.en}\n`);
    expect(defaults.html).not.toContain('copy this address');
  });

  it('escapes every value put into the HTML part', () => {
    const evil = '<script>alert("x")</script> & \'quoted\'';
    const mail = composeMail({
      locale: 'en',
      subject: evil,
      greeting: evil,
      paragraphs: [evil, 'line one\nline two'],
      action: { label: evil, url: 'https://portal.test/x?q="><img src=x>' },
      closing: evil,
    });

    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('href="https://portal.test/x?q=&quot;&gt;&lt;img src=x&gt;"');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;');
    expect(mail.html).toContain('line one<br>line two');
    expect(mail.text).toContain(evil);
  });

  it('refuses a link that is not http or https', () => {
    const bad = { label: 'x', url: 'javascript:alert(1)' };

    expect(() => composeMail({ locale: 'ro', subject: 'S', paragraphs: [], action: bad }))
      .toThrow('http or https');
  });
});

describe('appLink', () => {
  it('puts the path on APP_URL and encodes the parameters', () => {
    expect(appLink('https://portal.test', '/activate', { token: 'a+b/c=' }))
      .toBe('https://portal.test/activate?token=a%2Bb%2Fc%3D');
  });

  it('keeps a path prefix of APP_URL and tolerates slashes on either side', () => {
    expect(appLink('https://firma.test/portal/', 'quotes/q-1'))
      .toBe('https://firma.test/portal/quotes/q-1');
    expect(appLink('http://localhost:4000', '/reset-password', { token: 't', lang: 'en' }))
      .toBe('http://localhost:4000/reset-password?token=t&lang=en');
  });
});
