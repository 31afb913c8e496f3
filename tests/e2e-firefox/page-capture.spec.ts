/**
 * Firefox: the page capture (issue 11, part 2) from the framed panel on a real kaspi.kz product page,
 * driven by the buyer's keyboard (BiDi does not reach the moz-extension frame), with Kaspi's CDN served
 * from tests/fixtures/kaspi-cdn. Firefox shows a permission prompt only for an extension page in a tab of
 * its own: asked from the framed panel, it refuses the request, and the panel says where to allow it
 * (Add-ons → Shagym → Permissions). So the buyer's "Allow" is given first in an extension tab, by a real
 * click, with Firefox's own switch for its prompt off (`extensions.webextOptionalPermissionPrompts:
 * false`: a requested optional permission is granted without the prompt), as the add-on manager's toggle
 * would. The stored file is then opened from disk in a page whose every network request is refused: the
 * title, the picture, and no script.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { CAPTURE_CSP } from '../../utils/capture/page-html';
import { readRows } from '../support/extension-db';
import { FIXTURES, REAL_PRODUCTS } from '../support/kaspi-fixtures';
import {
  capturePageFromFramedPanel,
  cspReports,
  launchFirefox,
  openExtensionPage,
  openFramedPanel,
  until,
} from './fixtures';

const expect = base.expect;
const product = REAL_PRODUCTS[2]!; // one seller: focus starts on the order number
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

base.describe.configure({ timeout: 120_000 });

base('Firefox: a page capture with its pictures is stored with its hash and opens offline', async () => {
  const work = mkdtempSync(join(tmpdir(), 'shagym-ff-page-capture-'));
  const firefox = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  try {
    // The buyer allows Kaspi's CDN (a trusted click in an extension tab; no prompt, see above).
    const grant = await openExtensionPage(firefox, '/popup.html');
    await grant.evaluate(() => {
      document.addEventListener(
        'click',
        () => {
          const api = (
            globalThis as unknown as { browser: { permissions: { request(p: object): Promise<boolean> } } }
          ).browser;
          void api.permissions.request({
            origins: ['https://resources.cdn-kaspi.kz/*', 'https://ks-static.cdn-kaspi.kz/*'],
          });
        },
        { once: true },
      );
    });
    await grant.mouse.click(5, 5);
    await until(
      () =>
        grant.evaluate(() =>
          (
            globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }
          ).browser.permissions.contains({
            origins: ['https://resources.cdn-kaspi.kz/*', 'https://ks-static.cdn-kaspi.kz/*'],
          }),
        ),
      'the access to Kaspi CDN',
    );
    await grant.close();

    const page = await openFramedPanel(firefox, product.url, { cdn: true });
    await capturePageFromFramedPanel(page, '612345681', 14_900);

    const store = await openExtensionPage(firefox, '/popup.html');
    const row = await until(
      async () => (await readRows(store, 'evidence')).find((e) => e.kind === 'listing-snapshot'),
      'the page capture',
      20_000,
    );
    const html = await store.evaluate(
      (id) =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('shagym');
          open.onsuccess = () => {
            const req = open.result.transaction('evidenceBlobs').objectStore('evidenceBlobs').get(id);
            req.onsuccess = () => void (req.result.bytes as Blob).text().then(resolve);
          };
        }),
      row!.id,
    );
    expect(sha256(html)).toBe(row!.sha256);
    const picture = readFileSync(join(FIXTURES, 'kaspi-cdn', 'product.jpg'));
    const capture = row!.capture as Record<string, unknown>;
    expect(capture).toMatchObject({ method: 'page-html', url: product.url, extensionVersion: '0.1.0' });
    expect(capture.browser).toMatch(/^Firefox \d+/);
    expect(capture.resources).toContainEqual({
      url: 'https://resources.cdn-kaspi.kz/img/m/p/p23/pd8/43597403.jpeg?format=gallery-medium',
      sha256: sha256(picture),
      mime: 'image/jpeg',
    });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CAPTURE_CSP}">`);

    // Opened from disk, every request refused.
    const file = join(work, 'capture.html');
    writeFileSync(file, html);
    const opened = await firefox.newPage();
    const requests: string[] = [];
    await opened.setRequestInterception(true);
    opened.on('request', (request) => {
      if (!/^(file|data|about):/.test(request.url())) requests.push(request.url());
      if (request.url().startsWith('file:')) return void request.continue();
      return void request.abort();
    });
    await opened.goto(`file://${file}`, { waitUntil: 'load' });
    const seen = await opened.evaluate(() => {
      const img = document.querySelector('img.item__slider-pic') as HTMLImageElement | null;
      return {
        title: document.querySelector('h1.item__heading')?.textContent?.trim(),
        width: img?.naturalWidth ?? 0,
        scripts: document.scripts.length,
      };
    });
    expect(seen).toEqual({ title: 'Комплект ALPIKA черный, серый', width: 320, scripts: 0 });
    expect(requests).toEqual([]);
    expect(await cspReports(firefox)).toEqual([]);
  } finally {
    await firefox.close();
    rmSync(work, { recursive: true, force: true });
  }
});
