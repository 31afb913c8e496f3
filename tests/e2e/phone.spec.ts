/**
 * Phones (issue 14 item 6), in Chromium with a touch-enabled 360 × 740 mobile viewport as a stand-in for
 * Firefox for Android: the launcher opens by a tap, and on every screen — the framed panel, each of the
 * panel's steps, the popup, the case page, the archive page — nothing scrolls sideways, every control is
 * a touch target of at least 44 × 44 px, and the panel's header is one line (title whole, close button
 * beside it) in Russian, Kazakh and English.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import { seededCase } from '../support/cases';
import { clearTables, putRows } from '../support/extension-db';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { LANG_KEY } from '../../utils/settings/keys';
import { expect, launchWithExtension, launcher, panelFrame, serviceWorker, test } from './fixtures';

const STEPS = ['order', 'problem', 'remedy', 'story', 'proof', 'texts', 'channel'] as const;
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

/** How far the page scrolls sideways (0: not at all). */
const sideScroll = (target: Page | Frame) =>
  target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Controls smaller than 44 × 44 px that a finger must hit: buttons, fields, selects, links styled as
 * buttons, folds' summaries, choice cards. Links inside running text are exempt (WCAG 2.5.5), and so
 * are the visually hidden.
 */
const smallTargets = (target: Page | Frame) =>
  target.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, select, textarea, input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), a.btn, summary, .choice, .case-item a, .back-link',
      ),
    ]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const hidden =
          r.width <= 1 || r.height <= 1 || style.visibility === 'hidden' || !el.checkVisibility();
        return !hidden && (r.width < 43.5 || r.height < 43.5);
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.localName}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`;
      }),
  );

/**
 * The header: one line, the title not cut, the close button (framed) or the way back to the list (a
 * tab) on the same line, beside the title.
 */
const headerLine = (frame: Frame) =>
  frame.evaluate(() => {
    const header = document.querySelector('header.bar')!.getBoundingClientRect();
    const h1 = document.querySelector<HTMLElement>('header.bar h1')!;
    const closeEl = document.querySelector('header.bar [data-close]');
    const control = (closeEl ?? document.querySelector('header.bar [data-back]')!).getBoundingClientRect();
    const line = parseFloat(getComputedStyle(h1).lineHeight);
    const title = h1.getBoundingClientRect();
    return {
      lines: Math.round(title.height / line),
      cut: h1.scrollWidth > h1.clientWidth,
      closeBeside:
        control.top >= header.top &&
        control.bottom <= header.bottom &&
        (closeEl ? control.left >= title.right : control.right <= title.left),
      headerHeight: Math.round(header.height),
    };
  });

async function setLang(sw: Worker, lang: string) {
  await sw.evaluate(
    ([key, value]) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({ [key]: value }),
    [LANG_KEY, lang] as const,
  );
}

test.describe.configure({ timeout: 180_000 });

let context: BrowserContext;
let dir: string;
test.beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shagym-phone-'));
  context = await launchWithExtension(dir, undefined, PHONE);
});
test.afterEach(async () => {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
});

test('at 360 px by touch: nothing scrolls sideways, every control is ≥ 44 px, the panel header is one line', async () => {
  const sw = await serviceWorker(context);
  const base = `chrome-extension://${new URL(sw.url()).host}`;
  const page = await context.newPage();
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  const problems: string[] = [];
  const check = async (screen: string, target: Page | Frame) => {
    const scroll = await sideScroll(target);
    if (scroll > 0) problems.push(`${screen}: scrolls sideways by ${scroll} px`);
    for (const small of await smallTargets(target)) problems.push(`${screen}: small target ${small}`);
  };

  // The launcher, by a tap, on a real product page; then the framed panel's header in each language.
  for (const lang of ['ru', 'kk', 'en']) {
    await setLang(sw, lang);
    await page.goto(REAL_PRODUCTS[1]!.url);
    await expect(launcher(page)).toBeVisible();
    const box = (await launcher(page).boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    await launcher(page).tap();
    await expect(page.locator('shagym-panel')).toHaveAttribute('data-state', 'ready');
    const panel = await panelFrame(page);
    await expect(panel.locator('h2[data-step="order"]')).toBeVisible();
    expect(await headerLine(panel), `panel header (${lang})`).toEqual({
      lines: 1,
      cut: false,
      closeBeside: true,
      headerHeight: expect.any(Number),
    });
    await check(`framed panel (${lang})`, panel);
    // The panel as a tab on the phone itself (360 px wide): the same header.
    const tab = await context.newPage();
    await tab.goto(`${base}/panel.html?from=app`);
    await expect(tab.locator('h2[data-step="order"]')).toBeVisible();
    expect(await tab.evaluate(() => innerWidth)).toBe(360);
    expect(await headerLine(tab.mainFrame()), `panel tab header (${lang})`).toEqual({
      lines: 1,
      cut: false,
      closeBeside: true,
      headerHeight: expect.any(Number),
    });
    await check(`panel tab, from the app (${lang})`, tab);
    await tab.close();
    // The other steps' names are one tap away (folded under the bars).
    await panel.locator('.steps-all summary').tap();
    await expect(panel.locator('.steps-all li')).toHaveCount(7);
    await check(`framed panel, all steps open (${lang})`, panel);
    await panel.locator('[data-close]').tap();
    await expect(page.locator('shagym-panel')).toHaveCount(0);
    // kaspi.kz's own controls are Kaspi's: only that our launcher and panel add no sideways scroll.
    expect(await sideScroll(page), `product page (${lang})`).toBeLessThanOrEqual(0);
  }
  await setLang(sw, 'ru');

  // Each step of the panel opened as a tab on a saved case, the popup, the case page, the archive page.
  const kase = seededCase({ description: 'Шов разошёлся после первой стирки.' });
  await page.goto(`${base}/popup.html`);
  await clearTables(page, ['cases']);
  await putRows(page, 'cases', [kase]);
  for (const step of STEPS) {
    await page.goto(`${base}/panel.html?case=${kase.id}&step=${step}`);
    await expect(page.locator(`h2[data-step="${step}"]`)).toBeVisible();
    if (step === 'texts') {
      await page.locator('[data-text="claim-letter"]').tap();
      await expect(page.locator('input[name="buyerName"]')).toBeVisible();
    }
    if (step === 'channel') {
      // "I sent it" is in view without scrolling, and its undo is a tap away.
      await expect(page.locator('[data-sent-bar]')).toBeInViewport();
      await page.getByRole('button', { name: 'Отметить как отправленное' }).tap();
      await expect(page.locator('[data-undo]')).toBeInViewport();
    }
    await check(`panel tab: ${step}`, page);
  }
  await page.goto(`${base}/popup.html`);
  await expect(page.locator('.case-item')).toHaveCount(1);
  await check('popup', page);
  await page.goto(`${base}/case.html?id=${kase.id}`);
  await expect(page.locator('section.evidence')).toBeVisible();
  await check('case page', page);
  await page.goto(`${base}/archive.html`);
  await expect(page.locator('input[name="archive"]')).toBeVisible();
  await check('archive page', page);

  expect(problems).toEqual([]);
});
