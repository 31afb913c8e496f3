/**
 * Dates as Kaspi and buyers write them, to ISO YYYY-MM-DD:
 * - "26.07.2025" (seller-cabinet exports, review dates: shared/research/*.json, kaspi-and-law.md §1), "26.07.25";
 * - "14 ноября", "Чт, 14 августа" (sellers table delivery dates), "14 ноября 2025 г.";
 * - Kazakh "14 қараша", "2025 жылғы 14 қараша", also typed with Russian letters ("14 караша");
 * - "2025-11-14".
 * A day and month without a year get the latest year that does not put the date after `reference`; a reader that
 * knows more (the order date before a received date) places it again with `yearBetween`.
 * Calendar days are counted in Kazakhstan time (UTC+5 for the whole country since 2024-03-01).
 */

const KZ_OFFSET_MS = 5 * 3600_000;

/** Russian month words, exactly (genitive, nominative, short forms): "14 ноября", "ноябрь", "нояб.". */
const RU_MONTHS = new Map<string, number>();
'январь января янв|февраль февраля фев|март марта мар|апрель апреля апр|май мая|июнь июня июн|июль июля июл|август августа авг|сентябрь сентября сен сент|октябрь октября окт|ноябрь ноября ноя нояб|декабрь декабря дек'
  .split('|')
  .forEach((forms, i) => forms.split(' ').forEach((form) => RU_MONTHS.set(form, i + 1)));

/** Kazakh month stems (a case ending may follow: "қарашада"), with and without Kazakh letters. */
const KK_MONTHS: ReadonlyArray<string> = [
  'қаңтар кантар каңтар',
  'ақпан акпан',
  'наурыз',
  'сәуір сауир сәуир',
  'мамыр',
  'маусым',
  'шілде шилде',
  'тамыз',
  'қыркүйек кыркуйек',
  'қазан казан',
  'қараша караша',
  'желтоқсан желтоксан',
];

function monthFromWord(word: string): number | null {
  const w = word.toLowerCase();
  const ru = RU_MONTHS.get(w);
  if (ru) return ru;
  for (let i = 0; i < KK_MONTHS.length; i++) {
    if ((KK_MONTHS[i] ?? '').split(' ').some((stem) => w.startsWith(stem))) return i + 1;
  }
  return null;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 30 February and the like
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The latest year (not after the reference day in Kazakhstan) in which day.month exists. */
function inferYear(m: number, d: number, reference: Date): string | null {
  const ref = new Date(reference.getTime() + KZ_OFFSET_MS);
  if (Number.isNaN(ref.getTime())) return null;
  let y = ref.getUTCFullYear();
  if (m > ref.getUTCMonth() + 1 || (m === ref.getUTCMonth() + 1 && d > ref.getUTCDate())) y -= 1;
  for (let i = 0; i < 8; i++, y--) {
    const found = iso(y, m, d);
    if (found) return found;
  }
  return null;
}

const WORD = String.raw`[\p{L}]{3,12}`;
const DATE_PATTERNS: ReadonlyArray<RegExp> = [
  // 2025 жылғы 14 қараша / 2025 ж. 14 қараша
  new RegExp(String.raw`(?<!\d)(\d{4}) ?(?:жылғы|жылы|жыл|ж\.?) (\d{1,2}) (${WORD})`, 'iu'),
  // 14.11.2025, 14.11.25, 14/11/2025
  /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d])/u,
  // 2025-11-14
  /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/u,
  // 14 ноября [2025 [г.]]
  new RegExp(String.raw`(?<![\d.])(\d{1,2}) (${WORD})\.?(?: (\d{4})(?!\d))?`, 'iu'),
];

export interface DateMatch {
  /** With the year written, or else the latest year that does not put it after the reference day. */
  iso: string;
  index: number;
  length: number;
  /** The date as written ("3 января", "12.11.2026"), spaces normalised. */
  text: string;
  /** False for "14 ноября": the year in `iso` was inferred and may be chosen again (see `yearBetween`). */
  yearWritten: boolean;
}

function normalise(text: string): string {
  // Same length as the input, so indexes stay valid.
  return text.replace(/[\s\u00A0\u2000-\u200A\u202F]/g, ' ');
}

function fromMatch(
  kind: number,
  m: RegExpExecArray,
  reference: Date,
): { iso: string | null; yearWritten: boolean } {
  return { iso: isoFromMatch(kind, m, reference), yearWritten: kind !== 3 || m[3] !== undefined };
}

function isoFromMatch(kind: number, m: RegExpExecArray, reference: Date): string | null {
  const n = (i: number) => Number(m[i]);
  switch (kind) {
    case 0: {
      const month = monthFromWord(m[3] ?? '');
      return month ? iso(n(1), month, n(2)) : null;
    }
    case 1: {
      const y = (m[3] ?? '').length === 2 ? 2000 + n(3) : n(3);
      return iso(y, n(2), n(1));
    }
    case 2:
      return iso(n(1), n(2), n(3));
    default: {
      const month = monthFromWord(m[2] ?? '');
      if (!month) return null;
      return m[3] ? iso(n(3), month, n(1)) : inferYear(month, n(1), reference);
    }
  }
}

/** Every date in the text, in order of appearance (overlaps resolved by the earliest, longest pattern). */
export function findKaspiDates(text: string, reference: Date): DateMatch[] {
  const s = normalise(text);
  const found: DateMatch[] = [];
  DATE_PATTERNS.forEach((pattern, kind) => {
    const re = new RegExp(pattern.source, pattern.flags + 'g');
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const { iso: value, yearWritten } = fromMatch(kind, m, reference);
      if (value)
        found.push({
          iso: value,
          index: m.index,
          length: m[0].length,
          text: m[0].trim().replace(/ +/g, ' '),
          yearWritten,
        });
    }
  });
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const result: DateMatch[] = [];
  let end = -1;
  for (const d of found) {
    if (d.index < end) continue;
    result.push(d);
    end = d.index + d.length;
  }
  return result;
}

/** The first date in `text` as ISO YYYY-MM-DD, or null. `reference` gives the year when the text has none. */
export function parseKaspiDate(text: string, reference: Date): string | null {
  return findKaspiDates(text, reference)[0]?.iso ?? null;
}

/** Nothing, or a weekday ("Чт, ", "четверг, ", Kazakh "Бс, ", "бейсенбі "), before a date. */
const WEEKDAY_BEFORE = new RegExp(
  '^[ ,]*(?:(?:' +
    'пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|' +
    'дс|сс|бс|жм|жс|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі' +
    ')\\.?,? ?)?$',
  'iu',
);

/**
 * A date at the very start of `text` (after an optional weekday such as "Чт, "), or null.
 * Used right after a label ("Дата заказа: …", "Выдан …").
 */
export function readKaspiDateAt(text: string, reference: Date): string | null {
  return readKaspiDateMatchAt(text, reference)?.iso ?? null;
}

/** `readKaspiDateAt` with where the date was and how it was written. */
export function readKaspiDateMatchAt(text: string, reference: Date): DateMatch | null {
  const head = text.slice(0, 60);
  const first = findKaspiDates(head, reference)[0];
  if (!first) return null;
  const before = normalise(head.slice(0, first.index));
  return WEEKDAY_BEFORE.test(before) ? first : null;
}

/** Today's date in Kazakhstan as ISO YYYY-MM-DD, or null for an invalid Date. */
export function kzDay(reference: Date): string | null {
  const ref = new Date(reference.getTime() + KZ_OFFSET_MS);
  return Number.isNaN(ref.getTime()) ? null : ref.toISOString().slice(0, 10);
}

/**
 * A date written without a year ("3 января", seen as `iso` with an inferred year), placed in the earliest year
 * that makes it not before `notBefore`, or (without `notBefore`) the latest year that makes it not after
 * `notAfter`; null when no year puts it inside the bounds (both ISO YYYY-MM-DD).
 */
export function yearBetween(isoDate: string, notBefore: string | null, notAfter: string): string | null {
  const [, mm, dd] = isoDate.split('-');
  const m = Number(mm);
  const d = Number(dd);
  if (notBefore === null) {
    for (let y = Number(notAfter.slice(0, 4)), i = 0; i < 8; i++, y--) {
      const found = iso(y, m, d);
      if (found && found <= notAfter) return found;
    }
    return null;
  }
  for (let y = Number(notBefore.slice(0, 4)), i = 0; i < 8; i++, y++) {
    const found = iso(y, m, d);
    if (found && found >= notBefore) return found <= notAfter ? found : null;
  }
  return null;
}
