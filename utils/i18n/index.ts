import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { en } from './locales/en';
import { kk } from './locales/kk';
import { ru } from './locales/ru';
import { DEFAULT_LANG, LANGUAGES, type Lang } from './languages';

export { LANGUAGES, LANGUAGE_NAMES, type Lang } from './languages';
export const RESOURCES = { ru, kk, en } as const;

/**
 * One runtime i18n layer for every context (pages, panel, background notifications).
 * i18next handles Russian plural forms (one/few/many) through Intl.PluralRules.
 */
export async function createI18n(lang: Lang): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(oneFullStop);
  await instance.init({
    postProcess: [oneFullStop.name],
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    supportedLngs: [...LANGUAGES],
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: RESOURCES[l] }])),
    interpolation: { escapeValue: false }, // React escapes; other outputs are plain text.
    returnNull: false,
    // Resources are bundled: initialise in the same tick, so the first render is not held back.
    initAsync: false,
  });
  return instance;
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
