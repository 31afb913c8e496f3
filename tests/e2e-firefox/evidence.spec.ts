/**
 * Firefox: the framed panel on a real kaspi.kz product page keeps a snapshot of that page as evidence
 * (panel → background → the tab's content script, over runtime messages). BiDi does not reach the
 * moz-extension frame, so the buyer's keyboard drives it, as in the other Firefox tests.
 */
import { createHash } from 'node:crypto';
import { proofChecklist } from '../../utils/proof';
import { readRows } from '../support/extension-db';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { expect, openExtensionPage, serveKaspi, test, until } from './fixtures';

const product = REAL_PRODUCTS[2]!; // Комплект ALPIKA черный, серый — one seller: focus starts on the order number

test('Firefox: the framed panel keeps a snapshot of the kaspi.kz page as hashed evidence', async ({
  firefox,
}) => {
  const page = await firefox.newPage();
  await serveKaspi(page);
  await page.goto(product.url, { waitUntil: 'domcontentloaded' });
  await until(() => page.evaluate(() => !!document.querySelector('shagym-launcher')), 'the launcher');
  await page.locator('shagym-launcher').click();
  await until(
    () => page.evaluate(() => document.querySelector('shagym-panel')?.getAttribute('data-state') === 'ready'),
    'panel ready',
  );
  await page.keyboard.type('612345680');
  // Back from the order number to the framed (narrow) panel's folded list of steps, open it, and on to
  // step 5, "Доказательства".
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  await page.keyboard.press('Enter');
  await new Promise((r) => setTimeout(r, 300));
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await new Promise((r) => setTimeout(r, 1000)); // the step renders and focuses its heading
  // No problem chosen yet: the checklist is the one for "other"; the capture button follows it.
  // Each box is followed by the linked sources of its item (if any).
  const items = proofChecklist('other', { price: 14_900 });
  const stops = items.length + items.flatMap((item) => item.sources).filter((s) => s.url !== null).length;
  for (let i = 0; i < stops + 1; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

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
});
