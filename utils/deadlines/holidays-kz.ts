/**
 * Kazakhstan's non-working days: the reviewed table for 2024–2027 and the fixed-date rules used for
 * other years. Data only; the arithmetic lives in `calendar.ts`.
 *
 * How a day is decided (five-day week, which is what Kaspi support and most sellers work):
 * - a year in the table: the table's entry for that date if there is one, else Saturday/Sunday are off;
 * - any other year: Saturday/Sunday, plus the fixed-date holidays below and their moved days off
 *   (no Kurban Ait, which follows the lunar calendar, and no transfer orders — `isCalendarKnown`
 *   is false so the UI can say so).
 *
 * Rules the table follows (reviewed by hand, not generated):
 * - Law «О праздниках в РК» Art. 5 / Labour Code Art. 84: a holiday on a Saturday or Sunday makes the
 *   next working day after the holiday a day off. With several such holidays in a row (Nauryz) each
 *   one takes the next free working day: 2026 → 21 Mar (Sat) → 24 Mar, 22 Mar (Sun) → 25 Mar.
 * - 7 January (Orthodox Christmas) and the first day of Kurban Ait are days off and never move
 *   (Labour Code Art. 84 p.5).
 * - Labour Code Art. 85 p.3: the authorised labour body (by order of the Ministry of Labour and
 *   Social Protection since 2024; by Government decree before) may swap a day off with a working day.
 *
 * `scripts/holidays/compare.ts` prints the npm `date-holidays` view next to this table for review
 * (`npx vite-node scripts/holidays/compare.ts`). Never import `date-holidays` from `utils/`.
 */

/**
 * - `holiday`: a public holiday on its own date (may fall on a weekend);
 * - `substitute`: the working day made a day off because a holiday fell on a weekend;
 * - `religious`: 7 January or the first day of Kurban Ait (never moved);
 * - `transfer-off` / `transfer-work`: the two halves of a transfer order (Labour Code Art. 85 p.3);
 * - `not-a-holiday`: a weekday some source calls a day off that this table treats as working
 *   (kept so the decision and its source stay next to the date).
 */
export type KzEntryKind =
  'holiday' | 'substitute' | 'religious' | 'transfer-off' | 'transfer-work' | 'not-a-holiday';

export interface KzCalendarEntry {
  /** 'YYYY-MM-DD' */
  date: string;
  kind: KzEntryKind;
  /** English name of the holiday (for review and the UI's tooltip). */
  name: string;
  /** Where the fact comes from. */
  source: string;
  /** false: expected or derived, not yet confirmed by an official calendar or report of it. */
  verified: boolean;
  /** Why, and how other sources (notably npm date-holidays 3.37) differ. */
  note?: string;
}

/** A non-working day for a five-day week? */
export function isOffKind(kind: KzEntryKind): boolean {
  return kind !== 'transfer-work' && kind !== 'not-a-holiday';
}

const LAW = 'Law RK No. 267-II «О праздниках в Республике Казахстан» (13.12.2001), Art. 1–2';
const MOVE = 'Law RK No. 267-II Art. 5; Labour Code RK Art. 84 (holiday on a weekend → next working day off)';
const RELIGIOUS =
  'Labour Code RK Art. 84 p.5 (7 January and the first day of Kurban Ait are days off, not moved)';
const EGOV_2026 =
  'egov.kz calendar of holidays 2026, as listed by inform.kz (2026-01-02) and alau.kz (2026-01-02)';
const DUMK_2026 =
  'Spiritual Administration of Muslims of Kazakhstan (ДУМК) calendar 2026 (zakon.kz, kazpravda.kz, 2025-11-06)';
const UNVERIFIED_2027 =
  'derived from the rules; the official 2027 calendar and any 2027 transfer order were not available when written (2026-11)';

/**
 * The reviewed table. Every public holiday of the year is listed (also those on a weekend), then every
 * day that deviates from "Mon–Fri working, Sat–Sun off".
 */
export const KZ_CALENDAR_TABLE: readonly KzCalendarEntry[] = [
  // ── 2024 ──────────────────────────────────────────────────────────────────────────────────────────
  { date: '2024-01-01', kind: 'holiday', name: 'New Year', source: LAW, verified: true },
  { date: '2024-01-02', kind: 'holiday', name: 'New Year', source: LAW, verified: true },
  {
    date: '2024-01-07',
    kind: 'religious',
    name: 'Orthodox Christmas (Sunday, not moved)',
    source: RELIGIOUS,
    verified: true,
  },
  { date: '2024-03-08', kind: 'holiday', name: "International Women's Day", source: LAW, verified: true },
  { date: '2024-03-21', kind: 'holiday', name: 'Nauryz', source: LAW, verified: true },
  { date: '2024-03-22', kind: 'holiday', name: 'Nauryz', source: LAW, verified: true },
  { date: '2024-03-23', kind: 'holiday', name: 'Nauryz (Saturday)', source: LAW, verified: true },
  { date: '2024-03-25', kind: 'substitute', name: 'Nauryz (for 23 Mar, Sat)', source: MOVE, verified: true },
  {
    date: '2024-05-01',
    kind: 'holiday',
    name: 'Unity Day of the People of Kazakhstan',
    source: LAW,
    verified: true,
  },
  {
    date: '2024-05-04',
    kind: 'transfer-work',
    name: 'Working Saturday (day off moved to Wed 8 May)',
    source:
      'MLSPP order «О переносе дня отдыха в 2024 году» (draft on legalacts.egov.kz, April 2024; reported by alataunews.kz, altainews.kz; confirmed as applied by smartnews.kz, 2025)',
    verified: true,
    note: 'date-holidays models no transfers.',
  },
  {
    date: '2024-05-07',
    kind: 'holiday',
    name: 'Defender of the Fatherland Day',
    source: LAW,
    verified: true,
  },
  {
    date: '2024-05-08',
    kind: 'transfer-off',
    name: 'Day off moved from Sat 4 May',
    source: 'MLSPP order «О переносе дня отдыха в 2024 году» (see 2024-05-04)',
    verified: true,
    note: 'date-holidays models no transfers.',
  },
  { date: '2024-05-09', kind: 'holiday', name: 'Victory Day', source: LAW, verified: true },
  {
    date: '2024-06-16',
    kind: 'religious',
    name: 'Kurban Ait, first day (Sunday, not moved)',
    source: RELIGIOUS,
    verified: true,
  },
  { date: '2024-07-06', kind: 'holiday', name: 'Capital Day (Saturday)', source: LAW, verified: true },
  {
    date: '2024-07-08',
    kind: 'substitute',
    name: 'Capital Day (for 6 Jul, Sat)',
    source: MOVE,
    verified: true,
  },
  { date: '2024-08-30', kind: 'holiday', name: 'Constitution Day', source: LAW, verified: true },
  { date: '2024-10-25', kind: 'holiday', name: 'Republic Day', source: LAW, verified: true },
  { date: '2024-12-16', kind: 'holiday', name: 'Independence Day', source: LAW, verified: true },

  // ── 2025 ──────────────────────────────────────────────────────────────────────────────────────────
  { date: '2025-01-01', kind: 'holiday', name: 'New Year', source: LAW, verified: true },
  { date: '2025-01-02', kind: 'holiday', name: 'New Year', source: LAW, verified: true },
  {
    date: '2025-01-03',
    kind: 'transfer-off',
    name: 'Day off moved from Sun 5 Jan',
    source:
      'MLSPP order of 21.11.2024 (reported by energy-city.kz, azattyq-ruhy.kz, kursiv.media 2024-12-23); MLSPP: no other transfers in 2025 (smartnews.kz)',
    verified: true,
    note: 'The transfer was 5 Jan (Sun) ↔ 3 Jan (Fri), not 5 July. date-holidays models no transfers.',
  },
  {
    date: '2025-01-05',
    kind: 'transfer-work',
    name: 'Working Sunday (day off moved to Fri 3 Jan)',
    source: 'MLSPP order of 21.11.2024 (see 2025-01-03)',
    verified: true,
    note: 'date-holidays models no transfers.',
  },
  { date: '2025-01-07', kind: 'religious', name: 'Orthodox Christmas', source: RELIGIOUS, verified: true },
  {
    date: '2025-03-08',
    kind: 'holiday',
    name: "International Women's Day (Saturday)",
    source: LAW,
    verified: true,
  },
  {
    date: '2025-03-10',
    kind: 'substitute',
    name: "Women's Day (for 8 Mar, Sat)",
    source: MOVE,
    verified: true,
  },
  { date: '2025-03-21', kind: 'holiday', name: 'Nauryz', source: LAW, verified: true },
  { date: '2025-03-22', kind: 'holiday', name: 'Nauryz (Saturday)', source: LAW, verified: true },
  { date: '2025-03-23', kind: 'holiday', name: 'Nauryz (Sunday)', source: LAW, verified: true },
  { date: '2025-03-24', kind: 'substitute', name: 'Nauryz (for 22 Mar, Sat)', source: MOVE, verified: true },
  { date: '2025-03-25', kind: 'substitute', name: 'Nauryz (for 23 Mar, Sun)', source: MOVE, verified: true },
  {
    date: '2025-05-01',
    kind: 'holiday',
    name: 'Unity Day of the People of Kazakhstan',
    source: LAW,
    verified: true,
  },
  {
    date: '2025-05-07',
    kind: 'holiday',
    name: 'Defender of the Fatherland Day',
    source: LAW,
    verified: true,
  },
  { date: '2025-05-09', kind: 'holiday', name: 'Victory Day', source: LAW, verified: true },
  { date: '2025-06-06', kind: 'religious', name: 'Kurban Ait, first day', source: RELIGIOUS, verified: true },
  { date: '2025-07-06', kind: 'holiday', name: 'Capital Day (Sunday)', source: LAW, verified: true },
  {
    date: '2025-07-07',
    kind: 'substitute',
    name: 'Capital Day (for 6 Jul, Sun)',
    source: MOVE,
    verified: true,
  },
  { date: '2025-08-30', kind: 'holiday', name: 'Constitution Day (Saturday)', source: LAW, verified: true },
  {
    date: '2025-09-01',
    kind: 'substitute',
    name: 'Constitution Day (for 30 Aug, Sat)',
    source: `${MOVE}; egov.kz calendar 2025 (news.mail.ru, 2025-08-22)`,
    verified: true,
  },
  { date: '2025-10-25', kind: 'holiday', name: 'Republic Day (Saturday)', source: LAW, verified: true },
  {
    date: '2025-10-27',
    kind: 'substitute',
    name: 'Republic Day (for 25 Oct, Sat)',
    source: MOVE,
    verified: true,
  },
  { date: '2025-12-16', kind: 'holiday', name: 'Independence Day', source: LAW, verified: true },

  // ── 2026 ──────────────────────────────────────────────────────────────────────────────────────────
  { date: '2026-01-01', kind: 'holiday', name: 'New Year', source: EGOV_2026, verified: true },
  { date: '2026-01-02', kind: 'holiday', name: 'New Year', source: EGOV_2026, verified: true },
  { date: '2026-01-07', kind: 'religious', name: 'Orthodox Christmas', source: EGOV_2026, verified: true },
  {
    date: '2026-03-08',
    kind: 'holiday',
    name: "International Women's Day (Sunday)",
    source: EGOV_2026,
    verified: true,
  },
  {
    date: '2026-03-09',
    kind: 'substitute',
    name: "Women's Day (for 8 Mar, Sun)",
    source: EGOV_2026,
    verified: true,
  },
  {
    date: '2026-03-16',
    kind: 'not-a-holiday',
    name: 'Working Monday',
    source: `${EGOV_2026} (March days off: 9, 21–25 only); New Constitution Art. 94 p.2 (referendum of 15.03.2026, in force 01.07.2026); MLSPP via taspanews.kz (2026-03-18): 15 March is celebrated from 2027`,
    verified: true,
    note: 'CORRECTION vs date-holidays: it applies "Constitution Day 15 Mar since 2026" and makes 16 Mar 2026 a substitute day off. 15 Mar 2026 was the referendum itself; the official 2026 calendar has no such day.',
  },
  { date: '2026-03-21', kind: 'holiday', name: 'Nauryz (Saturday)', source: EGOV_2026, verified: true },
  { date: '2026-03-22', kind: 'holiday', name: 'Nauryz (Sunday)', source: EGOV_2026, verified: true },
  { date: '2026-03-23', kind: 'holiday', name: 'Nauryz', source: EGOV_2026, verified: true },
  {
    date: '2026-03-24',
    kind: 'substitute',
    name: 'Nauryz (for 21 Mar, Sat)',
    source: `${MOVE}; ${EGOV_2026}`,
    verified: true,
  },
  {
    date: '2026-03-25',
    kind: 'substitute',
    name: 'Nauryz (for 22 Mar, Sun)',
    source: `${MOVE}; ${EGOV_2026}`,
    verified: true,
    note: 'CORRECTION vs date-holidays: its per-day rule ("Sat → next Mon, Sun → next Tue") yields 23 Mar (a duplicate of the holiday) and 24 Mar; the official calendar has 24 and 25 Mar.',
  },
  {
    date: '2026-05-01',
    kind: 'holiday',
    name: 'Unity Day of the People of Kazakhstan',
    source: EGOV_2026,
    verified: true,
  },
  {
    date: '2026-05-07',
    kind: 'holiday',
    name: 'Defender of the Fatherland Day',
    source: EGOV_2026,
    verified: true,
  },
  { date: '2026-05-09', kind: 'holiday', name: 'Victory Day (Saturday)', source: EGOV_2026, verified: true },
  {
    date: '2026-05-11',
    kind: 'substitute',
    name: 'Victory Day (for 9 May, Sat)',
    source: EGOV_2026,
    verified: true,
  },
  {
    date: '2026-05-27',
    kind: 'religious',
    name: 'Kurban Ait, first day',
    source: `${DUMK_2026}; ${EGOV_2026}`,
    verified: true,
    note: 'ДУМК warns lunar dates may shift by one day. date-holidays agrees on the date but its isHoliday() turns true at sunset on 26 May; this table is per calendar day.',
  },
  { date: '2026-07-06', kind: 'holiday', name: 'Capital Day', source: EGOV_2026, verified: true },
  {
    date: '2026-08-31',
    kind: 'not-a-holiday',
    name: 'Working Monday (30 Aug is no longer Constitution Day)',
    source:
      'MLSPP as reported by taspanews.kz (2026-03-18): "с этого года 30 августа больше не считается Днем Конституции"; New Constitution Art. 94 p.2 (Constitution Day = 15 March)',
    verified: false,
    note:
      'DECISION (2026-11): the egov.kz 2026 calendar published in Dec 2025 (inform.kz 2026-01-02; shared/research §4) moved 30 Aug (Sun) to Mon 31 Aug, ' +
      'but after the referendum of 15.03.2026 the Ministry said 30 Aug 2026 is not a holiday. We follow the later statement: 31 Aug 2026 is a working day. ' +
      'It is also the conservative side for reminders (a working-day deadline ends earlier, never later). ' +
      'date-holidays also has no 30/31 Aug 2026 (for a different reason). To restore the old calendar, change this entry to kind "substitute".',
  },
  { date: '2026-10-25', kind: 'holiday', name: 'Republic Day (Sunday)', source: EGOV_2026, verified: true },
  {
    date: '2026-10-26',
    kind: 'substitute',
    name: 'Republic Day (for 25 Oct, Sun)',
    source: EGOV_2026,
    verified: true,
  },
  { date: '2026-12-16', kind: 'holiday', name: 'Independence Day', source: EGOV_2026, verified: true },

  // ── 2027 (expected; nothing here is confirmed by an official 2027 calendar) ───────────────────────
  {
    date: '2027-01-01',
    kind: 'holiday',
    name: 'New Year',
    source: LAW,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-01-02',
    kind: 'holiday',
    name: 'New Year (Saturday)',
    source: LAW,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-01-04',
    kind: 'substitute',
    name: 'New Year (for 2 Jan, Sat)',
    source: MOVE,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-01-07',
    kind: 'religious',
    name: 'Orthodox Christmas',
    source: RELIGIOUS,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-03-08',
    kind: 'holiday',
    name: "International Women's Day",
    source: LAW,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-03-15',
    kind: 'holiday',
    name: 'Constitution Day (new date)',
    source:
      'New Constitution Art. 94 p.2 (referendum of 15.03.2026); MLSPP via taspanews.kz (2026-03-18): celebrated from 2027',
    verified: false,
    note: 'The amendment of the Law on holidays was not seen. date-holidays agrees (03-15 since 2026).',
  },
  {
    date: '2027-03-21',
    kind: 'holiday',
    name: 'Nauryz (Sunday)',
    source: LAW,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-03-22',
    kind: 'holiday',
    name: 'Nauryz',
    source: LAW,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-03-23',
    kind: 'holiday',
    name: 'Nauryz',
    source: LAW,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-03-24',
    kind: 'substitute',
    name: 'Nauryz (for 21 Mar, Sun)',
    source: MOVE,
    verified: false,
    note: `${UNVERIFIED_2027}. CORRECTION vs date-holidays: it moves 21 Mar (Sun) onto 23 Mar, itself a holiday, and so has no extra day; the rule gives Wed 24 Mar.`,
  },
  {
    date: '2027-05-01',
    kind: 'holiday',
    name: 'Unity Day (Saturday)',
    source: LAW,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-05-03',
    kind: 'substitute',
    name: 'Unity Day (for 1 May, Sat)',
    source: MOVE,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-05-07',
    kind: 'holiday',
    name: 'Defender of the Fatherland Day',
    source: LAW,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-05-09',
    kind: 'holiday',
    name: 'Victory Day (Sunday)',
    source: LAW,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-05-10',
    kind: 'substitute',
    name: 'Victory Day (for 9 May, Sun)',
    source: MOVE,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-05-16',
    kind: 'religious',
    name: 'Kurban Ait, first day (expected; Sunday)',
    source: `${RELIGIOUS}; astronomical estimate of 10 Dhu al-Hijjah 1448 (date-holidays gives the same day)`,
    verified: false,
    note: 'ДУМК had not published its 2027 calendar. If it sets Mon 17 May instead, 17 May becomes a day off: update this entry.',
  },
  {
    date: '2027-07-06',
    kind: 'holiday',
    name: 'Capital Day',
    source: LAW,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-08-30',
    kind: 'not-a-holiday',
    name: 'Working Monday (former Constitution Day)',
    source: 'New Constitution Art. 94 p.2; MLSPP via taspanews.kz (2026-03-18)',
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-10-25',
    kind: 'holiday',
    name: 'Republic Day',
    source: LAW,
    verified: false,
    note: UNVERIFIED_2027,
  },
  {
    date: '2027-12-16',
    kind: 'holiday',
    name: 'Independence Day',
    source: LAW,
    verified: false,
    note: UNVERIFIED_2027,
  },
];

/** Years the table covers, and whether an official calendar confirmed them. */
export const KZ_TABLE_YEARS: Readonly<Record<number, 'verified' | 'unverified'>> = {
  2024: 'verified',
  2025: 'verified',
  2026: 'verified',
  2027: 'unverified',
};

/** A holiday on a fixed date, for years outside the table (and to cross-check the table). */
export interface FixedHolidayRule {
  /** 'MM-DD' */
  monthDay: string;
  name: string;
  /** false for 7 January (Labour Code Art. 84 p.5). */
  moves: boolean;
  /** First and last year the rule applies (inclusive). */
  from?: number;
  until?: number;
}

export const KZ_FIXED_HOLIDAYS: readonly FixedHolidayRule[] = [
  { monthDay: '01-01', name: 'New Year', moves: true },
  { monthDay: '01-02', name: 'New Year', moves: true },
  { monthDay: '01-07', name: 'Orthodox Christmas', moves: false },
  { monthDay: '03-08', name: "International Women's Day", moves: true },
  // New Constitution Art. 94 p.2; celebrated from 2027 (see the 2026-03-16 entry).
  { monthDay: '03-15', name: 'Constitution Day', moves: true, from: 2027 },
  { monthDay: '03-21', name: 'Nauryz', moves: true },
  { monthDay: '03-22', name: 'Nauryz', moves: true },
  { monthDay: '03-23', name: 'Nauryz', moves: true },
  { monthDay: '05-01', name: 'Unity Day of the People of Kazakhstan', moves: true },
  { monthDay: '05-07', name: 'Defender of the Fatherland Day', moves: true, from: 2013 },
  { monthDay: '05-09', name: 'Victory Day', moves: true },
  { monthDay: '07-06', name: 'Capital Day', moves: true },
  // 1995 Constitution; no longer a holiday from 2026 (see the 2026-08-31 entry).
  { monthDay: '08-30', name: 'Constitution Day', moves: true, until: 2025 },
  { monthDay: '10-25', name: 'Republic Day', moves: true, from: 2022 },
  { monthDay: '12-01', name: "First President's Day", moves: true, from: 2012, until: 2021 },
  { monthDay: '12-16', name: 'Independence Day', moves: true },
  { monthDay: '12-17', name: 'Independence Day', moves: true, until: 2021 },
];
