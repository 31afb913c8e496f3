import type { Page } from 'puppeteer-core';
import { allFixturePages } from '../support/kaspi-fixtures';
import { expect, openExtensionPage, serveKaspi, test, until } from './fixtures';

/**
 * Firefox: the launcher is injected by the background (scripting.executeScript) when the declared
 * classifier asks, into kaspi.kz only; a forged request from an extension page is refused.
 */
const launchers = (page: Page) => page.evaluate(() => document.querySelectorAll('shagym-launcher').length);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('Firefox: the launcher is injected on a complaint surface; nothing on another host; a forged request is refused', async ({
  firefox,
}) => {
  const page = await firefox.newPage();
  await serveKaspi(page);
  const order = allFixturePages().find((p) => p.kind === 'order')!;
  await page.goto(order.url, { waitUntil: 'domcontentloaded' });
  await until(async () => (await launchers(page)) === 1, `the launcher on ${order.url}`);

  const lookalike = allFixturePages().find((p) => p.url.startsWith('https://kaspi.kz.evil.com/'))!;
  await page.goto(lookalike.url, { waitUntil: 'load' });
  await pause(2000);
  expect(await launchers(page)).toBe(0);

  const category = allFixturePages().find((p) => p.url.startsWith('https://kaspi.kz/shop/c/'))!;
  await page.goto(category.url, { waitUntil: 'load' });
  await page.evaluate(() => window.postMessage({ type: 'cs:show-launcher', payload: {} }, '*'));
  const store = await openExtensionPage(firefox, '/case.html');
  const reply = await store.evaluate(() =>
    (
      globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).browser.runtime.sendMessage({ type: 'cs:show-launcher', payload: {} }),
  );
  expect(reply).toMatchObject({ ok: false, code: 'sender' });
  await pause(1500);
  expect(await launchers(page)).toBe(0);
});
