import { browser } from 'wxt/browser';
import { initialLang, isLang, type Lang } from '../i18n/languages';
import { LANG_KEY } from './keys';

/**
 * The buyer's language choice lives in storage.local (not IndexedDB) so that every context — the
 * content script on kaspi.kz, the background's notifications, the pages — reads the same value.
 */
const KEY = LANG_KEY;

export async function getLanguage(): Promise<Lang> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return isLang(stored)
    ? stored
    : initialLang(browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language);
}

export async function setLanguage(lang: Lang): Promise<void> {
  // The popup's first screen checks the language of its remembered frame before drawing (utils/popup-shell).
  await browser.storage.local.set({ [KEY]: lang });
}

/** Calls `listener` whenever the choice changes in any context; returns the unsubscribe function. */
export function watchLanguage(listener: (lang: Lang) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[KEY]?.newValue;
    if (area === 'local' && isLang(next)) listener(next);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
