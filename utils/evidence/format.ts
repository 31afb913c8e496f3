import type { Lang } from '../i18n/languages';

const UNITS: Readonly<Record<Lang, readonly string[]>> = {
  ru: ['Б', 'КБ', 'МБ', 'ГБ'],
  kk: ['Б', 'КБ', 'МБ', 'ГБ'],
  en: ['B', 'KB', 'MB', 'GB'],
};
const LOCALES: Readonly<Record<Lang, string>> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };

/** A file size for people: "812 Б", "1,5 МБ", "1.5 MB" (binary multiples, one decimal from KB up). */
export function formatBytes(bytes: number, lang: Lang): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS[lang].length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${number}\u00A0${UNITS[lang][unit]}`;
}
