/**
 * Page load with the extension ÷ without: two persistent Chromium contexts (one with the extension), the
 * same flags and routing; loads alternate between them, each in a fresh tab, and the load-event end is
 * read from Navigation Timing. In the extension context the time until the launcher exists is also read
 * (an init script, installed in both contexts alike, notes when <shagym-launcher> joins <html>).
 */
import { median } from './stats.mjs';
import { CATEGORY_URL } from './fixtures.mjs';

/**
 * Notes when <shagym-launcher> appears. The content script runs at document_idle, after
 * DOMContentLoaded, so the observer starts only then: it does not watch the parser build the page.
 */
const LAUNCHER_WATCH = () => {
  const w = globalThis;
  w.__benchLauncherAt = null;
  const found = () => document.querySelector('shagym-launcher') !== null;
  const start = () => {
    if (found()) {
      w.__benchLauncherAt = performance.now();
      return;
    }
    const obs = new MutationObserver(() => {
      if (found()) {
        w.__benchLauncherAt = performance.now();
        obs.disconnect();
      }
    });
    obs.observe(document, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
};

export async function installLauncherWatch(context) {
  await context.addInitScript(LAUNCHER_WATCH);
}

async function loadOnce(context, url, { waitLauncher }) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(
      () => (performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0) > 0,
      null,
      { timeout: 10_000, polling: 20 },
    );
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return { loadEventEnd: n.loadEventEnd, domContentLoaded: n.domContentLoadedEventEnd };
    });
    let launcherAt = null;
    if (waitLauncher) {
      launcherAt = await page
        .waitForFunction(() => globalThis.__benchLauncherAt, null, { timeout: 3_000, polling: 20 })
        .then((h) => h.jsonValue())
        .catch(() => null);
    }
    return { ...nav, launcherAt };
  } finally {
    await page.close();
  }
}

export async function measurePageLoad({ ext, plain, products, rounds, warmup, log }) {
  const samples = new Map(
    products.map((p) => [
      p.url,
      { ext: [], plain: [], paired: [], launcher: [], dcl: { ext: [], plain: [] } },
    ]),
  );
  let launcherMissing = 0;
  for (let round = -warmup; round < rounds; round++) {
    for (const p of products) {
      // Alternate which context goes first, so neither always loads right after the other.
      const order = (round + products.indexOf(p)) % 2 === 0 ? ['ext', 'plain'] : ['plain', 'ext'];
      const pair = {};
      for (const which of order) {
        const r = await loadOnce(which === 'ext' ? ext : plain, p.url, { waitLauncher: which === 'ext' });
        if (round < 0) continue; // warm-up
        const s = samples.get(p.url);
        pair[which] = r.loadEventEnd;
        s[which].push(r.loadEventEnd);
        s.dcl[which].push(r.domContentLoaded);
        if (which === 'ext') {
          if (r.launcherAt === null) launcherMissing++;
          else s.launcher.push(r.launcherAt);
        }
      }
      if (round >= 0) samples.get(p.url).paired.push(pair.ext / pair.plain);
    }
    if (round >= 0 && (round + 1) % 5 === 0) log?.(`  page load: ${round + 1}/${rounds} rounds`);
  }

  const pages = products.map((p) => {
    const s = samples.get(p.url);
    const withExt = median(s.ext);
    const without = median(s.plain);
    return {
      url: p.url,
      rounds: s.ext.length,
      medianLoadWithMs: withExt,
      medianLoadWithoutMs: without,
      ratio: withExt / without,
      deltaMs: withExt - without,
      /** Median of ext/plain ratios of loads made back to back: less sensitive to the machine's drift. */
      pairedRatio: median(s.paired),
      medianDclWithMs: median(s.dcl.ext),
      medianDclWithoutMs: median(s.dcl.plain),
      /** DOMContentLoaded → load: the window in which a document_idle content script can delay `load`. */
      medianDclToLoadWithMs: median(s.ext.map((v, i) => v - s.dcl.ext[i])),
      medianDclToLoadWithoutMs: median(s.plain.map((v, i) => v - s.dcl.plain[i])),
      medianLauncherMs: median(s.launcher),
      samples: {
        with: s.ext,
        without: s.plain,
        dclWith: s.dcl.ext,
        dclWithout: s.dcl.plain,
        launcher: s.launcher,
      },
    };
  });
  const allExt = pages.flatMap((p) => p.samples.with);
  const allPlain = pages.flatMap((p) => p.samples.without);
  const overall = {
    medianLoadWithMs: median(allExt),
    medianLoadWithoutMs: median(allPlain),
    ratio: median(allExt) / median(allPlain),
    deltaMs: median(allExt) - median(allPlain),
    medianDclToLoadWithMs: median(
      pages.flatMap((p) => p.samples.with.map((v, i) => v - p.samples.dclWith[i])),
    ),
    medianDclToLoadWithoutMs: median(
      pages.flatMap((p) => p.samples.without.map((v, i) => v - p.samples.dclWithout[i])),
    ),
    pairedRatio: median(pages.flatMap((p) => samples.get(p.url).paired)),
    medianLauncherMs: median(pages.flatMap((p) => p.samples.launcher)),
  };

  // A category page in the extension context: no launcher may appear (classification only).
  const cat = await ext.newPage();
  let categoryLauncher;
  try {
    await cat.goto(CATEGORY_URL, { waitUntil: 'load', timeout: 30_000 });
    await cat.waitForTimeout(1_500); // document_idle + the language read have long happened by then
    categoryLauncher = {
      launcher: await cat.evaluate(() => document.querySelector('shagym-launcher') !== null),
      extensionFrames: cat.frames().filter((f) => f.url().startsWith('chrome-extension:')).length,
    };
  } finally {
    await cat.close();
  }
  return { pages, overall, launcherMissing, categoryPage: { url: CATEGORY_URL, ...categoryLauncher } };
}
