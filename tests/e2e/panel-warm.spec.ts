import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { expect, launcher, panelFrame, sessionStorageKeys, test } from './fixtures';

/**
 * The panel opens fast (issue 13): its frame starts loading, hidden, when the buyer points at the
 * launcher, and gets the page's facts only after the click, in a message carrying the frame's key (nothing
 * is stored on the way). See entrypoints/kaspi.content/panel-frame.ts and entrypoints/panel/start.ts.
 */
const product = REAL_PRODUCTS[0]!;

test('pointing at the launcher loads the panel hidden and without facts; forged facts are ignored; the click shows it prefilled', async ({
  context,
  sw,
}) => {
  const page = await context.newPage();
  await page.goto(product.url);
  await expect(launcher(page)).toBeVisible();
  await expect(page.locator('shagym-panel')).toHaveCount(0);

  // A page script sees the panel's hello (posted to the page it sits on) and so gets hold of the frame's
  // window: the real way for a page to post to it (window.frames does not list frames in shadow roots).
  await page.evaluate(() => {
    window.addEventListener('message', (e) => {
      const data = e.data as { type?: unknown } | null;
      if (data?.type === 'shagym:panel-hello')
        (window as unknown as { panelWindow: MessageEventSource | null }).panelWindow = e.source;
    });
  });
  await launcher(page).hover();
  const host = page.locator('shagym-panel');
  await expect(host).toHaveAttribute('data-state', 'warm');
  await expect(host).toBeHidden();
  const panel = await panelFrame(page);
  // Loaded and waiting: nothing of the page is in it, nothing was stored.
  await expect(panel.locator('main')).toContainText('Загрузка');
  await expect(panel.locator('input[name="productTitle"]')).toHaveCount(0);
  expect(await sessionStorageKeys(sw)).toEqual([]);

  // The page can post to the frame but does not know its key: its facts (and a message that would
  // show the panel) are ignored.
  await expect
    .poll(() => page.evaluate(() => Boolean((window as unknown as { panelWindow?: unknown }).panelWindow)))
    .toBe(true);
  await page.evaluate(() => {
    const target = (window as unknown as { panelWindow: Window }).panelWindow;
    const forged = {
      pageKind: 'product',
      pageUrl: location.href,
      facts: { productTitle: 'ПОДДЕЛКА', productCode: '999999999', price: 1 },
    };
    target.postMessage({ type: 'shagym:facts', facts: forged, key: crypto.randomUUID() }, '*');
    target.postMessage({ type: 'shagym:facts', facts: forged }, '*');
    target.postMessage({ type: 'shagym:facts', facts: null }, '*');
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
  await expect(panel.locator('input[name="productCode"]')).toHaveValue('121207970');
  expect(await sessionStorageKeys(sw)).toEqual([]); // nothing stored on the way

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
