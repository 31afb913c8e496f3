/**
 * Firefox: the strict Content Security Policy of the extension pages (build/csp.ts) is in the built
 * manifest and enforced — what it forbids is refused and reported in Firefox's console, the report every
 * other Firefox test fails on (fixtures.ts) — and the panel still opens framed on kaspi.kz.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PAGES_CSP } from '../../build/csp';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import {
  EXTENSION_BASE,
  EXTENSION_PATH,
  cspReports,
  expect,
  openExtensionPage,
  openFramedPanel,
  serveKaspi,
  test,
  until,
} from './fixtures';

test('Firefox: the built manifest carries the CSP', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as {
    content_security_policy?: { extension_pages?: string };
  };
  expect(manifest.content_security_policy?.extension_pages).toBe(EXTENSION_PAGES_CSP);
});

test('Firefox: an extension page refuses inline script, a style sheet of its own and any request, and reports each', async ({
  firefox,
}) => {
  test.info().annotations.push({ type: 'csp-reports-expected', description: 'this test makes them' });
  const page = await openExtensionPage(firefox, '/popup.html');
  await serveKaspi(page); // kaspi.kz would answer: only the CSP can refuse the request
  expect(await cspReports(firefox)).toEqual([]);
  const outcome = await page.evaluate(async () => {
    const violated: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violated.push(e.effectiveDirective));
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.head.append(inline);
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid rgb(1, 2, 3) }';
    document.head.append(style);
    const fetched = await fetch('https://kaspi.kz/shop/').then(
      () => true,
      () => false,
    );
    await new Promise((r) => setTimeout(r, 300));
    return {
      inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
      inlineStyle: getComputedStyle(document.body).outlineWidth === '7px',
      fetched,
      violated: [...new Set(violated)].sort(),
    };
  });
  expect(outcome).toEqual({
    inlineRan: false,
    inlineStyle: false,
    fetched: false,
    violated: ['connect-src', 'script-src-elem', 'style-src-elem'],
  });
  await until(async () => (await cspReports(firefox)).length >= 3, 'the CSP reports in the console');
  const reports = await cspReports(firefox);
  expect(reports.every((r) => r.source.startsWith('moz-extension://'))).toBe(true);
});

test('Firefox: the panel opens framed on kaspi.kz under the CSP', async ({ firefox }) => {
  await openFramedPanel(firefox, REAL_PRODUCTS[0]!.url);
  // (The fixture fails this test on any CSP report, the framed panel's and the background's included.)
});

test('Firefox: a kaspi.kz page framed by another site cannot frame the panel (frame-ancestors)', async ({
  firefox,
}) => {
  test.info().annotations.push({ type: 'csp-reports-expected', description: 'the refusal is one' });
  const product = REAL_PRODUCTS[0]!;
  const page = await firefox.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === 'https://elsewhere.example/')
      return void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<iframe src="${product.url}" width="900" height="700"></iframe>`,
      });
    if (request.url().startsWith('https://kaspi.kz/') && request.isNavigationRequest())
      return void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>kaspi.kz</title><p>framed kaspi.kz page</p>',
      });
    if (request.url().startsWith('moz-extension:')) return void request.continue();
    return void request.abort();
  });
  await page.goto('https://elsewhere.example/', { waitUntil: 'load' });
  const kaspi = await until(
    async () => page.frames().find((f) => f.url() === product.url),
    'the kaspi.kz frame',
  );
  await kaspi!.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, `${EXTENSION_BASE}/panel.html`);
  const refused = await until(
    async () => (await cspReports(firefox)).find((r) => /frame-ancestors/.test(r.message)),
    'a frame-ancestors report',
  );
  expect(refused!.message).toContain('frame-ancestors');
});
