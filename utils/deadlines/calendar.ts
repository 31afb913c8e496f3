/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings in Kazakhstan time. Pure functions, no Intl, no Date
 * in local time: a date string is a day in Kazakhstan, whatever the computer's time zone is.
 *
 * Time zone (research §4): all of Kazakhstan is UTC+5 since 2024-03-01 00:00 local (tz Asia/Almaty,
 * tzdata 2024a+). Before that, Almaty — and this module — used UTC+6 (no DST since 2005). Western
 * regions were already UTC+5 then; we use Almaty's offset for the whole country, which only matters
 * for events within an hour of midnight before March 2024.
 */
import {
  KZ_CALENDAR_TABLE,
  KZ_FIXED_HOLIDAYS,
  KZ_TABLE_YEARS,
  isOffKind,
  type KzCalendarEntry,
} from './holidays-kz';
import { KZ_UTC5_SINCE_DATE } from './time-zone';

export * from './time-zone';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD'; throws a RangeError otherwise. */
function toDayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a date 'YYYY-MM-DD': ${JSON.stringify(date)}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || y > 2999) throw new RangeError(`Year out of range: ${date}`);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) throw new RangeError(`No such date: ${date}`);
  return ms / DAY_MS;
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function checkInteger(name: string, n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${name} must be an integer, got ${n}`);
}

/** True for an existing calendar date written 'YYYY-MM-DD' (years 1900–2999). */
export function isIsoDate(value: string): boolean {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: string): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

/** `date` plus `n` calendar days (n may be negative). @example addCalendarDays('2025-12-30', 3) → '2026-01-02' */
export function addCalendarDays(date: string, n: number): string {
  checkInteger('n', n);
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from `a` to `b` (b − a): positive when b is later. @example daysBetween('2026-03-20', '2026-03-27') → 7 */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function yearOf(date: string): number {
  toDayNumber(date);
  return Number(date.slice(0, 4));
}

// ── Which days are off ─────────────────────────────────────────────────────────────────────────────

const TABLE_BY_DATE: ReadonlyMap<string, KzCalendarEntry> = new Map(
  KZ_CALENDAR_TABLE.map((e) => [e.date, e]),
);

/** The table covers this year (2024–2027). Outside it, only weekends and fixed-date rules are known. */
export function isCalendarKnown(year: number): boolean {
  return year in KZ_TABLE_YEARS;
}

/**
 * - 'verified': the reviewed table, checked against the official calendar;
 * - 'unverified': the table, derived from the rules but not yet confirmed (2027);
 * - 'rules-only': weekends and fixed-date holidays only: no Kurban Ait, no transfer orders.
 */
export function calendarStatus(year: number): 'verified' | 'unverified' | 'rules-only' {
  return KZ_TABLE_YEARS[year] ?? 'rules-only';
}

/**
 * Non-working weekdays and holidays of a year from the fixed-date rules alone: each holiday, and for a
 * movable holiday on a weekend the next working day not already taken (Law on holidays Art. 5, Labour
 * Code Art. 84). `extraDaysOff` (e.g. Kurban Ait) are days off that never move but that a moved
 * holiday must skip. Returns date → reason. Used for years outside the table and to cross-check it.
 */
export function ruleBasedDaysOff(
  year: number,
  extraDaysOff: readonly string[] = [],
): ReadonlyMap<string, string> {
  checkInteger('year', year);
  const rules = KZ_FIXED_HOLIDAYS.filter(
    (r) => (r.from ?? -Infinity) <= year && year <= (r.until ?? Infinity),
  );
  const off = new Map<string, string>();
  for (const r of rules) off.set(`${year}-${r.monthDay}`, r.name);
  for (const d of extraDaysOff) off.set(d, off.get(d) ?? 'day off');
  const holidays = rules
    .map((r) => ({ date: `${year}-${r.monthDay}`, rule: r }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const { date, rule } of holidays) {
    if (!rule.moves || !isWeekend(date)) continue;
    let d = addCalendarDays(date, 1);
    while (isWeekend(d) || off.has(d)) d = addCalendarDays(d, 1);
    off.set(d, `${rule.name} (moved from ${date})`);
  }
  return off;
}

const ruleCache = new Map<number, ReadonlyMap<string, string>>();
function rulesFor(year: number): ReadonlyMap<string, string> {
  let found = ruleCache.get(year);
  if (!found) {
    found = ruleBasedDaysOff(year);
    ruleCache.set(year, found);
  }
  return found;
}

/** Why a day is what it is: for the UI ("31 Aug is a working day: …") and for tests. */
export interface DayInfo {
  date: string;
  working: boolean;
  /** The table's entry, if the date has one. */
  entry: KzCalendarEntry | null;
  /** For years outside the table: the fixed-date rule that makes it a day off. */
  ruleHoliday: string | null;
  calendar: 'verified' | 'unverified' | 'rules-only';
}

export function dayInfo(date: string): DayInfo {
  const year = yearOf(date);
  const calendar = calendarStatus(year);
  if (calendar !== 'rules-only') {
    const entry = TABLE_BY_DATE.get(date) ?? null;
    return {
      date,
      working: entry ? !isOffKind(entry.kind) : !isWeekend(date),
      entry,
      ruleHoliday: null,
      calendar,
    };
  }
  const ruleHoliday = rulesFor(year).get(date) ?? null;
  return { date, working: !isWeekend(date) && ruleHoliday === null, entry: null, ruleHoliday, calendar };
}

/** A working day for a five-day week in Kazakhstan. @example isWorkingDay('2026-03-24') → false (Nauryz) */
export function isWorkingDay(date: string): boolean {
  return dayInfo(date).working;
}

/**
 * The n-th working day after `date` (n ≥ 0). `date` itself never counts, working or not, so a request
 * sent on a Saturday with n = 1 is due on Monday. n = 0 returns `date` unchanged.
 * @example addWorkingDays('2026-03-20', 1) → '2026-03-26' (21–25 March are Nauryz days off)
 */
export function addWorkingDays(date: string, n: number): string {
  checkInteger('n', n);
  if (n < 0) throw new RangeError(`addWorkingDays counts forward only, got n = ${n}`);
  let d = date;
  toDayNumber(d);
  for (let left = n; left > 0;) {
    d = addCalendarDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/**
 * `date` itself when it is a working day, else the next working day: where a period that ends on a
 * non-working day ends (the Civil Code's rule on counting periods; see utils/facts/law.ts civilPeriods).
 * @example workingDayOnOrAfter('2026-03-21') → '2026-03-26' (Nauryz, then its days off)
 */
export function workingDayOnOrAfter(date: string): string {
  let d = date;
  toDayNumber(d);
  // A year has fewer than 30 consecutive days off; the bound only guards against a broken table.
  for (let i = 0; i < 60 && !isWorkingDay(d); i++) d = addCalendarDays(d, 1);
  return d;
}

// ── Kazakhstan time ────────────────────────────────────────────────────────────────────────────────

/**
 * The instant of a wall-clock time on a day in Kazakhstan.
 * On 2024-02-29 the hour 23:00–24:00 happened twice; this returns the first (UTC+6) one.
 * @example kzDateTimeToEpoch('2026-03-24', 10, 0) → Date.UTC(2026, 2, 24, 5, 0)
 */
export function kzDateTimeToEpoch(date: string, hh: number, mm: number): number {
  checkInteger('hh', hh);
  checkInteger('mm', mm);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) throw new RangeError(`Not a time of day: ${hh}:${mm}`);
  const offset = date < KZ_UTC5_SINCE_DATE ? 360 : 300;
  return toDayNumber(date) * DAY_MS + (hh * 60 + mm - offset) * 60_000;
}
