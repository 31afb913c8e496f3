/**
 * Firefox: the framed panel on a real kaspi.kz product page keeps a snapshot of that page as evidence
 * (panel → background → the tab's content script, over runtime messages). BiDi does not reach the
 * moz-extension frame, so the buyer's keyboard drives it, as in the other Firefox tests.
 */
import { createHash } from 'node:crypto';
import { readRows } from '../support/extension-db';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import {
  capturePageFromFramedPanel,
  expect,
  openExtensionPage,
  openFramedPanel,
  test,
  until,
} from './fixtures';

const product = REAL_PRODUCTS[2]!; // Комплект ALPIKA черный, серый — one seller: focus starts on the order number

test('Firefox: the framed panel keeps a snapshot of the kaspi.kz page as hashed evidence', async ({
  firefox,
}) => {
  const page = await openFramedPanel(firefox, product.url);
  await capturePageFromFramedPanel(page, '612345680', 14_900);

  const store = await openExtensionPage(firefox, '/case.html');
  const snapshot = await until(
    async () => (await readRows(store, 'evidence')).find((e) => e.kind === 'listing-snapshot'),
    'the page snapshot',
    15_000,
  );
  const [kase] = await readRows(store, 'cases');
  expect(snapshot).toMatchObject({ caseId: kase!.id, mime: 'text/html', sourceUrl: product.url });
  expect((kase!.order as { orderNumber: string }).orderNumber).toBe('612345680');
  const html = await store.evaluate(
    (id) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('shagym');
        open.onsuccess = () => {
          const req = open.result.transaction('evidenceBlobs').objectStore('evidenceBlobs').get(id);
          req.onsuccess = () => void (req.result.bytes as Blob).text().then(resolve);
        };
      }),
    snapshot!.id,
  );
  expect(createHash('sha256').update(html).digest('hex')).toBe(snapshot!.sha256);
  expect(html).toMatch(/^<!DOCTYPE html>\n<html/);
  expect(html).toContain('Комплект ALPIKA');
  expect(html).not.toContain('shagym-launcher');
  expect(html).not.toContain('shagym-panel');

  // Issue 11 on the case page: a picture stored before previews existed gets its preview, made once
  // and stored beside it; the page snapshot opens in a sandboxed frame where nothing of its runs.
  const casePage = await openExtensionPage(firefox, `/case.html?id=${kase!.id}`);
  const pictureId = await casePage.evaluate(async (caseId) => {
    const canvas = new OffscreenCanvas(1280, 720);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = 'rgb(200, 30, 30)';
    ctx.fillRect(0, 0, 1280, 720);
    const bytes = await canvas.convertToBlob({ type: 'image/png' });
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await bytes.arrayBuffer()));
    const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    const id = crypto.randomUUID();
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('shagym');
      open.onsuccess = () => {
        const tx = open.result.transaction(['evidence', 'evidenceBlobs'], 'readwrite');
        tx.objectStore('evidence').put({
          id,
          caseId,
          kind: 'photo',
          fileName: 'брак.png',
          mime: 'image/png',
          size: bytes.size,
          sha256,
          capturedAt: Date.now(),
          importedAt: null,
          sourceUrl: null,
          note: '',
          takenAt: null,
          camera: null,
        });
        tx.objectStore('evidenceBlobs').put({ id, bytes });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
    return id;
  }, kase!.id);
  await casePage.reload({ waitUntil: 'networkidle0' });
  const thumbWidth = await until(
    () =>
      casePage.evaluate((id) => {
        const img = document.querySelector<HTMLImageElement>(
          `[data-evidence-id="${id}"] [data-field="preview"] img`,
        );
        return img && img.complete && img.naturalWidth > 0 ? img.naturalWidth : null;
      }, pictureId),
    'the preview of the picture',
  );
  expect(thumbWidth).toBe(320);
  expect((await readRows(casePage, 'evidencePreviews')).map((r) => r.id)).toEqual([pictureId]);

  const framed = await casePage.evaluate(async (id) => {
    const item = document.querySelector(`[data-evidence-id="${id}"]`)!;
    const button = Array.from(item.querySelectorAll('button')).find(
      (b) => b.textContent === 'Просмотр страницы',
    )!;
    button.click();
    for (let i = 0; i < 100; i++) {
      const frame = item.querySelector<HTMLIFrameElement>('iframe[data-field="page-preview"]');
      const doc = frame?.contentDocument;
      if (frame && doc?.body?.textContent?.includes('Комплект ALPIKA'))
        return {
          sandbox: frame.getAttribute('sandbox'),
          scripts: doc.querySelectorAll('script').length,
          handlers: doc.querySelectorAll('[onload], [onerror], [onclick]').length,
        };
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }, snapshot!.id);
  expect(framed).toEqual({ sandbox: 'allow-same-origin', scripts: 0, handlers: 0 });
  // The stored snapshot itself is untouched.
  expect((await readRows(casePage, 'evidence')).find((e) => e.id === snapshot!.id)?.sha256).toBe(
    snapshot!.sha256,
  );
});
