/**
 * The case page's Print (issue 12): "the same report is what Print on the case page prints". In real
 * Chromium with the built extension, the case page's "Print the complaint file" prints the report page
 * (the same pure reportHtml as an export's report.html) in a hidden frame: what goes to the printer is the
 * report — every piece of evidence with its SHA-256, the photo and the product picture drawn — and none of
 * the case page's own layout (no buttons, no forms). The report page itself prints to a PDF whose text
 * layer holds the hashes. No CSP violation anywhere (the fixture fails the test on one).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { seedCaseWithPhotoAndPdf } from './archive-support';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

test('Print on the case page prints the report of the case, not the page', async ({
  page,
  context,
  extensionId,
}) => {
  // What window.print() would send to the printer, in whichever frame it is called.
  await context.addInitScript(() => {
    window.print = () => {
      const top = window.top as unknown as { __printed?: { url: string; html: string; text: string }[] };
      top.__printed ??= [];
      top.__printed.push({
        url: location.href,
        html: document.documentElement.outerHTML,
        text: document.body.innerText,
      });
    };
  });
  const { kase, png, pdf } = await seedCaseWithPhotoAndPdf(page, extensionId, {
    description: 'Шов разошёлся после первой стирки.',
    photoName: 'брак.png',
  });

  await page.getByRole('button', { name: 'Распечатать материалы жалобы' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __printed?: unknown[] }).__printed?.length ?? 0))
    .toBe(1);
  const [printed] = await page.evaluate(
    () => (window as unknown as { __printed: { url: string; html: string; text: string }[] }).__printed,
  );
  // The report page was printed, in its own frame: not the case page.
  expect(printed!.url).toBe(`chrome-extension://${extensionId}/report.html?case=${kase.id}&lang=ru`);
  expect(printed!.html).toContain(`data-case="${kase.id}"`);
  for (const bytes of [png, pdf]) expect(printed!.html).toContain(`data-sha256="${sha256(bytes)}"`);
  expect(printed!.text).toContain('Как проверить эти файлы');
  expect(printed!.text).toContain('Материалы жалобы');
  expect(printed!.html).not.toMatch(/<(button|input|select|textarea|form)\b/);
  expect(printed!.text).not.toContain('Распечатать материалы жалобы');

  // In the frame: the photo and the product's picture are drawn (blob: URLs under the CSP).
  const frame = page.frameLocator('iframe[data-print-frame="report"]');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
  const drawn = (img: HTMLImageElement) => img.complete && img.naturalWidth;
  await expect.poll(() => frame.locator('article.evidence img').first().evaluate(drawn)).toBe(64);
  await expect.poll(() => frame.locator('[data-field="product-picture"] img').evaluate(drawn)).toBe(64);
  // The report's own style sheet is in force (adopted: the CSP allows no inline <style>).
  expect(
    await frame
      .locator('article.evidence')
      .first()
      .evaluate((el) => getComputedStyle(el).display),
  ).toBe('grid');
  // The case page's layout is untouched.
  await expect(page.getByRole('button', { name: 'Распечатать материалы жалобы' })).toBeEnabled();

  // The same page, printed to PDF: the hashes are in its text layer.
  const dir = mkdtempSync(join(tmpdir(), 'shagym-print-'));
  try {
    const report = await context.newPage();
    await report.goto(printed!.url);
    await expect(report.locator('html')).toHaveAttribute('data-ready', 'true');
    const file = join(dir, 'report.pdf');
    await report.pdf({ path: file, format: 'A4' });
    if (!hasPdftotext) return;
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;
    const compact = text.replace(/\s+/g, '');
    for (const bytes of [png, pdf]) expect(compact).toContain(sha256(bytes));
    expect(text).not.toContain('Распечатать материалы жалобы');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
