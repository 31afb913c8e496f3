/**
 * Popup first render with N saved cases: the rows are written with raw IndexedDB into the extension's
 * own database (opened without a version, so Dexie's schema stays), then popup.html is opened fresh in a
 * tab `runs` times and the `shagym:popup-rendered` performance mark is read (ms since navigation start),
 * with `shagym:popup-script` (the popup's first line of script, entrypoints/popup-shell.ts): the time
 * between the two is the popup's own; before it, the browser's.
 */
import { max, median } from './stats.mjs';

const MARK = 'shagym:popup-rendered';
const SCRIPT_MARK = 'shagym:popup-script';

async function openPopupOnce(context, id, path = 'popup.html') {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${id}/${path}`, {
      waitUntil: 'domcontentloaded',
      timeout: 30_000,
    });
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARK, {
      timeout: 30_000,
      polling: 20,
    });
    return await page.evaluate(
      ([name, scriptName]) => {
        const mark = performance.getEntriesByName(name)[0];
        const script = performance.getEntriesByName(scriptName)[0];
        const nav = performance.getEntriesByType('navigation')[0];
        return {
          renderedMs: mark.startTime,
          scriptMs: script?.startTime ?? null,
          from: mark.detail?.from ?? 'react',
          cases: mark.detail?.cases ?? null,
          domContentLoadedMs: nav?.domContentLoadedEventEnd ?? null,
          listItems: document.querySelectorAll('li.case-item').length,
        };
      },
      [MARK, SCRIPT_MARK],
    );
  } finally {
    await page.close();
  }
}

function seed(page, rows) {
  return page.evaluate(
    (rows) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('shagym'); // no version: keep Dexie's schema
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('cases')) {
            db.close();
            return reject(new Error('no "cases" store: the popup did not create the database'));
          }
          const tx = db.transaction('cases', 'readwrite');
          const store = tx.objectStore('cases');
          store.clear();
          for (const row of rows) store.put(row);
          let count = -1;
          tx.oncomplete = () => {
            const ctx = db.transaction('cases', 'readonly').objectStore('cases').count();
            ctx.onsuccess = () => {
              count = ctx.result;
              db.close();
              resolve(count);
            };
            ctx.onerror = () => reject(ctx.error);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

export async function measurePopup({ context, id, rows, runs, baselineRuns }) {
  // What any extension page costs here before its first script runs (bench-blank.html, added to the
  // measured copy of the build): the floor under the popup's figure on this machine.
  const blank = [];
  for (let i = 0; i < runs; i++) blank.push(await openPopupOnce(context, id, 'bench-blank.html'));

  // First open: Dexie creates the database; also the empty-list baseline.
  const baseline = [];
  for (let i = 0; i < baselineRuns; i++) baseline.push(await openPopupOnce(context, id));

  const page = await context.newPage();
  let stored;
  try {
    await page.goto(`chrome-extension://${id}/popup.html`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARK, {
      timeout: 30_000,
    });
    stored = await seed(page, rows);
  } finally {
    await page.close();
  }

  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await openPopupOnce(context, id));
  const times = samples.map((s) => s.renderedMs);
  const own = samples.filter((s) => s.scriptMs !== null).map((s) => s.renderedMs - s.scriptMs);
  return {
    seeded: rows.length,
    stored,
    runs,
    medianMs: median(times),
    maxMs: max(times),
    /** From the popup's first line of script to the list on screen (its own time), median. */
    ownMedianMs: own.length === samples.length ? median(own) : null,
    ownMaxMs: own.length === samples.length ? max(own) : null,
    /** Where each run's first screen came from: 'snapshot' (utils/popup-shell) or 'react'. */
    from: samples.map((s) => s.from),
    /** The first open after the rows were written: nothing the popup may remember about them yet. */
    firstOpenMs: times[0],
    casesRendered: [...new Set(samples.map((s) => s.cases))],
    listItems: [...new Set(samples.map((s) => s.listItems))],
    medianDomContentLoadedMs: median(samples.map((s) => s.domContentLoadedMs)),
    blank: { runs, medianMs: median(blank.map((s) => s.renderedMs)) },
    baseline: {
      runs: baselineRuns,
      cases: [...new Set(baseline.map((s) => s.cases))],
      medianMs: median(baseline.map((s) => s.renderedMs)),
    },
    samples: times,
  };
}
