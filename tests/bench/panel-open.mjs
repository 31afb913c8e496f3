/**
 * The panel opens fast: a click on the launcher → the panel prefilled and interactive (the panel posts
 * "ready" to its host once the page's facts are in the form and the first field has the focus; the host
 * then shows data-state="ready"), against a blank extension page framed on the same kaspi.kz page in
 * the same run (inserted into the page → its first script has run). Each run is a fresh load of a
 * product page; the two are measured on it one after the other, in alternating order.
 */
import { median } from './stats.mjs';

/** The baseline frame: an extension page with one module script that tells its parent it has run. */
export const BLANK_FRAME_HTML =
  '<!doctype html><meta charset="utf-8"><p>blank</p><script type="module" src="bench-frame.js"></script>\n';
export const BLANK_FRAME_JS = "parent.postMessage('shagym-bench:frame-ran', '*');\n";

/** Page-side probes (main world): when a click reached the page and when the panel host became ready. */
const PROBES = () => {
  const w = globalThis;
  w.__benchClickAt = null;
  w.__benchReadyAt = null;
  window.addEventListener(
    'click',
    (e) => {
      if (e.isTrusted && w.__benchClickAt === null) w.__benchClickAt = performance.now();
    },
    true,
  );
  const obs = new MutationObserver(() => {
    if (w.__benchReadyAt === null && document.querySelector('shagym-panel[data-state="ready"]'))
      w.__benchReadyAt = performance.now();
  });
  const start = () =>
    obs.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-state'],
    });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
};

async function blankFrame(page, src) {
  return page.evaluate(
    (url) =>
      new Promise((resolve, reject) => {
        const frame = document.createElement('iframe');
        frame.style.cssText =
          'position:fixed;top:0;right:0;width:440px;height:100vh;border:0;z-index:2147483647';
        const timer = setTimeout(() => reject(new Error('the blank frame did not run')), 10_000);
        const onMessage = (e) => {
          if (e.source !== frame.contentWindow || e.data !== 'shagym-bench:frame-ran') return;
          const ms = performance.now() - t0;
          clearTimeout(timer);
          window.removeEventListener('message', onMessage);
          frame.remove();
          resolve(ms);
        };
        window.addEventListener('message', onMessage);
        const t0 = performance.now();
        frame.src = url;
        document.documentElement.append(frame);
      }),
    src,
  );
}

async function panelOnce(page) {
  await page.locator('shagym-launcher').click();
  const handle = await page.waitForFunction(
    () => globalThis.__benchReadyAt !== null && globalThis.__benchClickAt !== null,
    null,
    { timeout: 20_000, polling: 10 },
  );
  await handle.dispose();
  return page.evaluate(() => globalThis.__benchReadyAt - globalThis.__benchClickAt);
}

export async function measurePanelOpen({ context, id, product, runs }) {
  await context.addInitScript(PROBES);
  const blankUrl = `chrome-extension://${id}/bench-frame.html`;
  const panel = [];
  const blank = [];
  const paired = [];
  let prefilled = null;
  for (let run = -1; run < runs; run++) {
    const page = await context.newPage();
    try {
      await page.goto(product.url, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForFunction(() => document.querySelector('shagym-launcher'), null, { timeout: 15_000 });
      await page.waitForTimeout(300); // let the launcher's own start settle
      let p;
      let b;
      if (run % 2 === 0) {
        b = await blankFrame(page, blankUrl);
        p = await panelOnce(page);
      } else {
        p = await panelOnce(page);
        b = await blankFrame(page, blankUrl);
      }
      if (prefilled === null) {
        const frame = page.frames().find((f) => f.url().includes('/panel.html'));
        const code = await frame
          ?.locator('input[name="productCode"]')
          .inputValue()
          .catch(() => null);
        prefilled = { expected: product.code, found: code ?? null };
      }
      if (run < 0) continue; // warm-up
      panel.push(p);
      blank.push(b);
      paired.push(p / b);
    } finally {
      await page.close();
    }
  }
  return {
    runs,
    panelMedianMs: median(panel),
    blankMedianMs: median(blank),
    ratio: median(panel) / median(blank),
    pairedRatio: median(paired),
    prefilled,
    samples: { panel, blank },
  };
}
