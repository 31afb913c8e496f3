/**
 * The panel's start, run by its first classic script (entrypoints/panel-shell.ts) while the big module
 * chunk still loads and compiles: it reads the URL's hash, listens for the page's facts and reads the
 * buyer's language, so that these overlap the JS instead of following it. The panel's module then reads
 * what has arrived (`panelStart()`), synchronously when it is already there.
 *
 * Small and free of the polyfill, zod, React and i18next: it is a classic script of its own.
 *
 * The URL's hash, as the content script made it (entrypoints/kaspi.content/panel-frame.ts):
 * `#wait~<key>`: the panel says hello to the page it sits on, and the facts come in a message carrying
 * the key once the buyer has clicked (`null` when the page could not be read). Until then the frame
 * stays hidden (it is made when the buyer points at the launcher). The key is on every message the
 * content script posts to us: the page can post to this frame too (same origin as the content script),
 * but cannot read our URL in the closed shadow root. What comes is untrusted all the same: the panel
 * checks it against the protocol's schema before using it (panel.tsx), which this script cannot load.
 */
import { browser } from '@wxt-dev/browser';
import { initialLang, isLang, type Lang } from '@/utils/i18n/languages';
import { LANG_KEY } from '@/utils/settings/keys';

/** The page we sit on, when framed on kaspi.kz; messages go to it only. */
export const KASPI_ORIGIN = 'https://kaspi.kz';
/** Same names as entrypoints/kaspi.content/panel-frame.ts (the content script cannot share modules with us). */
export const PANEL_HELLO = 'shagym:panel-hello';
export const PANEL_FACTS = 'shagym:facts';

const UUID = /^[0-9a-f-]{36}$/i;

/** A value on its way, also readable synchronously once it has arrived. */
export interface Arriving<T> {
  promise: Promise<T>;
  /** Set when `promise` has settled. */
  done: { value: T } | null;
}

function arriving<T>(promise: Promise<T>): Arriving<T> {
  const a: Arriving<T> = { promise, done: null };
  void promise.then((value) => (a.done = { value }));
  return a;
}

export interface PanelStart {
  inFrame: boolean;
  /** The per-open key of the content script's messages; null when not framed by it. */
  key: string | null;
  /**
   * The page's facts as the content script posted them, unchecked (null: none could be read); null when
   * there are none to wait for.
   */
  facts: Arriving<unknown> | null;
  /** The buyer's language (utils/settings/language.ts reads the same key). */
  lang: Arriving<Lang>;
  /** Settles when the buyer has opened the panel (at once unless the frame was made before the click). */
  shown: Arriving<true>;
}

declare global {
  var shagymPanelStart: PanelStart | undefined;
}

async function readLang(): Promise<Lang> {
  try {
    const stored = ((await browser.storage.local.get(LANG_KEY)) as Record<string, unknown>)[LANG_KEY];
    if (isLang(stored)) return stored;
  } catch {
    // storage unavailable: the browser's language decides
  }
  return initialLang(browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language);
}

/** Starts the round trips once per page (the first caller starts them; later callers share them). */
export function panelStart(): PanelStart {
  return (globalThis.shagymPanelStart ??= begin());
}

function begin(): PanelStart {
  const inFrame = window.parent !== window;
  const [wait, hashKey] = location.hash.slice(1).split('~');
  if (location.hash) history.replaceState(null, '', location.pathname + location.search); // single-use
  const key = inFrame && wait === 'wait' && UUID.test(hashKey ?? '') ? hashKey! : null;
  const lang = arriving(readLang());
  if (!key) return { inFrame, key, facts: null, lang, shown: arriving(Promise.resolve(true)) };
  // Made before the click: wait for the facts, which come with the click.
  let onShown: () => void = () => {};
  const shown = arriving(new Promise<true>((resolve) => (onShown = () => resolve(true))));
  const facts = arriving(
    new Promise<unknown>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.source !== window.parent || event.origin !== KASPI_ORIGIN) return;
        const data = event.data as { type?: unknown; key?: unknown; facts?: unknown } | null;
        if (!data || typeof data !== 'object' || data.key !== key || data.type !== PANEL_FACTS) return;
        window.removeEventListener('message', onMessage);
        onShown();
        resolve(data.facts ?? null);
      };
      window.addEventListener('message', onMessage);
    }),
  );
  window.parent.postMessage({ type: PANEL_HELLO }, KASPI_ORIGIN);
  return { inFrame, key, facts, lang, shown };
}
