import { createHash } from 'node:crypto';
import type { Frame } from '@playwright/test';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { seededCase } from '../support/cases';
import { clearTables, putRows, readRows } from '../support/extension-db';
import { LANG_KEY } from '../../utils/settings/keys';
import { expect, launcher, panelFrame, test } from './fixtures';

const product = REAL_PRODUCTS[1]!; // Комплект ALPIKA черный — 8 763 ₸, 5 sellers
/** A day n days before today in Kazakhstan (UTC+5), as the app counts days: not the UTC day. */
const isoDaysAgo = (n: number) =>
  new Date(Date.now() + 5 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

async function next(panel: Frame) {
  await panel.getByRole('button', { name: 'Далее' }).click();
}

test.describe.configure({ timeout: 120_000 });
// The page capture asks for Kaspi's CDN: granted as the buyer's "Allow" would (tests/e2e/fixtures.ts).
test.use({ grantCdn: true });

test('the panel takes a real product page through every step to a submitted case, and the case page shows the texts', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(product.url);
  await launcher(page).click();
  const panel = await panelFrame(page);

  // 1. Order: prefilled from the page, the buyer picks the seller who sold it.
  await expect(panel.getByRole('heading', { name: 'Шаг 1 из 7: Заказ' })).toBeVisible();
  await expect(panel.locator('input[name="productTitle"]')).toHaveValue('Комплект ALPIKA черный');
  await expect(panel.locator('select[name="seller"] option')).toHaveCount(6);
  await panel.locator('select[name="seller"]').selectOption({ label: 'ИП ЖАРАС — 8\u00a0763\u00a0₸' });
  await expect(panel.locator('input[name="merchantId"]')).toHaveValue('30134410');
  await panel.locator('input[name="orderNumber"]').fill('61234567'); // one digit short
  // "Next" on a field that cannot be saved says so at once, in Russian, and stays on the field.
  await next(panel);
  await expect(panel.locator('[data-blocked]')).toHaveText(
    'Исправьте поле «Номер заказа»: Номер заказа — 9 или 10 цифр, как в приложении Kaspi.kz',
  );
  await expect(panel.getByRole('heading', { name: 'Шаг 1 из 7: Заказ' })).toBeVisible();
  await expect(panel.locator('input[name="orderNumber"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.locator('input[name="orderNumber"]')).toBeFocused();
  await expect(panel.locator('[data-field-error="orderNumber"]')).toHaveText(
    'Номер заказа — 9 или 10 цифр, как в приложении Kaspi.kz',
  );
  await panel.locator('input[name="orderNumber"]').fill('612345678');
  await expect(panel.locator('input[name="orderNumber"]')).not.toHaveAttribute('aria-invalid', 'true');
  await next(panel);

  // 2. Problem, 3. remedy.
  await panel.getByLabel('Не соответствует описанию').check();
  await next(panel);
  await expect(panel.getByRole('radio').first()).toHaveAccessibleName('Вернуть деньги');
  await panel.getByLabel('Вернуть деньги').check();
  await next(panel);

  // 4. What happened.
  await panel
    .locator('textarea[name="description"]')
    .fill('Пришёл серый комплект размера 50 вместо чёрного 52.');
  await panel.locator('input[name="orderDate"]').fill(isoDaysAgo(8));
  await panel.locator('input[name="receivedDate"]').fill(isoDaysAgo(3));
  await next(panel);

  // 5. Proof checklist for "not as described".
  await expect(panel.locator('[data-proof="photo"]')).toHaveAttribute('data-level', 'required');
  await expect(panel.locator('[data-proof="listing-snapshot"]')).toBeVisible();
  await panel.locator('[data-proof="photo"] input').check();
  // The listing as the buyer sees it now: kept as evidence, hashed, and ticked on the checklist.
  await panel.getByRole('button', { name: 'Сохранить снимок этой страницы' }).click();
  await expect(panel.locator('[data-field="capture"]')).toHaveText(
    /^Снимок страницы сохранён \(SHA-256 [0-9a-f]{16}…\)\.$/,
  );
  await expect(panel.locator('[data-proof="listing-snapshot"] input')).toBeChecked();
  // A photo of the item, attached right here.
  const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from('не тот цвет')]);
  await panel
    .getByLabel('Добавить файлы')
    .setInputFiles({ name: 'цвет.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(panel.locator('.evidence-item')).toHaveCount(2);
  await next(panel);

  // 6. Texts: the support message carries the order's facts; no placeholder anywhere.
  await expect(panel.getByRole('note')).toContainText('не юридическая консультация');
  const out = panel.locator('pre.text-out');
  await expect(out).toContainText('612345678');
  await expect(out).toContainText('Комплект ALPIKA черный');
  await expect(out).toContainText('ИП ЖАРАС');
  await expect(out).not.toContainText('[');
  await panel.getByRole('tab', { name: 'Письмо в поддержку' }).click();
  await expect(panel.locator('[data-email-subject]')).toContainText('612345678');
  const mailto = await panel.getByRole('link', { name: 'Открыть в почте' }).getAttribute('href');
  expect(mailto).toMatch(/^mailto:support@kaspi\.kz\?subject=/);
  expect(decodeURIComponent(mailto!.split('body=')[1]!)).toContain('8\u00a0763\u00a0₸');

  // The claim letter asks for the buyer's name and postal address instead of printing a blank.
  await panel.getByRole('tab', { name: 'Претензия продавцу' }).click();
  await expect(panel.locator('[data-missing]')).toHaveAttribute('data-missing', /buyer-name/);
  await expect(panel.locator('[data-missing]')).toHaveAttribute('data-missing', /buyer-address/);
  await expect(out).toHaveCount(0);
  // Framed on the shop's page, the panel takes no personal details: they are entered on the case page,
  // in a tab of its own, and the panel's letter follows.
  await expect(panel.locator('input[name="buyerName"]')).toHaveCount(0);
  const detailsTab = context.waitForEvent('page', (p) => p.url().includes('/case.html'));
  await panel.getByRole('button', { name: 'Ввести свои данные в отдельной вкладке' }).click();
  const details = await detailsTab;
  await details.getByRole('tab', { name: 'Претензия продавцу' }).click();
  await details.locator('input[name="buyerName"]').fill('Айгерим Нурланова');
  await details.locator('input[name="buyerPhone"]').fill('+7 701 234 56 78');
  await expect(details.locator('[data-missing]')).toHaveAttribute('data-missing', 'buyer-address');
  await expect(panel.locator('[data-missing]')).toHaveAttribute('data-missing', 'buyer-address');
  await expect(out).toHaveCount(0);
  await details.locator('input[name="buyerAddress"]').fill('г. Алматы, ул. Абая, д. 10, кв. 5');
  await expect(details.locator('pre.text-out')).toContainText('Айгерим Нурланова');
  // Saved (autosave), then the tab is closed and the panel's letter follows.
  await expect
    .poll(async () => ((await readRows(details, 'cases'))[0]?.buyer as { address?: string } | null)?.address)
    .toBe('г. Алматы, ул. Абая, д. 10, кв. 5');
  await details.close();
  await page.bringToFront();
  await expect(out).toContainText('274-IV');
  await expect(out).toContainText('42-4');
  await expect(out).toContainText('Айгерим Нурланова');
  await expect(out).toContainText('ул. Абая, д. 10, кв. 5');
  await expect(out).toContainText('10');
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Скачать .txt' }).click();
  expect((await download).suggestedFilename()).toBe('shagym-claim-letter-612345678-ru.txt');
  await panel.locator('select[name="textLanguage"]').selectOption('kk');
  await expect(out).toContainText('наразылық', { ignoreCase: true });
  await panel.locator('select[name="textLanguage"]').selectOption('en');
  await expect(out).toContainText('Order');
  await panel.getByRole('tab', { name: 'Обращение в уполномоченный орган' }).click();
  await expect(panel.locator('[data-missing]')).toHaveAttribute('data-missing', /claim-sent-date/);
  await next(panel);

  // 7. Channel: contacts with 9999 first, deadlines as real dates, then "I sent it".
  const hotline = panel.locator('[data-channel="hotline"] a[href^="tel:"]');
  await expect(hotline.first()).toHaveAttribute('href', 'tel:9999');
  await expect(panel.locator('[data-deadline="kaspi-return-14"]')).toContainText('через 11 дней');
  await panel.locator('select[name="sentChannel"]').selectOption('app');
  // "I sent it" is in view without scrolling, above Back / Next.
  await expect(panel.locator('[data-sent-bar]')).toBeInViewport();
  await panel.getByRole('button', { name: 'Отметить как отправленное' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Отмечено' })).toBeVisible();
  // Once per channel: the button gives way to the day it was sent and an undo; undone, it is back.
  await expect(panel.locator('[data-sent="app"]')).toContainText('Отправлено');
  await expect(panel.getByRole('button', { name: 'Отметить как отправленное' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Отменить' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Отметка снята' })).toBeVisible();
  await panel.getByRole('button', { name: 'Отметить как отправленное' }).click();
  const sent = panel.getByRole('status').filter({ hasText: 'Отмечено' });
  await expect(sent).toBeVisible();
  // The date as the buyer reads it (issue 15, review item 26), never the raw YYYY-MM-DD.
  await expect(sent).toContainText(/Отмечено: Приложение Kaspi\.kz, \d{1,2} [а-я]+ \d{4} г\./);
  await expect(sent).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  await expect(panel.locator('[data-deadline="kaspi-support-answer"]')).toBeVisible();

  // Saved and submitted, with the timeline event.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 420 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.case-item')).toHaveCount(1);
  const [saved] = await readRows(popup, 'cases');
  expect(saved).toMatchObject({
    status: 'submitted',
    problem: 'not-as-described',
    remedy: 'refund',
    proof: ['photo', 'listing-snapshot'],
  });
  const timeline = saved!.timeline as { kind: string; channel: string | null }[];
  expect(timeline.at(-1)).toMatchObject({ kind: 'submitted', channel: 'app' });
  expect(timeline.filter((e) => e.kind === 'submitted')).toHaveLength(1);
  // The snapshot is the product page as served (with the buyer's view of it), without our own elements,
  // and its hash is the hash of the stored bytes; the photo's hash is Node's.
  const evidence = await readRows(popup, 'evidence');
  const snapshot = evidence.find((e) => e.kind === 'listing-snapshot')!;
  expect(snapshot).toMatchObject({ caseId: saved!.id, mime: 'text/html', sourceUrl: product.url });
  const stored = await popup.evaluate(
    (id) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('shagym');
        open.onsuccess = () => {
          const req = open.result.transaction('evidenceBlobs').objectStore('evidenceBlobs').get(id);
          req.onsuccess = () => void (req.result.bytes as Blob).text().then(resolve);
        };
      }),
    snapshot.id,
  );
  expect(createHash('sha256').update(stored).digest('hex')).toBe(snapshot.sha256);
  expect(stored).toMatch(/^<!DOCTYPE html>\n<html/);
  expect(stored).toContain('Комплект ALPIKA');
  expect(stored).not.toContain('shagym-launcher');
  expect(stored).not.toContain('shagym-panel');
  expect(evidence.find((e) => e.kind === 'photo')).toMatchObject({
    fileName: 'цвет.jpg',
    sha256: createHash('sha256').update(photo).digest('hex'),
  });

  // The case page shows the texts.
  const opened = context.waitForEvent('page', (p) => p.url().includes('/case.html'));
  await panel.getByRole('button', { name: 'Открыть жалобу' }).click();
  const casePage = await opened;
  await expect(casePage.locator('header .chip')).toHaveText('Отправлена');
  await expect(casePage.locator('pre.text-out')).toContainText('612345678');
  await casePage.getByRole('tab', { name: 'Претензия продавцу' }).click();
  await expect(casePage.locator('pre.text-out')).toContainText('Айгерим Нурланова');
  await expect(casePage.locator('.timeline')).toContainText('Отправлена (Приложение Kaspi.kz)');

  // Copy puts the text on the clipboard; the print view shows the letter without the controls.
  await casePage.bringToFront(); // a buyer clicks in the window in front
  await casePage.getByRole('button', { name: 'Копировать' }).click();
  await expect(casePage.getByRole('button', { name: 'Скопировано' })).toBeVisible();
  const letter = await casePage.locator('pre.text-out').textContent();
  // Paste it where a buyer would (a text box), as the keyboard does.
  const paste = await context.newPage();
  await paste.goto(`chrome-extension://${extensionId}/panel.html?from=app`);
  await paste.bringToFront();
  // Opened to paste from the app: the keyboard lands in the paste box, and stays where the buyer puts it.
  await expect(paste.locator('textarea[name="pasted"]')).toBeFocused();
  await paste.locator('textarea[name="pasted"]').focus();
  await paste.keyboard.press('Control+V');
  await expect(paste.locator('textarea[name="pasted"]')).toHaveValue(letter!);
  await paste.close();
  await casePage.emulateMedia({ media: 'print' });
  await expect(casePage.locator('pre.text-out')).toBeVisible();
  await expect(casePage.locator('.bar')).toBeHidden();
  await expect(casePage.getByRole('button', { name: 'Скачать .txt' })).toBeHidden();
});

test('a half-finished case is kept as a draft when the tab closes, and continues from the case page', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(REAL_PRODUCTS[2]!.url); // one seller: no choice to make
  await launcher(page).click();
  const panel = await panelFrame(page);
  await expect(panel.locator('input[name="sellerName"]')).toHaveValue('Lux Auto');
  await panel.locator('input[name="orderNumber"]').fill('1022135385');
  await expect(panel.getByRole('status').filter({ hasText: 'Черновик сохранён' })).toBeVisible();
  await page.close(); // the buyer closes the tab mid-way

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.case-item')).toContainText('Черновик');
  const [draft] = await readRows(popup, 'cases');
  expect(draft).toMatchObject({
    status: 'draft',
    order: { orderNumber: '1022135385', sellerName: 'Lux Auto', price: 14900 },
  });

  const casePage = await context.newPage();
  await casePage.goto(`chrome-extension://${extensionId}/case.html?id=${draft!.id}`);
  await casePage.getByRole('link', { name: 'Продолжить' }).click();
  await expect(casePage.locator('input[name="orderNumber"]')).toHaveValue('1022135385');
});

test('works at 360 px and with the keyboard alone', async ({ context }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(REAL_PRODUCTS[0]!.url);
  // Keyboard only: the launcher (shown once the page has loaded) is the first stop in the tab order.
  await expect(launcher(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(launcher(page)).toBeFocused();
  await page.keyboard.press('Enter');
  const host = page.locator('shagym-panel');
  await expect(host).toHaveAttribute('data-state', 'ready');
  const box = await host.boundingBox();
  expect(box?.width).toBe(360);
  const panel = await panelFrame(page);
  await expect(panel.locator('select[name="seller"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('612345678');
  await page.keyboard.press('Enter'); // next step
  await expect(panel.getByRole('heading', { name: 'Шаг 2 из 7: Проблема' })).toBeFocused();
  // No horizontal scrolling inside the panel at 360 px.
  const overflow = await panel.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // first radio
  await page.keyboard.press('Escape');
  await expect(host).toHaveCount(0);
  await expect(launcher(page)).toBeFocused();
});

test("the stepper's step names never break inside a word, from 561 px up, in ru, kk and en", async ({
  context,
  extensionId,
  sw,
}) => {
  const page = await context.newPage();
  const base = `chrome-extension://${extensionId}`;
  await page.goto(`${base}/popup.html`);
  const kase = seededCase({ description: 'Шов разошёлся.' });
  await clearTables(page, ['cases']);
  await putRows(page, 'cases', [kase]);
  /** Words of a step name that the browser laid out on more than one line. */
  const brokenWords = () =>
    page.locator('.stepper__label').evaluateAll((labels) =>
      labels.flatMap((label) => {
        const text = label.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        const broken: string[] = [];
        for (const m of (text.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
        return broken;
      }),
    );
  for (const lang of ['ru', 'kk', 'en'] as const) {
    await sw.evaluate(
      ([key, value]) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({ [key]: value }),
      [LANG_KEY, lang] as const,
    );
    for (const width of [561, 800, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${base}/panel.html?case=${kase.id}&step=proof`);
      await expect(page.locator('.stepper__label')).toHaveCount(7);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(await brokenWords(), `${lang} at ${width} px`).toEqual([]);
      // …and the step names take no sideways scroll.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
      ).toBeLessThanOrEqual(0);
    }
  }
});
