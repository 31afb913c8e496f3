/**
 * Page load with the extension ÷ without. Three persistent Chromium contexts with the same flags and
 * routing: one with the extension and two without (A and B). Every round loads each page once in each
 * context, in a fresh tab, in a shuffled order (seeded, so a run can be repeated), and reads the
 * load-event end from Navigation Timing.
 *
 * The figure is the median of per-triple ratios, extension ÷ the geometric mean of A and B loaded in
 * the same round: loads made seconds apart share the machine's state, so the drift of a shared machine
 * cancels out. The noise is reported beside it: the same statistic for B ÷ A (an A/A comparison: two
 * identical browsers without the extension, whose true ratio is 1), and bootstrap 95 % intervals of
 * both medians. The 1-minute load average is recorded at every round.
 *
 * In the extension context the time until the launcher exists is also read (an init script, installed
 * in every context alike, notes when <shagym-launcher> joins the page).
 */
import { loadavg } from 'node:os';
import { median, percentile } from './stats.mjs';
import { CATEGORY_URL } from './fixtures.mjs';

/** Notes when <shagym-launcher> appears (after DOMContentLoaded: it does not watch the parser). */
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
        .waitForFunction(() => globalThis.__benchLauncherAt, null, { timeout: 4_000, polling: 20 })
        .then((h) => h.jsonValue())
        .catch(() => null);
    }
    return { ...nav, launcherAt };
  } finally {
    await page.close();
  }
}

/** A small seeded PRNG (mulberry32): the shuffles of a run can be repeated. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Bootstrap 95 % interval of the median (2,000 resamples, seeded). */
export function medianInterval(values, seed = 1) {
  if (values.length < 2) return [NaN, NaN];
  const random = prng(seed);
  const medians = [];
  for (let i = 0; i < 2000; i++) {
    const sample = Array.from(values, () => values[Math.floor(random() * values.length)]);
    medians.push(median(sample));
  }
  return [percentile(medians, 2.5), percentile(medians, 97.5)];
}

/**
 * contexts: { ext, a, b } (Playwright BrowserContexts). Returns per-page and overall figures.
 */
export async function measurePageLoad({ contexts, products, rounds, warmup, seed = 13, log }) {
  // ext, a, b; optionally `floor`: the extension with no declared content script (what any content
  // script at all costs is the difference between the two).
  const names = Object.keys(contexts);
  const random = prng(seed);
  const empty = () => ({
    load: Object.fromEntries(names.map((n) => [n, []])),
    dcl: Object.fromEntries(names.map((n) => [n, []])),
    ratio: [],
    aa: [],
    floor: [],
    launcher: [],
  });
  const samples = new Map(products.map((p) => [p.url, empty()]));
  const loadAvg = [];
  let launcherMissing = 0;
  for (let round = -warmup; round < rounds; round++) {
    for (const p of shuffle(products, random)) {
      const got = {};
      for (const which of shuffle(names, random))
        got[which] = await loadOnce(contexts[which], p.url, { waitLauncher: which === 'ext' });
      if (round < 0) continue; // warm-up
      const s = samples.get(p.url);
      for (const n of names) {
        s.load[n].push(got[n].loadEventEnd);
        s.dcl[n].push(got[n].loadEventEnd - got[n].domContentLoaded);
      }
      s.ratio.push(got.ext.loadEventEnd / Math.sqrt(got.a.loadEventEnd * got.b.loadEventEnd));
      s.aa.push(got.b.loadEventEnd / got.a.loadEventEnd);
      if (got.floor)
        s.floor.push(got.floor.loadEventEnd / Math.sqrt(got.a.loadEventEnd * got.b.loadEventEnd));
      if (got.ext.launcherAt === null) launcherMissing++;
      else s.launcher.push(got.ext.launcherAt);
    }
    if (round >= 0) loadAvg.push(loadavg()[0]);
    if (round >= 0 && (round + 1) % 10 === 0)
      log?.(`  page load: ${round + 1}/${rounds} rounds (load average ${loadavg()[0].toFixed(1)})`);
  }

  const summarise = (s) => ({
    loads: s.ratio.length,
    medianLoadWithMs: median(s.load.ext),
    medianLoadWithoutMs: median([...s.load.a, ...s.load.b]),
    ratio: median(s.ratio),
    ratioInterval: medianInterval(s.ratio),
    aa: median(s.aa),
    aaInterval: medianInterval(s.aa),
    /** DOMContentLoaded → load: the window in which a document_idle content script can delay `load`. */
    medianDclToLoadWithMs: median(s.dcl.ext),
    medianDclToLoadWithoutMs: median([...s.dcl.a, ...s.dcl.b]),
    medianLauncherMs: median(s.launcher),
    floor: s.floor.length ? median(s.floor) : null,
    floorInterval: s.floor.length ? medianInterval(s.floor) : null,
  });
  const pages = products.map((p) => ({
    url: p.url,
    ...summarise(samples.get(p.url)),
    raw: samples.get(p.url),
  }));
  const all = empty();
  for (const s of samples.values()) {
    for (const n of names) {
      all.load[n].push(...s.load[n]);
      all.dcl[n].push(...s.dcl[n]);
    }
    all.ratio.push(...s.ratio);
    all.aa.push(...s.aa);
    all.floor.push(...s.floor);
    all.launcher.push(...s.launcher);
  }
  const overall = summarise(all);

  // A category page in the extension context: no launcher may appear, nothing is injected.
  const cat = await contexts.ext.newPage();
  let categoryLauncher;
  try {
    await cat.goto(CATEGORY_URL, { waitUntil: 'load', timeout: 30_000 });
    await cat.waitForTimeout(2_000); // load + idle + the classifier's look have long happened by then
    categoryLauncher = {
      launcher: await cat.evaluate(() => document.querySelector('shagym-launcher') !== null),
      extensionFrames: cat.frames().filter((f) => f.url().startsWith('chrome-extension:')).length,
    };
  } finally {
    await cat.close();
  }
  return {
    seed,
    pages,
    overall,
    launcherMissing,
    loadAverage: { min: Math.min(...loadAvg), median: median(loadAvg), max: Math.max(...loadAvg) },
    categoryPage: { url: CATEGORY_URL, ...categoryLauncher },
  };
}
