/** Russian first, then Kazakh and English (DEVELOPERS.md "Languages"). Zod-free: the content script uses it. */
export const LANGUAGES = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'ru';

export const LANGUAGE_NAMES: Record<Lang, string> = { ru: 'Русский', kk: 'Қазақша', en: 'English' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Without a saved choice: Kazakh for a Kazakh browser, otherwise Russian (English only by choice). */
export function initialLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('kk') ? 'kk' : DEFAULT_LANG;
}

/** A text in every language of the UI. */
export type Localized<T = string> = Readonly<Record<Lang, T>>;
