/**
 * Showing the first screen (entrypoints/popup-shell.ts): the remembered frame with the case index's rows
 * as they are now. Imports no polyfill, no zod, no Dexie, no React: it runs before any of them is loaded.
 */
import { browser } from '@wxt-dev/browser';
import { filterCounts, type PopupFilter } from '../cases/filters';
import { DB_NAME } from '../db-name';
import { LANG_KEY } from '../settings/keys';
import { afterFirstContentfulPaint } from './later';
import { addPicture, buildRow, readFirstScreen, type FirstScreen } from './rows';
import { buildElement, type ShellSnapshot } from './snapshot';
import { readShell } from './storage';

/** The popup's render mark, read by the benchmark (npm run bench) and the e2e tests. */
export const RENDER_MARK = 'shagym:popup-rendered';

/**
 * Resolves once the page is parsed and its style sheets are loaded, so that what is shown is styled.
 * "interactive", not DOMContentLoaded: that one also waits for the module scripts (the React app's
 * entry), which the first screen does not need.
 */
export function pageReady(doc: Document = document): Promise<void> {
  return new Promise((resolve) => {
    const styled = () => {
      // A disabled link loads nothing (./later.ts marks the style sheets carried in the page with one).
      const pending = Array.from(
        doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])'),
      )
        .filter((link) => !link.sheet)
        .map(
          (link) =>
            new Promise((done) => {
              link.addEventListener('load', done, { once: true });
              link.addEventListener('error', done, { once: true });
            }),
        );
      void Promise.all(pending).then(() => resolve());
    };
    if (doc.readyState !== 'loading') return styled();
    const parsed = () => {
      if (doc.readyState === 'loading') return;
      doc.removeEventListener('readystatechange', parsed);
      styled();
    };
    doc.addEventListener('readystatechange', parsed);
  });
}

/** The rows drawn at first: more than fit in a 600 px popup (about 5). Also React's first page. */
export const FIRST_ROWS = 10;

/** The buyer's chosen language (undefined: none chosen, or it cannot be read). */
function chosenLanguage(): Promise<unknown> {
  try {
    return browser.storage.local.get(LANG_KEY).then(
      (items) => items[LANG_KEY] as unknown,
      () => undefined,
    );
  } catch {
    return Promise.resolve(undefined);
  }
}

/** The remembered frame, built (not yet in the page) for the rows to be drawn into. */
interface Frame {
  snapshot: ShellSnapshot;
  built: HTMLElement;
  list: Element;
  options: HTMLOptionElement[];
}

function frameOf(snapshot: ShellSnapshot): Frame | null {
  const built = buildElement(snapshot.tree, document, location.origin);
  const list = built?.querySelector('ul.cases');
  if (!built || !list) return null;
  const options = Array.from(built.querySelectorAll<HTMLOptionElement>('select[name="filter"] option'));
  return { snapshot, built, list, options };
}

/** The filter's option with its count (null: without a count). */
function label({ snapshot }: Frame, option: HTMLOptionElement, count: number | null): void {
  const f = option.value as PopupFilter;
  if (!Object.hasOwn(snapshot.strings.filters, f)) return;
  option.textContent =
    count === null ? snapshot.strings.filters[f] : `${snapshot.strings.filters[f]} (${count})`;
}

/**
 * Draws the first screen: the remembered frame (made for `stamp`, in the chosen language) with the
 * case index's most urgent rows as they are now (./rows.ts); resolves to whether it did. Runs from the
 * page's <head>: the database read starts at once, and the frame is built while it opens, so only the
 * rows wait for it. Links open the case in a tab, as in the React list; what is typed in the search box
 * is carried over. `addStyles` adds the page's style sheets (./later.ts) once the read has started;
 * `reveal` lets the page be rendered again (./later.ts `holdRendering`), right before the frame is put
 * in. The filter counts and the products' pictures are read once the first screen is on screen.
 */
export async function showShell(
  stamp: string,
  today: string,
  addStyles: () => void = () => undefined,
  reveal: () => void = () => undefined,
): Promise<boolean> {
  const reading = readFirstScreen(today, FIRST_ROWS, indexedDB, DB_NAME);
  addStyles();
  const language = chosenLanguage();
  const snapshot = readShell(stamp);
  const frame = snapshot ? frameOf(snapshot) : null;
  if (!frame) {
    // No remembered frame (the first open after an install, an update or a language change): the read
    // already started is closed unused.
    void reading.then((screen) => screen?.close());
    return false;
  }
  const [screen, lang] = await Promise.all([reading, language, pageReady()]);
  const rows = screen && draw(frame, screen, lang, reveal);
  if (!screen || !rows) {
    screen?.close();
    return false;
  }
  void afterFirstContentfulPaint()
    .then(() => screen.extras())
    .then((extras) => {
      // React has taken over meanwhile, or nothing more could be read: React's list says the rest.
      if (!extras || !frame.built.isConnected) return;
      // The index no longer has one row per case (written behind the app's back): React lists them.
      if (!extras.agrees) return giveWay(frame);
      const counts = filterCounts(extras.byStatus, extras.count);
      for (const option of frame.options) label(frame, option, counts[option.value as PopupFilter] ?? null);
      for (const [id, picture] of extras.pictures) {
        const li = rows.get(id);
        if (li) addPicture(li, picture, URL.createObjectURL(picture.bytes));
      }
    });
  return true;
}

/** Takes the first screen off: React's container shows, and lists the cases once it has read them. */
function giveWay({ built }: Frame): void {
  const root = document.getElementById('root');
  built.remove();
  if (root) root.hidden = false;
}

/** Puts the rows into the frame and the frame on screen; returns the rows by case id, or null. */
function draw(
  frame: Frame,
  screen: FirstScreen,
  lang: unknown,
  reveal: () => void,
): Map<string, HTMLLIElement> | null {
  const { snapshot, built, list, options } = frame;
  if (screen.count === 0 || (lang !== undefined && lang !== snapshot.lang)) return null;
  const shell = document.getElementById('shell');
  const root = document.getElementById('root');
  // React may have taken over already (it never waits for this).
  if (!shell || !root || root.dataset.shell === 'done') return null;
  const rows = new Map<string, HTMLLIElement>();
  try {
    for (const row of screen.rows) {
      const href = `${location.origin}/case.html?id=${encodeURIComponent(row.id)}`;
      rows.set(row.id, buildRow(document, row, snapshot.strings, snapshot.lang, href));
    }
  } catch {
    return null; // a date the formatter does not take: React lists the cases
  }
  list.replaceChildren(...rows.values());
  // "All" shows its count at once; the others (seen once the filter is opened) follow with the pictures.
  for (const option of options) label(frame, option, option.value === 'all' ? screen.count : null);
  root.hidden = true;
  // The language first: set after the frame is laid out, it would style it again.
  document.documentElement.lang = snapshot.lang;
  if (snapshot.title) document.title = snapshot.title;
  reveal();
  shell.append(built);
  shell.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    void browser.tabs.create({ url: link.href });
    window.close();
  });
  shell.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  performance.mark(RENDER_MARK, { detail: { cases: screen.count, from: 'index' } });
  return rows;
}
