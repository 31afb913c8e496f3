import type { Lang } from './languages';
import { ru, type Dictionary } from './locales/ru';

/**
 * The UI's texts per language, loaded as they are needed: Russian (the default and the fallback) comes
 * with the code; Kazakh and English are chunks of their own, loaded when a page starts in that language or
 * the buyer switches to it. A page then parses one language, not three (the panel's first step, issue 13).
 * Code that needs every language at once (archive reports, the proof checklist, tests) imports
 * ./locales/* or ./all.ts directly.
 */
const loaded: Partial<Record<Lang, Dictionary>> = { ru };

const LOADERS: Record<Exclude<Lang, 'ru'>, () => Promise<Dictionary>> = {
  kk: () => import('./locales/kk').then((m) => m.kk),
  en: () => import('./locales/en').then((m) => m.en),
};

/** The texts of `lang` when already loaded (Russian always is), else null. */
export function resourcesNow(lang: Lang): Dictionary | null {
  return loaded[lang] ?? null;
}

/** The texts of `lang`, loading them once. */
export async function loadResources(lang: Lang): Promise<Dictionary> {
  const now = loaded[lang];
  if (now) return now;
  const dictionary = await LOADERS[lang as Exclude<Lang, 'ru'>]();
  loaded[lang] = dictionary;
  return dictionary;
}
