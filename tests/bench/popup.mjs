/**
 * Popup first render with N saved cases: the rows are written with raw IndexedDB into the extension's
 * own database (opened without a version, so Dexie's schema stays), then the background is asked to
 * sync (`ui:sync-reminders`), which writes every case's index row (utils/cases/summary.ts) as the app's
 * own writes do. Then popup.html is opened fresh in a tab `runs` times and the `shagym:popup-rendered`
 * performance mark is read (ms since navigation start), with `shagym:popup-script` (the popup's first line
 * of script): the time between the two is the popup's own; before it, the browser's. Every other open
 * follows a save (one case written with its index row, as utils/cases/store.ts does): nothing the popup
 * remembered about the list may then be used.
 */
import { readStore } from './idb.mjs';
import { max, median } from './stats.mjs';

const MARK = 'shagym:popup-rendered';
const SCRIPT_MARK = 'shagym:popup-script';

/**
 * Nothing is run in the page until its render mark (and its first contentful paint) is there:
 * Playwright's `waitForFunction` first evaluates its own injected script in the page (~13 ms of the
 * page's main thread, seen in a trace), which would land in the middle of whatever page is still
 * drawing (the popup, the floor) and not in the blank page's (its mark is its first line). So the page
 * loads, then its marks are read after the fact with plain evaluations: a mark's time does not depend
 * on when it is read.
 */
async function waitForMark(page) {
  const deadline = Date.now() + 30_000;
  let marked = null;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [mark, painted] = await page.evaluate(
      (name) => [
        performance.getEntriesByName(name).length > 0,
        performance.getEntriesByName('first-contentful-paint').length > 0,
      ],
      MARK,
    );
    // The paint is waited for a little while after the mark; a page without one is counted as `missing`.
    if (mark && (painted || (marked ??= Date.now()) + 2_000 < Date.now())) return;
    if (Date.now() > deadline) throw new Error(`no ${MARK} mark within 30 s`);
  }
}

/**
 * The size Chrome gives the popup here: its body is 380 px wide (entrypoints/popup/popup.css) and a popup
 * is at most 600 px high. Every page of the comparison (the popup, the blank page, the floor) is opened at
 * it: a 1280 px tab would draw the popup as its full-tab page (a wider column, more to paint).
 */
const POPUP_VIEWPORT = { width: 380, height: 600 };

async function openPopupOnce(context, id, path = 'popup.html') {
  const page = await context.newPage();
  try {
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.goto(`chrome-extension://${id}/${path}`, { waitUntil: 'load', timeout: 30_000 });
    await waitForMark(page);
    return await page.evaluate(
      ([name, scriptName]) => {
        const mark = performance.getEntriesByName(name)[0];
        const script = performance.getEntriesByName(scriptName)[0];
        const nav = performance.getEntriesByType('navigation')[0];
        return {
          renderedMs: mark.startTime,
          fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          scriptMs: script?.startTime ?? null,
          from: mark.detail?.from ?? 'react',
          cases: mark.detail?.cases ?? null,
          domContentLoadedMs: nav?.domContentLoadedEventEnd ?? null,
          listItems: document.querySelectorAll('li.case-item').length,
          marks: performance
            .getEntriesByType('mark')
            .map((m) => `${m.name}@${m.startTime.toFixed(0)}${m.detail ? JSON.stringify(m.detail) : ''}`),
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

/** Asks the background to sync, from an extension page: it indexes the cases written behind its back. */
function sync(page) {
  return page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:sync-reminders', payload: {} }));
}

/** How many cases have an index row (the background's sync is done). */
const indexed = (page) => readStore(page, 'caseIndex', 'count');

/**
 * A save of case number `n` as the app's one door makes it (utils/cases/store.ts): the case with a new
 * `updatedAt` and, in the same transaction, its index row with the same `updatedAt` (and `newestFirst`,
 * its negation) and a new write stamp.
 * Its content (hence its rank) is unchanged.
 */
function save(page, n) {
  return page.evaluate(
    (n) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['cases', 'caseIndex'], 'readwrite');
          const cases = tx.objectStore('cases');
          const index = tx.objectStore('caseIndex');
          const keys = cases.getAllKeys();
          keys.onsuccess = () => {
            const id = keys.result[n % keys.result.length];
            const row = cases.get(id);
            const summary = index.get(id);
            tx.oncomplete = () => {
              db.close();
              resolve(id);
            };
            summary.onsuccess = () => {
              const now = Date.now();
              cases.put({ ...row.result, updatedAt: now });
              if (summary.result)
                index.put({ ...summary.result, updatedAt: now, newestFirst: -now, writtenAt: now });
            };
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    n,
  );
}

export async function measurePopup({ context, id, rows, runs, baselineRuns, floorPage = null }) {
  // What any extension page costs here before its first script runs (bench-blank.html, added to the
  // measured copy of the build), opened beside each popup open; and the floor (./floors.mjs) beside it.
  const blank = [];
  const floor = [];

  // First open: Dexie creates the database; also the empty-list baseline.
  const baseline = [];
  for (let i = 0; i < baselineRuns; i++) baseline.push(await openPopupOnce(context, id));

  // Seeded and indexed from the settings page (a page the background answers): no popup is open meanwhile.
  const page = await context.newPage();
  let stored;
  let index;
  const samples = [];
  try {
    await page.goto(`chrome-extension://${id}/settings.html`, { waitUntil: 'domcontentloaded' });
    stored = await seed(page, rows);
    const reply = await sync(page);
    index = await indexed(page);
    if (index !== stored)
      throw new Error(`the sync indexed ${index} of ${stored} cases: ${JSON.stringify(reply)}`);
    for (let i = 0; i < runs; i++) {
      const afterSave = i % 2 === 0;
      if (afterSave) await save(page, i * 37);
      // The baselines alternate before and after the popup, so that neither always comes first.
      const baselines = async () => {
        blank.push({ ...(await openPopupOnce(context, id, 'bench-blank.html')), afterSave });
        if (floorPage) floor.push({ ...(await openPopupOnce(context, id, floorPage)), afterSave });
      };
      if (i % 4 < 2) await baselines();
      samples.push({ ...(await openPopupOnce(context, id)), afterSave });
      if (i % 4 >= 2) await baselines();
    }
  } finally {
    await page.close();
  }

  const times = samples.map((s) => s.renderedMs);
  /** Each open ÷ the blank page opened beside it (same round): steadier than a ratio of medians when the machine drifts. */
  const paired = (afterSave) =>
    median(
      samples.flatMap((s, i) =>
        s.afterSave === afterSave && blank[i] ? [s.renderedMs / blank[i].renderedMs] : [],
      ),
    );
  const own = samples.filter((s) => s.scriptMs !== null).map((s) => s.renderedMs - s.scriptMs);
  const afterSave = samples.filter((s) => s.afterSave).map((s) => s.renderedMs);
  const repeated = samples.filter((s) => !s.afterSave).map((s) => s.renderedMs);
  return {
    indexed: index,
    /** Opens that follow a save (every other one), navigation start → list. */
    afterSave: {
      runs: afterSave.length,
      medianMs: median(afterSave),
      maxMs: max(afterSave),
      pairedRatio: paired(true),
    },
    /** Opens with nothing written since the last one. */
    repeated: {
      runs: repeated.length,
      medianMs: median(repeated),
      maxMs: max(repeated),
      pairedRatio: paired(false),
    },
    seeded: rows.length,
    stored,
    runs,
    medianMs: median(times),
    maxMs: max(times),
    /** From the popup's first line of script to the list on screen (its own time), median. */
    ownMedianMs: own.length === samples.length ? median(own) : null,
    ownMaxMs: own.length === samples.length ? max(own) : null,
    /** Where each run's first screen came from: 'index' (drawn before React, utils/popup-shell) or 'react'. */
    from: samples.map((s) => s.from),
    /** The first open after the rows were written: nothing the popup may remember about them yet. */
    firstOpenMs: times[0],
    casesRendered: [...new Set(samples.map((s) => s.cases))],
    listItems: [...new Set(samples.map((s) => s.listItems))],
    medianDomContentLoadedMs: median(samples.map((s) => s.domContentLoadedMs)),
    blank: {
      runs,
      medianMs: median(blank.map((s) => s.renderedMs)),
      afterSaveMs: median(blank.filter((s) => s.afterSave).map((s) => s.renderedMs)),
      repeatedMs: median(blank.filter((s) => !s.afterSave).map((s) => s.renderedMs)),
    },
    /** The floor page (./floors.mjs): open the database, list 10 index rows unstyled; null without one. */
    floor: floor.length
      ? {
          runs: floor.length,
          medianMs: median(floor.map((s) => s.renderedMs)),
          /** Opens of the floor that follow the same saves as the popup's. */
          afterSaveMs: median(floor.filter((s) => s.afterSave).map((s) => s.renderedMs)),
          repeatedMs: median(floor.filter((s) => !s.afterSave).map((s) => s.renderedMs)),
          cases: floor[0].cases,
        }
      : null,
    baseline: {
      runs: baselineRuns,
      cases: [...new Set(baseline.map((s) => s.cases))],
      medianMs: median(baseline.map((s) => s.renderedMs)),
    },
    samples: times,
    /**
     * When each page was on screen: its first contentful paint (the frame presented, as the browser
     * reports it; coarsened to a few ms), not the mark set when the list is put in the page. The popup
     * paints nothing contentful before its list (the shell adds the whole first screen at once; React
     * comes after), so its first contentful paint is the list's: `beforeList` counts opens where a
     * contentful paint came before the render mark (then the figure would not be the list's).
     */
    paint: {
      popupMs: median(samples.map((s) => s.fcpMs)),
      blankMs: median(blank.map((s) => s.fcpMs)),
      floorMs: floor.length ? median(floor.map((s) => s.fcpMs)) : null,
      pairedRatio: median(samples.flatMap((s, i) => (blank[i]?.fcpMs ? [s.fcpMs / blank[i].fcpMs] : []))),
      /** From the render mark to the list's paint, median. */
      afterMarkMs: median(samples.map((s) => s.fcpMs - s.renderedMs)),
      beforeList: samples.filter((s) => s.fcpMs < s.renderedMs).length,
      missing: [...samples, ...blank].filter((s) => s.fcpMs === null).length,
    },
    marks: samples.map((s) => `${s.afterSave ? 'save' : 'same'}: ${s.marks.join(' ')}`),
  };
}
