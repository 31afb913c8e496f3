/**
 * report.html (issue 12, item 1): the golden report of one case in each language, every piece of
 * evidence with its file, hash and thumbnail pointing at the file inside the archive, listed in
 * SHA256SUMS, and hostile page text that stays text.
 */
import { describe, expect, it } from 'vitest';
import {
  buildArchive,
  escapeHtml,
  markup,
  parseChecksums,
  readArchive,
  relativeUrl,
  REPORT_CSP,
  REPORT_FILE,
  reportHtml,
  type ArchiveEvidence,
} from '@/utils/archive';
import { caseSchema } from '@/utils/cases/schema';
import {
  EXPORTED_AT,
  KETTLE_CASE,
  PHONE_CASE,
  PHONE_PHOTO,
  PHONE_RECEIPT,
  PHONE_VIDEO,
  WASHER_CASE,
  WASHER_CHAT,
  evidence,
  input,
  sha256,
  text,
  unzipRelative,
} from './fixtures';

async function reportOf(over: Parameters<typeof input>[0]) {
  const files = unzipRelative((await buildArchive(input(over))).bytes);
  return { report: text(files[REPORT_FILE]), files };
}

const KETTLE_PHOTO: ArchiveEvidence = (() => {
  const ev = evidence(KETTLE_CASE.id, 'IMG_2041.jpg', { capturedAt: Date.UTC(2026, 10, 21, 5, 0, 0) });
  return {
    bytes: ev.bytes,
    meta: {
      ...ev.meta,
      takenAt: '2026-11-20T18:42:10',
      camera: 'Apple iPhone 13',
      sourceUrl: 'https://kaspi.kz/shop/p/xiaomi-mi-smart-kettle-100000001/',
      importedAt: Date.UTC(2026, 10, 25, 9, 0, 0),
    },
  };
})();
/** Its case is not exported: it lands in other-evidence/ and in the report's last section. */
const STRAY = evidence('77777777-7777-4777-8777-777777777777', 'receipt #2 100%.pdf', {
  kind: 'receipt',
  mime: 'application/pdf',
  size: 900,
});

/** A small "JPEG" Shagym drew (only its first bytes matter to the archive: they say JPEG). */
const jpeg = (seed: number) => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array(60).fill(seed)]);
const VIDEO_FRAME = jpeg(1);
const PRODUCT_PICTURE = jpeg(2);
const PHONE_VIDEO_WITH_FRAME: ArchiveEvidence = {
  ...PHONE_VIDEO,
  preview: { bytes: VIDEO_FRAME, mime: 'image/jpeg', width: 320, height: 180 },
};
const PHONE_PICTURE = {
  caseId: PHONE_CASE.id,
  bytes: PRODUCT_PICTURE,
  mime: 'image/jpeg' as const,
  width: 240,
  height: 320,
  evidenceId: PHONE_PHOTO.meta.id,
  sourceUrl: null,
  at: EXPORTED_AT - 1000,
};

describe('report.html, golden', () => {
  it("ru: a case with a photo, a video (its first frame) and a PDF, and the product's picture", async () => {
    const { report, files } = await reportOf({
      lang: 'ru',
      cases: [PHONE_CASE],
      evidence: [PHONE_PHOTO, PHONE_VIDEO_WITH_FRAME, PHONE_RECEIPT],
      pictures: [PHONE_PICTURE],
    });
    await expect(report).toMatchFileSnapshot('./golden/report.ru.html');
    // The thumbnails are files of the archive, listed in SHA256SUMS like every file.
    const sums = parseChecksums(text(files.SHA256SUMS));
    if (!sums.ok) throw new Error('SHA256SUMS');
    const listed = new Map(sums.lines.map((l) => [l.path, l.sha256]));
    const frame = 'thumbnails/cases/612345678-3f2b8c1e/02-Видео распаковки.mp4.jpg';
    const product = 'thumbnails/cases/612345678-3f2b8c1e/product.jpg';
    expect(listed.get(frame)).toBe(sha256(VIDEO_FRAME));
    expect(listed.get(product)).toBe(sha256(PRODUCT_PICTURE));
    expect(files[frame]).toEqual(VIDEO_FRAME);
    // The video's thumbnail is its frame, said to be Shagym's; the photo's is the photo itself.
    expect(report).toContain(`<img src="${relativeUrl(frame)}"`);
    expect(report).toContain(`<img src="${relativeUrl(product)}" alt="Фото товара" />`);
    expect(report).toContain('миниатюра от Shagym');
    expect(report).toContain('Миниатюры из папки thumbnails/');
    expect(text(files['README.txt'])).toContain('thumbnails/ — миниатюры, сделанные Shagym');
  });

  it('kk: a Kazakh case with a chat screenshot', async () => {
    const { report } = await reportOf({ lang: 'kk', cases: [WASHER_CASE], evidence: [WASHER_CHAT] });
    await expect(report).toMatchFileSnapshot('./golden/report.kk.html');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(report).toContain(letter);
    expect(report).toContain('<html lang="kk">');
    expect(report).toContain('Бұл файлдарды қалай тексеруге болады');
    expect(report).toContain('2026 жылғы 15 қараша'); // the order date, as a date
  });

  it('en: a draft with an imported photo (EXIF time, source) and evidence of another case', async () => {
    const { report } = await reportOf({ lang: 'en', cases: [KETTLE_CASE], evidence: [KETTLE_PHOTO, STRAY] });
    await expect(report).toMatchFileSnapshot('./golden/report.en.html');
  });
});

describe('report.html, content', () => {
  it('lists every piece of evidence with its hash, and each thumbnail is the file in the archive', async () => {
    const all = [PHONE_PHOTO, PHONE_VIDEO, PHONE_RECEIPT, WASHER_CHAT, STRAY];
    const { report, files } = await reportOf({ cases: [PHONE_CASE, WASHER_CASE], evidence: all });
    for (const ev of all) {
      expect(report).toContain(`data-sha256="${ev.meta.sha256}"`);
      expect(report).toContain(`<span class="hash">${ev.meta.sha256}</span>`);
    }
    const srcs = [...report.matchAll(/<img src="([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!));
    // The two images (JPEG, PNG) have thumbnails; the video and the PDFs have none.
    expect(srcs).toHaveLength(2);
    for (const src of srcs) {
      expect(files[src], src).toBeDefined();
      const ev = all.find((e) => sha256(files[src]!) === e.meta.sha256);
      expect(ev?.meta.mime).toMatch(/^image\//);
    }
    // Every link to a file resolves to a file of the archive, even with '#', '%' and spaces in the name.
    const hrefs = [...report.matchAll(/<a href="([^"]*)">/g)].map((m) => decodeURIComponent(m[1]!));
    expect(hrefs.filter((h) => !h.startsWith('https:'))).toHaveLength(all.length);
    for (const h of hrefs.filter((h) => !h.startsWith('https:'))) expect(files[h], h).toBeDefined();
    expect(hrefs).toContain('other-evidence/01-receipt _2 100_.pdf');
  });

  it('is script-free, forbids the network by CSP, and is listed in SHA256SUMS', async () => {
    const built = await buildArchive(input());
    const files = unzipRelative(built.bytes);
    const report = text(files[REPORT_FILE]);
    expect(report).toContain('<meta charset="utf-8" />');
    expect(report).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP.replace(/'/g, '&#39;')}" />`,
    );
    expect(REPORT_CSP).toMatch(/default-src 'none'/);
    expect(REPORT_CSP).not.toMatch(/script-src|https?:/);
    expect(report).not.toMatch(/<script|<iframe|<object|<embed|<link|@import|url\(/i);
    expect(report).not.toMatch(/\son[a-z]+\s*=/i);
    const sums = parseChecksums(text(files['SHA256SUMS']));
    expect(sums.ok && sums.lines.find((l) => l.path === REPORT_FILE)?.sha256).toBe(
      sha256(files[REPORT_FILE]!),
    );
    // And importing the archive back does not count it as a stray file.
    const read = await readArchive(built.bytes);
    expect(read.ok && read.problems).toEqual([]);
  });

  it('keeps hostile page text as text: no tag, no attribute, no script', async () => {
    const evil = '<script>alert(1)</script>"onerror="alert(2)\' <img src=x onerror=alert(3)>';
    const kase = caseSchema.parse({
      ...PHONE_CASE,
      order: { ...PHONE_CASE.order, productTitle: evil, sellerName: evil, orderNumber: null },
      description: `</style><script>alert(4)</script>${evil}`,
      timeline: [{ ...PHONE_CASE.timeline[1]!, note: evil }],
    });
    const ev = evidence(PHONE_CASE.id, `x"onerror=alert(5) ${evil}.jpg`, { note: evil });
    const { report } = await reportOf({ cases: [kase], evidence: [ev] });
    expect(report).not.toMatch(/<script|<img src=x|<\/style></i);
    // Every '<' opens a tag the report writes, and every attribute is one of its own, fully quoted.
    const TAGS = new Set([
      '!DOCTYPE',
      'html',
      'head',
      'meta',
      'title',
      'style',
      'body',
      'p',
      'section',
      'h1',
      'h2',
      'h3',
      'dl',
      'dt',
      'dd',
      'ul',
      'ol',
      'li',
      'div',
      'span',
      'strong',
      'article',
      'img',
      'a',
      'code',
    ]);
    const ATTRS =
      /^(?:lang|charset|http-equiv|content|name|class|id|href|src|alt|rel|aria-hidden|data-[a-z0-9-]+)$/;
    for (const m of report.matchAll(/<\/?([!a-zA-Z0-9]+)([^>]*)>/g)) {
      expect(TAGS.has(m[1]!), m[0]).toBe(true);
      const rest =
        m[1] === '!DOCTYPE'
          ? ''
          : m[2]!.replace(/\s\/$/, '').replace(/\s([a-z0-9-]+)="[^"]*"/g, (_, name: string) => {
              expect(name, m[0]).toMatch(ATTRS);
              return '';
            });
      expect(rest.trim(), m[0]).toBe('');
    }
    expect(report.split('<').length - 1).toBe([...report.matchAll(/<\/?[!a-zA-Z0-9]+[^>]*>/g)].length);
    // Only the tags the report writes: one thumbnail, with the escaped name as its alt text.
    expect([...report.matchAll(/<img\b/g)]).toHaveLength(1);
    expect(report).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;onerror=&quot;alert(2)&#39;');
    const alt = /<img src="[^"]*" alt="([^"]*)" \/>/.exec(report)?.[1];
    expect(alt).toBe(escapeHtml(ev.meta.fileName));
  });

  it('the escaping helper escapes every interpolated value and nests safe HTML once', () => {
    const inner = markup`<b>${'<i>'}</b>`;
    expect(markup`<p title="${'"x\' & y'}">${inner}${['<a>', 1, null, false]}</p>`.value).toBe(
      '<p title="&quot;x&#39; &amp; y"><b>&lt;i&gt;</b>&lt;a&gt;1</p>',
    );
    expect(relativeUrl('cases/a b/evidence/01-#1 ?%.jpg')).toBe('cases/a%20b/evidence/01-%231%20%3F%25.jpg');
  });

  it('an export without cases still says so, and the checking section is in each language', () => {
    const opts = { today: '2026-11-26', exportedAt: EXPORTED_AT, appVersion: '0.1.0' };
    expect(reportHtml([], { ...opts, lang: 'ru' })).toContain('В этом архиве нет жалоб.');
    for (const [lang, heading] of [
      ['ru', 'Как проверить эти файлы'],
      ['kk', 'Бұл файлдарды қалай тексеруге болады'],
      ['en', 'How to check these files'],
    ] as const) {
      const page = reportHtml([], { ...opts, lang });
      expect(page).toContain(`<h2>${escapeHtml(heading)}</h2>`);
      expect(page).toContain('<code>sha256sum -c SHA256SUMS</code>');
    }
  });
});
