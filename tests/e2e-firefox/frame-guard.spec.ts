/**
 * Firefox: what a kaspi.kz page script can do to our launcher and framed panel (the hardening issue,
 * items 6 and 7), as tests/e2e/frame-guard.spec.ts does in Chromium. Firefox has no IntersectionObserver
 * v2: the content script's fallback check (entrypoints/kaspi.content/panel-frame.ts) tells the panel it
 * is covered. The buyer's input is real (trusted) mouse and keyboard input; what the panel shows is read
 * in its moz-extension frame (BiDi reaches it for reading with Firefox ESR 153).
 */
import type { Browser, Frame, Page } from 'puppeteer-core';
import { clickLauncherAsPage } from '../support/hostile-page';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import {
  EXTENSION_BASE,
  expect,
  openExtensionPage,
  openFramedPanel,
  serveKaspi,
  test,
  until,
} from './fixtures';

const product = REAL_PRODUCTS[2]!; // one seller: the focus starts on the order number

async function openReadyPanel(firefox: Browser): Promise<{ page: Page; frame: Frame }> {
  const page = await openFramedPanel(firefox, product.url);
  const frame = page.frames().find((f) => f.url().startsWith(`${EXTENSION_BASE}/panel.html`));
  if (!frame) throw new Error('No panel frame');
  await until(
    () =>
      frame.evaluate(() => (document.querySelector('input[name="productTitle"]') as HTMLInputElement)?.value),
    'the prefilled panel',
  );
  return { page, frame };
}

/** What the panel shows: its step, whether "Далее" is enabled, the notices. */
function panelState(frame: Frame) {
  return frame.evaluate(() => {
    const next = Array.from(document.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Далее',
    );
    return {
      step: document.querySelector('h2[data-step]')?.getAttribute('data-step') ?? null,
      nextEnabled: !!next && !next.disabled && !next.closest('fieldset:disabled'),
      covered: document.querySelector('[data-covered]')?.textContent ?? null,
      focusTaken: document.querySelector('[data-focus-taken]')?.textContent ?? null,
    };
  });
}

/** The centre of "Далее" in the page's coordinates (the frame's offset added). */
async function nextButtonPoint(page: Page, frame: Frame): Promise<{ x: number; y: number }> {
  const inFrame = await frame.evaluate(() => {
    const next = Array.from(document.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Далее',
    )!;
    next.scrollIntoView({ block: 'center' });
    const r = next.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  const host = await page.evaluate(() => {
    const r = document.querySelector('shagym-panel')!.getBoundingClientRect();
    return { x: r.left, y: r.top };
  });
  return { x: host.x + inFrame.x, y: host.y + inFrame.y };
}

const COVERED = 'Панель чем-то закрыта на странице';

/**
 * Overlays a page can draw over the panel while clicks pass through to it (`pointer-events: none`: hit
 * testing skips them, so "the frame is topmost at these points" cannot see them).
 */
const OVERLAYS: Record<string, string> = {
  'a fixed veil after our host': `
    const veil = document.createElement('div');
    veil.id = 'veil';
    veil.textContent = 'Получите приз!';
    veil.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none;background:rgba(255,255,255,.9)';
    document.documentElement.append(veil);
    return () => veil.remove();`,
  'a veil in a closed shadow root after our host': `
    const holder = document.createElement('div');
    const root = holder.attachShadow({ mode: 'closed' });
    const veil = document.createElement('div');
    veil.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none;background:rgba(255,255,255,.9)';
    root.append(veil);
    document.documentElement.append(holder);
    return () => holder.remove();`,
  'an open popover (the top layer)': `
    const veil = document.createElement('div');
    veil.popover = 'manual';
    veil.style.cssText = 'position:fixed;inset:0;width:auto;height:auto;margin:0;border:0;pointer-events:none;background:rgba(255,255,255,.9)';
    document.body.append(veil);
    veil.showPopover();
    return () => veil.remove();`,
  "the root's ::after": `
    const style = document.createElement('style');
    style.textContent = 'html::after { content: ""; position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; background: rgba(255,255,255,.9) }';
    document.head.append(style);
    return () => style.remove();`,
  'the body moved after our host with order (flex root)': `
    const style = document.createElement('style');
    style.textContent = 'html { display: flex } body { order: 1; flex: 1; position: static !important } #veil { position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; background: rgba(255,255,255,.9) }';
    const veil = document.createElement('div');
    veil.id = 'veil';
    document.head.append(style);
    document.body.append(veil);
    return () => { style.remove(); veil.remove(); };`,
};

for (const [name, script] of Object.entries(OVERLAYS)) {
  test(`Firefox: ${name} drawn over the panel, clicks passing through, switches "Далее" off with a notice`, async ({
    firefox,
  }) => {
    const { page, frame } = await openReadyPanel(firefox);
    expect(await panelState(frame)).toMatchObject({ step: 'order', nextEnabled: true, covered: null });
    const point = await nextButtonPoint(page, frame);
    await page.evaluate(`window.__undoOverlay = (() => { ${script} })()`);
    await until(async () => !(await panelState(frame)).nextEnabled, '"Далее" off');
    expect((await panelState(frame)).covered).toContain(COVERED);
    // The buyer's click through the overlay does nothing.
    await page.mouse.click(point.x, point.y);
    await new Promise((r) => setTimeout(r, 500));
    expect((await panelState(frame)).step).toBe('order');
    await page.evaluate('window.__undoOverlay()');
    await until(async () => (await panelState(frame)).nextEnabled, '"Далее" on again');
    expect((await panelState(frame)).covered).toBeNull();
  });
}

test('Firefox: the page making the panel transparent is undone or treated as covered', async ({
  firefox,
}) => {
  const { page, frame } = await openReadyPanel(firefox);
  const hostLook = () =>
    page.evaluate(() => {
      const host = document.querySelector('shagym-panel') as HTMLElement;
      return [host.getAttribute('style'), getComputedStyle(host).opacity, getComputedStyle(host).visibility];
    });
  // On our host: a style attribute is taken off, a style sheet loses to the shadow root's own.
  await page.evaluate(() => {
    const host = document.querySelector('shagym-panel') as HTMLElement;
    host.style.setProperty('opacity', '0.01', 'important');
  });
  await until(async () => (await hostLook())[0] === null, 'the style attribute taken off');
  expect(await hostLook()).toEqual([null, '1', 'visible']);
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.id = 'see-through';
    style.textContent =
      'shagym-panel, html > shagym-panel:not(#x) { opacity: .01 !important; visibility: hidden !important }';
    document.head.append(style);
  });
  await new Promise((r) => setTimeout(r, 700));
  expect(await hostLook()).toEqual([null, '1', 'visible']);
  expect(await panelState(frame)).toMatchObject({ nextEnabled: true, covered: null });
  // On the root element (which our host cannot override): treated as covered while it lasts.
  await page.evaluate(() => document.documentElement.style.setProperty('opacity', '0.05', 'important'));
  await until(async () => !(await panelState(frame)).nextEnabled, '"Далее" off');
  expect((await panelState(frame)).covered).toContain(COVERED);
  await page.evaluate(() => document.documentElement.style.removeProperty('opacity'));
  await until(async () => (await panelState(frame)).nextEnabled, '"Далее" on again');
  expect((await panelState(frame)).covered).toBeNull();
});

test('Firefox: a page script clicking the launcher opens nothing and stores nothing; a real click still works', async ({
  firefox,
}) => {
  const page = await firefox.newPage();
  await serveKaspi(page);
  await page.goto(product.url, { waitUntil: 'domcontentloaded' });
  await until(() => page.evaluate(() => !!document.querySelector('shagym-launcher')), 'the launcher');
  await page.evaluate(clickLauncherAsPage, 100);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await page.evaluate(() => document.querySelectorAll('shagym-panel').length)).toBe(0);
  const store = await openExtensionPage(firefox, '/popup.html');
  const sessionKeys = () =>
    store.evaluate(async () =>
      Object.keys(
        await (
          globalThis as unknown as { browser: { storage: { session: { get(k: null): Promise<object> } } } }
        ).browser.storage.session.get(null),
      ),
    );
  expect(await sessionKeys()).toEqual([]);
  await page.bringToFront();
  await page.locator('shagym-launcher').click();
  await until(
    () => page.evaluate(() => document.querySelector('shagym-panel')?.getAttribute('data-state') === 'ready'),
    'panel ready',
  );
});

test('Firefox: the page taking the focus while the buyer types: the panel takes it back and says so', async ({
  firefox,
}) => {
  const { page, frame } = await openReadyPanel(firefox);
  const field = () =>
    frame.evaluate(() => (document.querySelector('input[name="orderNumber"]') as HTMLInputElement).value);
  await until(
    () => frame.evaluate(() => document.activeElement?.getAttribute('name') === 'orderNumber'),
    'the focus on the order number',
  );
  await page.keyboard.type('6123');
  expect(await field()).toBe('6123');
  await page.evaluate(() => {
    const trap = document.createElement('input');
    trap.id = 'trap';
    document.body.prepend(trap);
    trap.focus();
  });
  await until(async () => (await panelState(frame)).focusTaken, 'the focus-taken notice');
  expect((await panelState(frame)).focusTaken).toContain('Страница забрала курсор');
  // Taken back at once: what the buyer types next lands in the panel's field, not in the page.
  await until(
    () => page.evaluate(() => document.activeElement?.localName === 'shagym-panel'),
    'the focus back in the panel',
  );
  await page.keyboard.type('45');
  expect(await page.$eval('#trap', (el) => (el as HTMLInputElement).value)).toBe('');
  await until(async () => (await field()) === '612345', 'the typing in the panel');
});
