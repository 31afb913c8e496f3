/**
 * Firefox: the case page's "Print the complaint file" prints the report of the case (the export's
 * report body, in a hidden frame of the report page) under the extension pages' CSP: the frame holds the
 * report with every hash and its picture drawn, none of the case page's controls, and Firefox — set to
 * print silently to a PDF file — writes a PDF of it whose text holds the hashes (pdftotext). No CSP report.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { seededCase } from '../support/cases';
import { putRows } from '../support/extension-db';
import { cspReports, expect, launchFirefox, openExtensionPage, test, until } from './fixtures';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

test('Firefox: Print on the case page prints the report, under the CSP', async () => {
  const work = mkdtempSync(join(tmpdir(), 'shagym-ff-print-'));
  const pdfPath = join(work, 'printed.pdf');
  const firefox = await launchFirefox({
    prefs: {
      // window.print() goes, without a dialog, to Firefox's own PDF printer, into this file.
      'print.always_print_silent': true,
      'print.show_print_progress': false,
      print_printer: 'Mozilla Save to PDF',
      'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
      'print.printer_Mozilla_Save_to_PDF.print_to_filename': pdfPath,
    },
  });
  try {
    const kase = seededCase();
    const page = await openExtensionPage(firefox, '/popup.html');
    await until(() => page.evaluate(() => !!document.querySelector('main')), 'the popup');
    await putRows(page, 'cases', [kase]);
    const png = new Uint8Array(
      await page.evaluate(async () => {
        const canvas = new OffscreenCanvas(80, 60);
        const g = canvas.getContext('2d')!;
        g.fillStyle = '#06c';
        g.fillRect(0, 0, 80, 60);
        const blob = await canvas.convertToBlob({ type: 'image/png' });
        return [...new Uint8Array(await blob.arrayBuffer())];
      }),
    );
    await page.close();
    const photoPath = join(work, 'брак.png');
    writeFileSync(photoPath, png);

    const casePage = await openExtensionPage(firefox, `/case.html?id=${kase.id}`);
    const input = (await until(
      () => casePage.$('input[name="evidence-files"]'),
      'the file input',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(photoPath);
    await until(() => casePage.$('.evidence-item'), 'the file added');

    await casePage.locator('button ::-p-text(Распечатать материалы жалобы)').click();
    // The frame is of the same origin: read from the case page (puppeteer over BiDi does not list it).
    const shown = await until(
      () =>
        casePage.evaluate(() => {
          const doc = document.querySelector<HTMLIFrameElement>(
            'iframe[data-print-frame="report"]',
          )?.contentDocument;
          if (doc?.documentElement.dataset.ready !== 'true') return null;
          const entry = doc.querySelector('article.evidence');
          return {
            url: doc.location.pathname,
            html: doc.documentElement.outerHTML,
            text: doc.body.innerText,
            drawn: Array.from(doc.querySelectorAll('article.evidence img')).map(
              (img) => (img as HTMLImageElement).naturalWidth,
            ),
            grid: entry ? doc.defaultView!.getComputedStyle(entry).display : null,
          };
        }),
      'the report in its frame',
    );
    if (!shown) throw new Error('no report');
    expect(shown.url).toBe('/report.html');
    expect(shown.html).toContain(`data-sha256="${sha256(png)}"`);
    expect(shown.text).toContain('Как проверить эти файлы');
    expect(shown.html).not.toMatch(/<(button|input|select|textarea|form)\b/);
    expect(shown.drawn).toEqual([80]);
    expect(shown.grid).toBe('grid');

    // What went to the printer: the report, in a PDF.
    await until(async () => existsSync(pdfPath) && statSync(pdfPath).size > 0, 'the printed PDF', 20_000);
    // Written in one go once it is complete: wait for its size to settle.
    let size = -1;
    await until(async () => {
      const now = statSync(pdfPath).size;
      const settled = now === size;
      size = now;
      return settled;
    }, 'the PDF to be complete');
    if (hasPdftotext) {
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).stdout;
      expect(text.replace(/\s+/g, '')).toContain(sha256(png));
      expect(text).toContain('Как проверить эти файлы');
      expect(text).not.toContain('Распечатать материалы жалобы');
    }
    expect(await cspReports(firefox), 'CSP reports about the extension').toEqual([]);
  } finally {
    await firefox.close();
    rmSync(work, { recursive: true, force: true });
  }
});
