import type { Lang } from '../i18n/languages';
import { kzUtcOffsetMinutes, todayInKz } from '../deadlines/time-zone';

/**
 * Deterministic formatting for letters (no Intl: the output must not depend on the browser's ICU data).
 */

export const NBSP = '\u00A0';

/**
 * Integer tenge as kaspi.kz prints it: thousands separated by a no-break space, then a no-break space
 * and ₸.
 * @example formatPrice(2810) // '2 810 ₸' (with U+00A0)
 */
export function formatPrice(tenge: number): string {
  if (!Number.isSafeInteger(tenge) || tenge < 0)
    throw new RangeError(`price must be a non-negative integer: ${tenge}`);
  const digits = String(tenge);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${groups.join(NBSP)}${NBSP}₸`;
}

const MONTHS_RU = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Kazakh month names in every case a date takes inside a sentence (a date always ends with the
 * month's name, so its ending decides the suffix): nominative, locative, attributive, dative,
 * ablative, accusative.
 */
const MONTHS_KK: readonly (readonly [string, string, string, string, string, string])[] = [
  ['қаңтар', 'қаңтарда', 'қаңтардағы', 'қаңтарға', 'қаңтардан', 'қаңтарды'],
  ['ақпан', 'ақпанда', 'ақпандағы', 'ақпанға', 'ақпаннан', 'ақпанды'],
  ['наурыз', 'наурызда', 'наурыздағы', 'наурызға', 'наурыздан', 'наурызды'],
  ['сәуір', 'сәуірде', 'сәуірдегі', 'сәуірге', 'сәуірден', 'сәуірді'],
  ['мамыр', 'мамырда', 'мамырдағы', 'мамырға', 'мамырдан', 'мамырды'],
  ['маусым', 'маусымда', 'маусымдағы', 'маусымға', 'маусымнан', 'маусымды'],
  ['шілде', 'шілдеде', 'шілдедегі', 'шілдеге', 'шілдеден', 'шілдені'],
  ['тамыз', 'тамызда', 'тамыздағы', 'тамызға', 'тамыздан', 'тамызды'],
  ['қыркүйек', 'қыркүйекте', 'қыркүйектегі', 'қыркүйекке', 'қыркүйектен', 'қыркүйекті'],
  ['қазан', 'қазанда', 'қазандағы', 'қазанға', 'қазаннан', 'қазанды'],
  ['қараша', 'қарашада', 'қарашадағы', 'қарашаға', 'қарашадан', 'қарашаны'],
  ['желтоқсан', 'желтоқсанда', 'желтоқсандағы', 'желтоқсанға', 'желтоқсаннан', 'желтоқсанды'],
];

/**
 * Grammatical form of a date inside a sentence. Only Kazakh changes: 'locative' = "on that day"
 * ("2026 жылғы 14 қарашада"), 'attributive' = "of that day" ("2026 жылғы 14 қарашадағы"), 'dative'
 * before "дейін" ("14 қарашаға дейін"), 'ablative' before "бастап", 'accusative' before "қоса алғанда".
 */
export type DateForm = 'plain' | 'locative' | 'attributive' | 'dative' | 'ablative' | 'accusative';
const KK_FORM_INDEX: Readonly<Record<DateForm, number>> = {
  plain: 0,
  locative: 1,
  attributive: 2,
  dative: 3,
  ablative: 4,
  accusative: 5,
};

interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`no such date: ${iso}`);
  }
  return { year, month, day };
}

/**
 * A calendar date in the language's own format.
 * @example formatDate('2026-11-14', 'ru') // '14 ноября 2026 г.'
 * @example formatDate('2026-11-14', 'kk') // '2026 жылғы 14 қараша'
 * @example formatDate('2026-11-14', 'en') // '14 November 2026'
 */
export function formatDate(iso: string, lang: Lang, form: DateForm = 'plain'): string {
  const { year, month, day } = parseIsoDate(iso);
  const i = month - 1;
  switch (lang) {
    case 'ru':
      return `${day} ${MONTHS_RU[i]} ${year} г.`;
    case 'en':
      return `${day} ${MONTHS_EN[i]} ${year}`;
    case 'kk': {
      const forms = MONTHS_KK[i];
      if (!forms) throw new RangeError(`month ${month}`);
      const name = forms[KK_FORM_INDEX[form]];
      return `${year} жылғы ${day} ${name}`;
    }
  }
}

/** `iso` plus `days` calendar days, as YYYY-MM-DD. */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = parseIsoDate(iso);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${mm}-${dd}`;
}

/**
 * A moment as the buyer reads it on screen: the day as formatDate writes it, then the time in
 * Kazakhstan ("30 ноября 2026 г., 14:05"). The same format on every screen, whatever the browser's locale.
 */
export function formatDateTime(epochMs: number, lang: Lang): string {
  const local = new Date(epochMs + kzUtcOffsetMinutes(epochMs) * 60_000);
  const time = local.toISOString().slice(11, 16);
  return `${formatDate(todayInKz(epochMs), lang)}, ${time}`;
}
