import type { Worker } from '@playwright/test';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { expect, launcher, panelFrame, test } from './fixtures';

/**
 * The panel opens fast (issue 13): its frame starts loading, hidden, when the buyer points at the
 * launcher, and gets the page's facts only after the click (a one-time token, in a message carrying the
 * frame's key). See entrypoints/kaspi.content/panel-frame.ts and entrypoints/panel/start.ts.
 */
const product = REAL_PRODUCTS[0]!;

const sessionKeys = (sw: Worker) =>
  sw.evaluate(async () =>
    Object.keys(
      await (
        globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }
      ).chrome.storage.session.get(null),
    ),
  );

test('pointing at the launcher loads the panel hidden and without facts; a forged token is ignored; the click shows it prefilled', async ({
  context,
  sw,
}) => {
  const page = await context.newPage();
  await page.goto(product.url);
  await expect(launcher(page)).toBeVisible();
  await expect(page.locator('shagym-panel')).toHaveCount(0);

  await launcher(page).hover();
  const host = page.locator('shagym-panel');
  await expect(host).toHaveAttribute('data-state', 'warm');
  await expect(host).toBeHidden();
  const panel = await panelFrame(page);
  // Loaded and waiting: nothing of the page is in it, nothing was stashed.
  await expect(panel.locator('main')).toContainText('Загрузка');
  await expect(panel.locator('input[name="productTitle"]')).toHaveCount(0);
  expect(await sessionKeys(sw)).toEqual([]);

  // A page script can post to the frame (window.frames) but does not know its key.
  await page.evaluate(() => {
    for (let i = 0; i < window.frames.length; i++)
      window.frames[i]!.postMessage(
        { type: 'shagym:facts-token', token: crypto.randomUUID(), key: crypto.randomUUID() },
        '*',
      );
    for (let i = 0; i < window.frames.length; i++)
      window.frames[i]!.postMessage({ type: 'shagym:facts-token', token: null }, '*');
  });
  await page.waitForTimeout(500);
  await expect(host).toHaveAttribute('data-state', 'warm');
  await expect(panel.locator('main')).toContainText('Загрузка');

  // The click shows the same frame (not a new one), prefilled with the page's facts.
  await launcher(page).click();
  await expect(host).toHaveAttribute('data-state', 'ready');
  await expect(host).toBeVisible();
  expect(await panelFrame(page)).toBe(panel);
  await expect(panel.locator('input[name="productTitle"]')).toHaveValue('Рашгард черный');
  await expect.poll(() => sessionKeys(sw)).toEqual([]); // taken once, then gone

  // Closed with Escape: the launcher gets the focus back, and that (our own) focus loads nothing.
  await panel.locator('input[name="productTitle"]').press('Escape');
  await expect(host).toHaveCount(0);
  await page.waitForTimeout(500);
  await expect(host).toHaveCount(0);
});

test('the keyboard focus on the launcher loads the panel too; Enter opens it prefilled', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(product.url);
  await expect(launcher(page)).toBeVisible();
  await page.keyboard.press('Tab'); // the launcher is first in the body's tab order
  const host = page.locator('shagym-panel');
  await expect(host).toHaveAttribute('data-state', 'warm');
  await page.keyboard.press('Enter');
  await expect(host).toHaveAttribute('data-state', 'ready');
  const panel = await panelFrame(page);
  await expect(panel.locator('input[name="productTitle"]')).toHaveValue('Рашгард черный');
});
