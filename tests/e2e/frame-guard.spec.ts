import { clickLauncherAsPage } from '../support/hostile-page';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { expect, launcher, panelFrame, sessionStorageKeys, test } from './fixtures';

/** The page's hardening issue, items 6 and 7: what a kaspi.kz page script can do to our launcher and panel. */
const product = REAL_PRODUCTS[0]!;

async function openReadyPanel(page: import('@playwright/test').Page) {
  await page.goto(product.url);
  await expect(launcher(page)).toBeVisible();
  await launcher(page).click();
  await expect(page.locator('shagym-panel')).toHaveAttribute('data-state', 'ready');
  const panel = await panelFrame(page);
  await expect(panel.locator('input[name="productTitle"]')).toHaveValue('Рашгард черный');
  return panel;
}

test('a page script clicking the launcher 100 times opens nothing and stores nothing; a real click still works', async ({
  context,
  sw,
}) => {
  const page = await context.newPage();
  await page.goto(product.url);
  await expect(launcher(page)).toBeVisible();
  // Everything a page script can reach: the host, and the button if the shadow root let it.
  await page.evaluate(clickLauncherAsPage, 100);
  await page.waitForTimeout(1500);
  await expect(page.locator('shagym-panel')).toHaveCount(0);
  expect(await sessionStorageKeys(sw)).toEqual([]);
  // The buyer's own click opens the panel, with the page's facts.
  await launcher(page).click();
  const panel = await panelFrame(page);
  await expect(panel.locator('input[name="productTitle"]')).toHaveValue('Рашгард черный');
  await expect.poll(() => sessionStorageKeys(sw)).toEqual([]); // nothing kept
});

test('a page overlay drawn over the panel (clicks passing through) switches "Далее" off with a notice', async ({
  context,
}) => {
  const page = await context.newPage();
  const panel = await openReadyPanel(page);
  const next = panel.getByRole('button', { name: 'Далее' });
  await expect(next).toBeEnabled();
  await expect(panel.locator('[data-covered]')).toHaveCount(0);
  await page.evaluate(() => {
    const veil = document.createElement('div');
    veil.id = 'veil';
    veil.textContent = 'Получите приз!';
    veil.style.cssText =
      'position:fixed;inset:0;z-index:2147483647;pointer-events:none;background:rgba(255,255,255,.9)';
    document.documentElement.append(veil); // after our host: painted over it
  });
  await expect(next).toBeDisabled();
  await expect(panel.locator('[data-covered]')).toContainText('Панель чем-то закрыта на странице');
  await page.evaluate(() => document.getElementById('veil')?.remove());
  await expect(next).toBeEnabled();
  await expect(panel.locator('[data-covered]')).toHaveCount(0);
});

test('styles and attributes the page puts on our hosts are taken off again', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(product.url);
  await expect(launcher(page)).toBeVisible();
  await page.evaluate(() => {
    const host = document.querySelector('shagym-launcher') as HTMLElement;
    host.setAttribute('style', 'opacity: 0 !important; display: none !important; transform: scale(0)');
    host.inert = true;
    host.className = 'hide-me';
  });
  await expect
    .poll(() =>
      page.evaluate(() => {
        const host = document.querySelector('shagym-launcher') as HTMLElement;
        return {
          style: host.getAttribute('style'),
          inert: host.inert,
          cls: host.className,
          opacity: getComputedStyle(host).opacity,
        };
      }),
    )
    .toEqual({ style: null, inert: false, cls: '', opacity: '1' });
  await launcher(page).click(); // not inert: the buyer's click works
  await expect(page.locator('shagym-panel')).toHaveAttribute('data-state', 'ready');
  await page.evaluate(() => {
    const host = document.querySelector('shagym-panel') as HTMLElement;
    host.style.setProperty('opacity', '0.01', 'important');
    host.setAttribute('data-state', 'gone');
  });
  await expect
    .poll(() =>
      page.evaluate(() => {
        const host = document.querySelector('shagym-panel') as HTMLElement;
        return [host.getAttribute('style'), host.getAttribute('data-state'), getComputedStyle(host).opacity];
      }),
    )
    .toEqual([null, 'ready', '1']);
});

test('the page taking the focus while the buyer types: the panel takes it back and says so', async ({
  context,
}) => {
  const page = await context.newPage();
  const panel = await openReadyPanel(page);
  const field = panel.locator('input[name="orderNumber"]');
  await field.click();
  await page.keyboard.type('6123');
  await page.evaluate(() => {
    const trap = document.createElement('input');
    trap.id = 'trap';
    document.body.prepend(trap);
    trap.focus();
  });
  await expect(panel.locator('[data-focus-taken]')).toContainText('Страница забрала курсор');
  // The focus is taken back from the page at once: what the buyer types next does not land in the page.
  await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('shagym-panel');
  await page.keyboard.type('45');
  expect(await page.locator('#trap').inputValue()).toBe('');
  // One click on "return" and the typing goes on in the panel's field.
  await panel.getByRole('button', { name: 'Вернуться в панель' }).click();
  await expect(panel.locator('[data-focus-taken]')).toHaveCount(0);
  await expect(field).toBeFocused();
  await page.keyboard.type('45678');
  await expect(field).toHaveValue(/^6123(45)?45678$/);
  expect(await page.locator('#trap').inputValue()).toBe('');
});
