import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { DEFAULT_LANG, LANGUAGES, type Lang } from './languages';
import { loadResources, resourcesNow } from './resources';

export { LANGUAGES, LANGUAGE_NAMES, type Lang } from './languages';

/**
 * One runtime i18n layer for every context (pages, panel, background notifications).
 * i18next handles Russian plural forms (one/few/many) through Intl.PluralRules.
 * Only the language in use (and Russian, the fallback) is loaded: ./resources.ts.
 */
export async function createI18n(lang: Lang): Promise<I18n> {
  await loadResources(lang);
  return createI18nNow(lang)!;
}

/** The same, in this tick, when the language's texts are already loaded (Russian always is); else null. */
export function createI18nNow(lang: Lang): I18n | null {
  const texts = resourcesNow(lang);
  const fallback = resourcesNow(DEFAULT_LANG);
  if (!texts || !fallback) return null;
  const instance = i18next.createInstance();
  instance.use(oneFullStop);
  void instance.init({
    postProcess: [oneFullStop.name],
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    supportedLngs: [...LANGUAGES],
    resources: { [DEFAULT_LANG]: { translation: fallback }, [lang]: { translation: texts } },
    interpolation: { escapeValue: false }, // React escapes; other outputs are plain text.
    returnNull: false,
    // Resources are at hand: initialise in the same tick, so the first render is not held back.
    initAsync: false,
  });
  return instance;
}

/** Switches an instance to `lang`, loading its texts first (the switch happens once they are there). */
export async function switchLanguage(instance: I18n, lang: Lang): Promise<void> {
  const texts = await loadResources(lang);
  if (!instance.hasResourceBundle(lang, 'translation'))
    instance.addResourceBundle(lang, 'translation', texts);
  await instance.changeLanguage(lang);
}

/**
 * A sentence that ends with an abbreviation takes one full stop, not two: a template's "{{date}}." with
 * a Russian date ("1 декабря 2026 г.") reads "…2026 г.", never "…2026 г..". An ellipsis stays.
 */
export function oneFullStopIn(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}
const oneFullStop = {
  type: 'postProcessor' as const,
  name: 'one-full-stop',
  process: (value: string) => oneFullStopIn(value),
};

export type { TFunction };
