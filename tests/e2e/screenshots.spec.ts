/**
 * The pictures in docs/screenshots/ and the README (npm run screenshots; skipped otherwise): every screen
 * in Russian, light, at 1280 px; a main subset at 360 px (a phone), in dark, and in Kazakh and English.
 * Named <lang>-<scheme>-<width>-<screen>.png. The cases are seeded as the app writes them. The Chrome Web
 * Store set, five a language at exactly 1280 × 800, goes to docs/store/screenshots/<lang>-<screen>.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { seededCase } from '../support/cases';
import { clearTables, putRows } from '../support/extension-db';
import { REAL_PRODUCTS, ROOT } from '../support/kaspi-fixtures';
import { LANG_KEY } from '../../utils/settings/keys';
import { closeCase, escalate, markSent, recordOutcome } from '../../utils/cases/lifecycle';
import { expect, launcher, panelFrame, test } from './fixtures';

/** `SCREENSHOTS=store`: the store set only (`npm run screenshots:store`). */
const STORE_ONLY = process.env.SCREENSHOTS === 'store';
const SHOOT = process.env.SCREENSHOTS === '1' || STORE_ONLY;
const DIR = 'docs/screenshots';
/** The Chrome Web Store's pictures: exactly 1280 × 800, up to five (docs/store/*.md list them). */
const STORE_DIR = 'docs/store/screenshots';
const STORE = { width: 1280, height: 800 };
const STEPS = ['order', 'problem', 'remedy', 'story', 'proof', 'texts', 'channel'] as const;
type Lang = 'ru' | 'kk' | 'en';
type Scheme = 'light' | 'dark';

/** A day n days before today in Kazakhstan (UTC+5). */
const isoDaysAgo = (n: number) =>
  new Date(Date.now() + 5 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

// Some 60 pictures; on a loaded 2-core machine this takes well over 10 minutes.
test.describe.configure({ timeout: 1_800_000 });
test.skip(!SHOOT, 'SCREENSHOTS=1 npm run screenshots');

async function setLang(sw: Worker, lang: Lang) {
  await sw.evaluate(
    ([key, value]) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({ [key]: value }),
    [LANG_KEY, lang] as const,
  );
}

test('screenshots: every screen (ru, light, 1280), a main subset at 360 px, dark, kk and en', async ({
  context,
  extensionId,
  sw,
}) => {
  const base = `chrome-extension://${extensionId}`;
  const page = await context.newPage();
  const shot = async (p: Page, lang: Lang, scheme: Scheme, width: number, name: string, full = false) => {
    await p.waitForTimeout(150); // fonts and the stepper settle
    await p.screenshot({ path: `${DIR}/${lang}-${scheme}-${width}-${name}.png`, fullPage: full });
  };

  // The cases: one sent through the app (its case page), one overdue, one draft (the popup's list).
  const main = markSent(
    seededCase({
      description: 'Шов на рукаве разошёлся после первой стирки. Продавец в чате не отвечает.',
      order: { orderDate: isoDaysAgo(12), receivedDate: isoDaysAgo(6) },
      buyer: {
        name: 'Айгерим Нурланова',
        phone: '+7 701 234 56 78',
        email: '',
        address: 'г. Алматы, ул. Абая, д. 10, кв. 5',
        iin: '',
      },
      proof: ['photo', 'chat-screenshot'],
    }),
    'app',
    isoDaysAgo(4),
    Date.now() - 4 * 86_400_000,
  );
  const overdue = markSent(
    seededCase({
      order: {
        orderNumber: '612000777',
        productTitle: 'Наушники беспроводные',
        sellerName: 'TechnoDom',
        price: 24_990,
        orderDate: isoDaysAgo(30),
        receivedDate: isoDaysAgo(25),
      },
    }),
    'hotline',
    isoDaysAgo(12),
    Date.now() - 12 * 86_400_000,
  );
  const draft = seededCase({
    status: 'draft',
    problem: 'late-delivery',
    remedy: null,
    order: {
      orderNumber: '612000888',
      productTitle: 'Комплект ALPIKA черный',
      sellerName: 'ИП ЖАРАС',
      price: 8763,
      receivedDate: null,
    },
  });
  await page.goto(`${base}/popup.html`);
  // The extension's own database is open (and upgraded) before the test writes into it.
  await expect(page.getByText(/Загрузка…|Loading…|Жүктелуде/)).toHaveCount(0);
  await clearTables(page, ['cases']);
  await putRows(page, 'cases', [main, overdue, draft]);
  // A photo on the main case (through the page, as a buyer adds it).
  await page.goto(`${base}/case.html?id=${main.id}`);
  await page.locator('input[name="evidence-files"]').setInputFiles({
    name: 'шов-на-рукаве.jpg',
    mimeType: 'image/jpeg',
    buffer: readFileSync(join(ROOT, 'tests', 'fixtures', 'kaspi-cdn', 'product.jpg')),
  });
  await expect(page.locator('.evidence-item')).toHaveCount(1);

  const product = REAL_PRODUCTS[1]!;
  // The panel makes a draft of its own each time it is filled in below: put the seeded cases back first,
  // so the next launcher click opens a fresh panel, not the offer to continue that draft.
  const ext = await context.newPage();
  await ext.goto(`${base}/popup.html`);
  const reseed = async () => {
    await clearTables(ext, ['cases', 'caseIndex']);
    await putRows(ext, 'cases', [main, overdue, draft]);
  };
  /** `save`: where a picture goes instead (the store set); every picture is then taken. */
  type Save = (name: string) => Promise<void>;
  const framed = async (lang: Lang, scheme: Scheme, width: number, height: number, save?: Save) => {
    const snap = save ?? ((name: string) => shot(page, lang, scheme, width, name));
    await reseed();
    await page.setViewportSize({ width, height });
    await page.goto(product.url);
    await expect(launcher(page)).toBeVisible();
    if (save || (lang === 'ru' && scheme === 'light')) await snap('01-launcher');
    await launcher(page).click();
    const panel = await panelFrame(page);
    await expect(panel.locator('h2[data-step="order"]')).toBeVisible();
    await panel.locator('select[name="seller"]').selectOption({ index: 2 });
    await panel.locator('input[name="orderNumber"]').fill('612345678');
    await panel.locator('h2[data-step]').click();
    await snap('02-panel-order');
    await page.keyboard.press('Escape');
    await reseed();
  };
  const tabSteps = async (
    lang: Lang,
    scheme: Scheme,
    width: number,
    height: number,
    steps: readonly string[],
    save?: Save,
  ) => {
    const snap = save ?? ((name: string) => shot(page, lang, scheme, width, name));
    await page.setViewportSize({ width, height });
    for (const step of steps) {
      await page.goto(`${base}/panel.html?case=${main.id}&step=${step}`);
      await expect(page.locator(`h2[data-step="${step}"]`)).toBeVisible();
      // The step's body is loaded when first shown (React.lazy): wait for it, not for "Загрузка…".
      await expect(page.getByText(/Загрузка…|Loading…|Жүктелуде/)).toHaveCount(0);
      await snap(`0${3 + STEPS.indexOf(step as 'order') - 1}-panel-${step}`);
    }
  };
  const pages = async (
    lang: Lang,
    scheme: Scheme,
    width: number,
    which: readonly ('popup' | 'case' | 'archive')[],
  ) => {
    for (const w of which) {
      if (w === 'popup') {
        await page.setViewportSize({ width: Math.min(width, 380), height: 600 });
        await page.goto(`${base}/popup.html`);
        await expect(page.locator('.case-item').nth(2)).toBeVisible();
        await shot(page, lang, scheme, width, '10-popup');
      }
      if (w === 'case') {
        await page.setViewportSize({ width, height: width > 400 ? 1000 : 740 });
        await page.goto(`${base}/case.html?id=${main.id}`);
        await expect(page.locator('.evidence-item')).toHaveCount(1);
        await shot(page, lang, scheme, width, '11-case-page', true);
        // The first screen only, for the flow strip.
        if (width < 400 && lang === 'ru' && scheme === 'light')
          await shot(page, lang, scheme, width, '11-case-top');
      }
      if (w === 'archive') {
        await page.setViewportSize({ width, height: 700 });
        await page.goto(`${base}/archive.html`);
        await expect(page.locator('input[name="archive"]')).toBeVisible();
        await shot(page, lang, scheme, width, '12-archive');
      }
    }
  };

  for (const scheme of STORE_ONLY ? [] : (['light', 'dark'] as const)) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const lang of ['ru', 'kk', 'en'] as const) {
      await setLang(sw, lang);
      const everything = lang === 'ru' && scheme === 'light';
      const subset = lang === 'ru';
      await framed(lang, scheme, 1280, 900);
      await tabSteps(lang, scheme, 1280, 900, everything ? STEPS.slice(1) : ['channel']);
      await pages(lang, scheme, 1280, everything ? ['popup', 'case', 'archive'] : ['popup', 'case']);
      if (subset) {
        await framed(lang, scheme, 360, 740);
        await tabSteps(lang, scheme, 360, 740, scheme === 'light' ? STEPS.slice(1) : ['channel']);
        await pages(lang, scheme, 360, scheme === 'light' ? ['popup', 'case', 'archive'] : ['case']);
      }
    }
  }

  // The store set: five pictures a language, light, exactly the store's size (the case page's first screen).
  await page.emulateMedia({ colorScheme: 'light' });
  for (const lang of ['ru', 'kk', 'en'] as const) {
    await setLang(sw, lang);
    const save = async (name: string) => {
      await page.waitForTimeout(150);
      const path = `${STORE_DIR}/${lang}-${name}.png`;
      await page.screenshot({ path });
      const png = readFileSync(path);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([STORE.width, STORE.height]);
    };
    await framed(lang, 'light', STORE.width, STORE.height, save);
    await tabSteps(lang, 'light', STORE.width, STORE.height, ['texts', 'channel'], save);
    await page.goto(`${base}/case.html?id=${main.id}`);
    await expect(page.locator('.evidence-item')).toHaveCount(1);
    await save('11-case-page');
  }
  if (STORE_ONLY) return;

  // The case page in each state of its life (Russian, light, 1280 and 360): waiting for an answer is
  // '11-case-page' above; then the seller refused the claim, the appeal went to the authority, the
  // seller refunded (resolved), and the buyer closed the case.
  await page.emulateMedia({ colorScheme: 'light' });
  await setLang(sw, 'ru');
  const now = Date.now();
  const claimed = markSent(main, 'claim-letter', isoDaysAgo(3), now - 3 * 86_400_000);
  const refused = recordOutcome(
    claimed,
    {
      party: 'seller',
      outcome: 'refused',
      date: isoDaysAgo(1),
      note: 'Продавец ответил, что шов — не брак.',
    },
    now - 86_400_000,
  );
  const escalated = escalate(refused, isoDaysAgo(0), now);
  const resolved = recordOutcome(
    claimed,
    { party: 'seller', outcome: 'refunded', date: isoDaysAgo(1), note: 'Деньги вернули на карту.' },
    now - 86_400_000,
  );
  const closed = closeCase(resolved, isoDaysAgo(0), now);
  const states: [string, typeof main][] = [
    ['11b-case-refused', refused],
    ['11c-case-escalated', escalated],
    ['11d-case-resolved', resolved],
    ['11e-case-closed', closed],
  ];
  for (const [name, row] of states) {
    await putRows(page, 'cases', [row]);
    // Announced as the app announces every write, so the background plans (or drops) its reminders.
    await ext.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'ui:cases-changed', payload: { caseIds: [id] } }),
      main.id,
    );
    await page.waitForTimeout(1000); // the background's 300 ms debounce, then its write
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: width > 400 ? 1000 : 740 });
      await page.goto(`${base}/case.html?id=${main.id}`);
      await expect(page.locator('.evidence-item')).toHaveCount(1);
      await shot(page, 'ru', 'light', width, name, width < 400);
    }
  }

  // The whole flow on a phone, step by step, in one picture (for the README).
  await page.emulateMedia({ colorScheme: 'light' });
  const strip: [string, string][] = [
    ['01-launcher', '1. On kaspi.kz: “Подготовить жалобу”'],
    ['02-panel-order', '2. The order, read from the page'],
    ['03-panel-problem', '3. What went wrong'],
    ['04-panel-remedy', '4. What you ask for'],
    ['05-panel-story', '5. What happened, and when'],
    ['06-panel-proof', '6. Proof to gather'],
    ['07-panel-texts', '7. Ready texts'],
    ['08-panel-channel', '8. Where to send it; “I sent it”'],
    ['11-case-top', '9. The case, its deadlines'],
  ];
  const figures = strip
    .map(([name, caption]) => {
      const data = readFileSync(`${DIR}/ru-light-360-${name}.png`).toString('base64');
      return `<figure><img src="data:image/png;base64,${data}" alt=""><figcaption>${caption}</figcaption></figure>`;
    })
    .join('');
  // A blank page of its own: on an extension page its CSP would block the inlined pictures.
  await page.goto('about:blank');
  await page.setViewportSize({ width: 9 * 196 + 24, height: 500 });
  await page.setContent(
    `<style>body{margin:0;padding:12px;background:#f2f3f6;font:13px/1.3 system-ui,sans-serif;color:#17181c;display:flex;gap:16px}
    figure{margin:0;width:180px}img{width:180px;border-radius:12px;box-shadow:0 2px 10px rgba(0,0,0,.18);display:block}
    figcaption{margin-top:8px;font-weight:600}</style>${figures}`,
  );
  await page.screenshot({ path: `${DIR}/flow-ru.png`, fullPage: true });
});
