import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../utils/i18n/languages';
import { buildEmail, KASPI_SUPPORT_EMAIL, mailtoHref } from '../../../utils/letters';
import { completeInput } from './fixtures';

/** Reads a mailto: link back the way a mail client does. */
function parseMailto(href: string): { to: string; subject: string; body: string } {
  const m = /^mailto:([^?]+)\?subject=([^&]*)&body=([^&]*)$/.exec(href);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined)
    throw new Error(`bad mailto: ${href}`);
  return {
    to: m[1],
    subject: decodeURIComponent(m[2]),
    body: decodeURIComponent(m[3]).replace(/\r\n/g, '\n'),
  };
}

describe('mailtoHref', () => {
  it('round-trips subject and body, including &, ?, #, +, %, quotes and Cyrillic', () => {
    const subject = 'Жалоба: заказ № 1022135385 & ? # + % "x" — ₸';
    const body =
      'Строка 1\nСтрока 2 & a=b?c#d+e%20f\n\nҚазақша: ә і ң ғ ү ұ қ ө һ\n<img src=x onerror=alert(1)>';
    const href = mailtoHref(subject, body);
    expect(href.startsWith(`mailto:${KASPI_SUPPORT_EMAIL}?subject=`)).toBe(true);
    expect(href).not.toMatch(/[\s"<>#]/);
    expect(href).toContain('%0D%0A');
    expect(parseMailto(href)).toEqual({ to: KASPI_SUPPORT_EMAIL, subject, body });
    // A standard URL parser reads the same subject and body.
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe(subject);
    expect(url.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(body);
  });

  it('takes another recipient but refuses anything that is not an address', () => {
    expect(mailtoHref('s', 'b', 'shop@example.kz')).toBe('mailto:shop@example.kz?subject=s&body=b');
    expect(() => mailtoHref('s', 'b', 'a@b.kz?cc=evil@x.kz')).toThrow(RangeError);
    expect(() => mailtoHref('s', 'b', 'javascript:alert(1)')).toThrow(RangeError);
  });

  it('carries the built e-mail intact in every language', () => {
    for (const lang of LANGUAGES) {
      const email = buildEmail(completeInput('poor-quality', 'refund', lang), lang);
      expect(email.to).toBe('support@kaspi.kz');
      expect(parseMailto(email.href)).toEqual({ to: email.to, subject: email.subject, body: email.body });
    }
  });
});
