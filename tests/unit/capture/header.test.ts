/**
 * The header on top of every page capture (utils/capture/header.ts): golden in ru, kk and en; page text
 * never becomes markup; the time in UTC and in Almaty (UTC+6 before 1 March 2024, UTC+5 since).
 */
import { describe, expect, it } from 'vitest';
import { almatyTime, captureHeaderHtml, utcTime } from '@/utils/capture/header';
import type { HeaderFacts } from '@/utils/capture/page-html';
import { LANGUAGES } from '@/utils/i18n/languages';
import { headerInput, parse } from './helpers';

const facts: HeaderFacts = {
  resources: [
    {
      url: 'https://resources.cdn-kaspi.kz/img/m/p/p23/pd8/43597403.jpeg?format=gallery-medium',
      kind: 'image',
      mime: 'image/jpeg',
      size: 3715,
      sha256: '7869ced2af0f9a255cbda368e8690db295b59c1173780c4cea1fb954c88c0fb9',
    },
    {
      url: 'https://ks-static.cdn-kaspi.kz/shop/front/sa/stable/desktop/fonts/roboto/fonts.css',
      kind: 'style',
      mime: 'text/css',
      size: 110,
      sha256: 'ee918f6bfa09501da6fc1353c12953150069223943d1bd38f806229dca817d5d',
    },
  ],
  skipped: [{ url: 'https://resources.cdn-kaspi.kz/img/big.jpg', kind: 'image', reason: 'too-big' }],
};

describe('page capture header, golden', () => {
  it.each(LANGUAGES)('%s', async (lang) => {
    await expect(captureHeaderHtml(headerInput({ lang }), facts)).toMatchFileSnapshot(
      `./golden/header.${lang}.html`,
    );
  });

  it.each(LANGUAGES)('%s, without the access to Kaspi CDN', async (lang) => {
    const html = captureHeaderHtml(headerInput({ lang, resourcesAllowed: false }), {
      resources: [],
      skipped: [{ url: facts.resources[0]!.url, kind: 'image', reason: 'no-permission' }],
    });
    await expect(html).toMatchFileSnapshot(`./golden/header.${lang}.no-permission.html`);
  });
});

describe('page capture header', () => {
  it('shows page text as text: a title, a URL or a resource URL cannot open a tag', () => {
    const evil = '"><img src=x onerror=alert(1)><script>alert(2)</script>&amp;';
    const html = captureHeaderHtml(
      headerInput({ title: evil, url: `https://kaspi.kz/shop/p/x/?q=${evil}`, browser: evil }),
      { resources: [{ ...facts.resources[0]!, url: `https://resources.cdn-kaspi.kz/${evil}` }], skipped: [] },
    );
    const doc = parse(`<body>${html}</body>`);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.querySelector('[data-capture="title"]')!.textContent).toBe(evil);
    expect(doc.querySelector('[data-capture="browser"]')!.textContent).toBe(evil);
    expect(doc.querySelector('[data-capture="url"]')!.textContent).toBe(
      `https://kaspi.kz/shop/p/x/?q=${evil}`,
    );
    expect(doc.querySelector('[data-capture="resources"] tbody')!.textContent).toContain(evil);
  });

  it('gives the time in UTC and in Almaty, with the offset of that day', () => {
    const t = Date.UTC(2026, 10, 30, 19, 40, 21);
    expect(utcTime(t)).toBe('2026-11-30 19:40:21 UTC');
    expect(almatyTime(t)).toBe('2026-12-01 00:40:21 (Asia/Almaty, UTC+05:00)');
    const before = Date.UTC(2024, 1, 29, 17, 59, 59); // 23:59:59 on 29 Feb 2024, UTC+6
    expect(almatyTime(before)).toBe('2024-02-29 23:59:59 (Asia/Almaty, UTC+06:00)');
    expect(almatyTime(before + 1000)).toBe('2024-02-29 23:00:00 (Asia/Almaty, UTC+05:00)');
  });
});
