import { describe, expect, it } from 'vitest';
import {
  KZ_CALENDAR_TABLE,
  KZ_FIXED_HOLIDAYS,
  KZ_TABLE_YEARS,
  addCalendarDays,
  addWorkingDays,
  calendarStatus,
  dayInfo,
  dayOfWeek,
  daysBetween,
  isCalendarKnown,
  isIsoDate,
  isOffKind,
  isWeekend,
  isWorkingDay,
  kzDateTimeToEpoch,
  kzUtcOffsetMinutes,
  ruleBasedDaysOff,
  todayInKz,
} from '@/utils/deadlines';

/** date → working? for a run of days. */
function week(from: string, to: string): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out[d] = isWorkingDay(d);
  return out;
}

describe('date arithmetic', () => {
  it('adds calendar days across months, leap days and years', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addCalendarDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addCalendarDays('2026-03-02', 90)).toBe('2026-05-31');
    expect(addCalendarDays('2026-03-19', -2)).toBe('2026-03-17');
    expect(addCalendarDays('2026-03-19', 0)).toBe('2026-03-19');
  });

  it('counts days between two dates (b − a)', () => {
    expect(daysBetween('2026-03-20', '2026-03-27')).toBe(7);
    expect(daysBetween('2026-03-27', '2026-03-20')).toBe(-7);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-05-27', '2026-05-27')).toBe(0);
  });

  it('knows the weekday', () => {
    expect(dayOfWeek('2026-03-21')).toBe(6); // Saturday
    expect(dayOfWeek('2026-03-22')).toBe(0); // Sunday
    expect(dayOfWeek('2026-05-27')).toBe(3); // Wednesday
    expect(isWeekend('2026-08-30')).toBe(true);
    expect(isWeekend('2026-08-31')).toBe(false);
  });

  it('rejects dates that do not exist or are not YYYY-MM-DD', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-3-1', '26-03-01', '', '2026-03-01T00:00']) {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => addCalendarDays(bad, 1)).toThrow(RangeError);
      expect(() => isWorkingDay(bad)).toThrow(RangeError);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(() => addCalendarDays('2026-03-01', 1.5)).toThrow(RangeError);
  });
});

describe('Kazakhstan working days (golden)', () => {
  it('Nauryz 2026: 21–23 Mar fall Sat–Mon, so 24 and 25 Mar are days off', () => {
    expect(week('2026-03-20', '2026-03-27')).toEqual({
      '2026-03-20': true, // Fri
      '2026-03-21': false, // Sat, Nauryz
      '2026-03-22': false, // Sun, Nauryz
      '2026-03-23': false, // Mon, Nauryz
      '2026-03-24': false, // Tue, for 21 Mar
      '2026-03-25': false, // Wed, for 22 Mar
      '2026-03-26': true,
      '2026-03-27': true,
    });
    expect(dayInfo('2026-03-25').entry?.note).toMatch(/date-holidays/);
  });

  it('8 March 2026 (Sunday) moves to Monday 9 March; 15–16 March 2026 are not holidays', () => {
    expect(isWorkingDay('2026-03-09')).toBe(false);
    expect(isWorkingDay('2026-03-10')).toBe(true);
    // date-holidays makes 16 Mar 2026 a Constitution Day substitute; the official 2026 calendar does not.
    expect(isWorkingDay('2026-03-16')).toBe(true);
    expect(dayInfo('2026-03-16').entry?.kind).toBe('not-a-holiday');
  });

  it('Kurban Ait 2026: Wednesday 27 May only', () => {
    expect(week('2026-05-25', '2026-05-29')).toEqual({
      '2026-05-25': true,
      '2026-05-26': true,
      '2026-05-27': false,
      '2026-05-28': true,
      '2026-05-29': true,
    });
  });

  it('May 2026: 1 and 7 May off, 9 May (Sat) moves to Monday 11 May', () => {
    expect(week('2026-05-01', '2026-05-12')).toEqual({
      '2026-05-01': false,
      '2026-05-02': false,
      '2026-05-03': false,
      '2026-05-04': true,
      '2026-05-05': true,
      '2026-05-06': true,
      '2026-05-07': false,
      '2026-05-08': true,
      '2026-05-09': false,
      '2026-05-10': false,
      '2026-05-11': false,
      '2026-05-12': true,
    });
  });

  it('30/31 August 2026: Constitution Day moved to 15 March, so Monday 31 Aug is a working day (decision)', () => {
    expect(isWorkingDay('2026-08-30')).toBe(false); // Sunday
    expect(isWorkingDay('2026-08-31')).toBe(true);
    const info = dayInfo('2026-08-31');
    expect(info.entry?.kind).toBe('not-a-holiday');
    expect(info.entry?.verified).toBe(false);
    // 2025 still had it: Saturday 30 Aug → Monday 1 Sep.
    expect(isWorkingDay('2025-09-01')).toBe(false);
    expect(isWorkingDay('2024-08-30')).toBe(false);
  });

  it('25 October 2026 (Sunday) moves to Monday 26 October', () => {
    expect(isWorkingDay('2026-10-26')).toBe(false);
    expect(isWorkingDay('2026-10-27')).toBe(true);
  });

  it('7 January and Kurban Ait on a weekend do not move', () => {
    expect(isWorkingDay('2024-01-07')).toBe(false); // Sunday
    expect(isWorkingDay('2024-01-08')).toBe(true);
    expect(isWorkingDay('2024-06-16')).toBe(false); // Kurban Ait, Sunday
    expect(isWorkingDay('2024-06-17')).toBe(true);
    // Outside the table, from the rules: 7 Jan 2029 is a Sunday.
    expect(isWorkingDay('2029-01-08')).toBe(true);
  });

  it('year ends', () => {
    expect(week('2025-12-29', '2026-01-07')).toEqual({
      '2025-12-29': true,
      '2025-12-30': true,
      '2025-12-31': true,
      '2026-01-01': false,
      '2026-01-02': false,
      '2026-01-03': false,
      '2026-01-04': false,
      '2026-01-05': true,
      '2026-01-06': true,
      '2026-01-07': false, // Orthodox Christmas, Wednesday
    });
    // 2025: the 5 Jan (Sun) ↔ 3 Jan (Fri) transfer.
    expect(week('2024-12-31', '2025-01-07')).toEqual({
      '2024-12-31': true,
      '2025-01-01': false,
      '2025-01-02': false,
      '2025-01-03': false,
      '2025-01-04': false,
      '2025-01-05': true, // working Sunday
      '2025-01-06': true,
      '2025-01-07': false,
    });
    // 2027 (unverified): 2 Jan is a Saturday → Monday 4 Jan.
    expect(week('2026-12-31', '2027-01-05')).toEqual({
      '2026-12-31': true,
      '2027-01-01': false,
      '2027-01-02': false,
      '2027-01-03': false,
      '2027-01-04': false,
      '2027-01-05': true,
    });
  });

  it('the 2024 May transfer: Saturday 4 May worked, Wednesday 8 May off', () => {
    expect(week('2024-05-04', '2024-05-10')).toEqual({
      '2024-05-04': true,
      '2024-05-05': false,
      '2024-05-06': true,
      '2024-05-07': false,
      '2024-05-08': false,
      '2024-05-09': false,
      '2024-05-10': true,
    });
  });

  it('2027 (unverified): 15 March Constitution Day, Nauryz substitute on 24 March, 30 August working', () => {
    expect(isWorkingDay('2027-03-15')).toBe(false);
    expect(week('2027-03-22', '2027-03-26')).toEqual({
      '2027-03-22': false,
      '2027-03-23': false,
      '2027-03-24': false,
      '2027-03-25': true,
      '2027-03-26': true,
    });
    expect(isWorkingDay('2027-08-30')).toBe(true);
    expect(calendarStatus(2027)).toBe('unverified');
  });
});

describe('addWorkingDays', () => {
  it('counts 1–3 working days from the Friday before Nauryz 2026', () => {
    expect(addWorkingDays('2026-03-20', 0)).toBe('2026-03-20');
    expect(addWorkingDays('2026-03-20', 1)).toBe('2026-03-26');
    expect(addWorkingDays('2026-03-20', 2)).toBe('2026-03-27');
    expect(addWorkingDays('2026-03-20', 3)).toBe('2026-03-30');
  });

  it('counts across Nauryz 2025 and Kurban Ait 2026', () => {
    expect(addWorkingDays('2025-03-20', 1)).toBe('2025-03-26');
    expect(addWorkingDays('2026-05-26', 1)).toBe('2026-05-28');
    expect(addWorkingDays('2026-05-26', 3)).toBe('2026-06-01');
  });

  it('counts across year ends, including the working Sunday of 5 Jan 2025', () => {
    expect(addWorkingDays('2025-12-29', 3)).toBe('2026-01-05');
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(addWorkingDays('2024-12-31', 1)).toBe('2025-01-05');
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-05');
  });

  it('never counts the start day; n = 0 returns the date unchanged even on a day off', () => {
    expect(addWorkingDays('2026-03-22', 0)).toBe('2026-03-22');
    expect(addWorkingDays('2026-03-21', 1)).toBe('2026-03-26'); // Saturday start
    expect(addWorkingDays('2026-03-26', 1)).toBe('2026-03-27');
  });

  it('rejects negative or fractional n', () => {
    expect(() => addWorkingDays('2026-03-20', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-20', 1.5)).toThrow(RangeError);
  });
});

describe('years outside the table', () => {
  it('isCalendarKnown is true for 2024–2027 only', () => {
    expect([2023, 2024, 2025, 2026, 2027, 2028].map(isCalendarKnown)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(calendarStatus(2026)).toBe('verified');
    expect(calendarStatus(2028)).toBe('rules-only');
    expect(dayInfo('2028-01-03').calendar).toBe('rules-only');
  });

  it('2023 from the rules: 1 Jan (Sun) moves past the 2 Jan holiday to Tuesday 3 Jan; 7 Jan (Sat) stays', () => {
    expect(week('2023-01-01', '2023-01-09')).toEqual({
      '2023-01-01': false,
      '2023-01-02': false,
      '2023-01-03': false,
      '2023-01-04': true,
      '2023-01-05': true,
      '2023-01-06': true,
      '2023-01-07': false,
      '2023-01-08': false,
      '2023-01-09': true,
    });
  });

  it('2028 from the rules: New Year Sat–Sun → Mon–Tue, 15 March off, 30 August working', () => {
    expect(isWorkingDay('2028-01-03')).toBe(false);
    expect(isWorkingDay('2028-01-04')).toBe(false);
    expect(isWorkingDay('2028-01-05')).toBe(true);
    expect(isWorkingDay('2028-03-15')).toBe(false);
    expect(isWorkingDay('2028-08-30')).toBe(true);
    expect(dayInfo('2028-01-04').ruleHoliday).toMatch(/moved from 2028-01-02/);
  });

  it('2021 from the rules: 16–17 December and 1 December', () => {
    expect(isWorkingDay('2021-12-01')).toBe(false);
    expect(isWorkingDay('2021-12-17')).toBe(false);
    expect(isWorkingDay('2022-12-01')).toBe(true);
  });
});

describe('the holiday table', () => {
  const years = Object.keys(KZ_TABLE_YEARS).map(Number);

  it('has valid, unique, sourced entries on the right kind of day', () => {
    const seen = new Set<string>();
    for (const e of KZ_CALENDAR_TABLE) {
      expect(isIsoDate(e.date), e.date).toBe(true);
      expect(seen.has(e.date), `duplicate ${e.date}`).toBe(false);
      seen.add(e.date);
      expect(years).toContain(Number(e.date.slice(0, 4)));
      expect(e.source.length, e.date).toBeGreaterThan(10);
      expect(e.name.length).toBeGreaterThan(0);
      if (['substitute', 'transfer-off', 'not-a-holiday'].includes(e.kind))
        expect(isWeekend(e.date), e.date).toBe(false);
      if (e.kind === 'transfer-work') expect(isWeekend(e.date), e.date).toBe(true);
      if (e.date.startsWith('2027')) expect(e.verified, e.date).toBe(false);
    }
  });

  it('lists every fixed-date holiday of each table year, and one Kurban Ait', () => {
    for (const year of years) {
      const kinds = new Map(
        KZ_CALENDAR_TABLE.filter((e) => e.date.startsWith(`${year}-`)).map((e) => [e.date, e.kind]),
      );
      for (const [date] of ruleBasedDaysOff(year)) {
        const rule = KZ_FIXED_HOLIDAYS.find((r) => `${year}-${r.monthDay}` === date);
        if (rule) expect(['holiday', 'religious'], date).toContain(kinds.get(date));
      }
      const kurban = KZ_CALENDAR_TABLE.filter((e) => e.date.startsWith(`${year}-`) && /Kurban/.test(e.name));
      expect(kurban).toHaveLength(1);
    }
  });

  it('matches the rules plus Kurban Ait and transfer orders, day by day', () => {
    for (const year of years) {
      const entries = KZ_CALENDAR_TABLE.filter((e) => e.date.startsWith(`${year}-`));
      const religious = entries.filter((e) => e.kind === 'religious').map((e) => e.date);
      const transferOff = new Set(entries.filter((e) => e.kind === 'transfer-off').map((e) => e.date));
      const transferWork = new Set(entries.filter((e) => e.kind === 'transfer-work').map((e) => e.date));
      const rules = ruleBasedDaysOff(year, religious);
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addCalendarDays(d, 1)) {
        const expected = transferWork.has(d) || !(isWeekend(d) || rules.has(d) || transferOff.has(d));
        expect(isWorkingDay(d), d).toBe(expected);
      }
    }
  });

  it('off/working follows the entry kind', () => {
    expect(isOffKind('substitute')).toBe(true);
    expect(isOffKind('transfer-work')).toBe(false);
    expect(isOffKind('not-a-holiday')).toBe(false);
  });

  it('counts 2026 as 246 working days (five-day week), as reported when the calendar was published', () => {
    // tengrinews.kz via alau.kz (2025-12-11): 119 days of rest and 246 working days — counted with
    // 31 Aug off. Without 31 Aug (our decision) it is 247.
    let working = 0;
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) working++;
    expect(working).toBe(247);
  });
});

describe('Kazakhstan time', () => {
  it('is UTC+5 without DST (EU and US switch dates change nothing)', () => {
    for (const date of ['2026-03-08', '2026-03-29', '2026-06-15', '2026-10-25', '2026-11-01', '2026-12-31']) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      expect(kzDateTimeToEpoch(date, 10, 0)).toBe(Date.UTC(y, m - 1, d, 5, 0));
    }
    expect(kzDateTimeToEpoch('2026-03-24', 0, 0)).toBe(Date.UTC(2026, 2, 23, 19, 0));
    expect(kzDateTimeToEpoch('2026-03-24', 23, 59)).toBe(Date.UTC(2026, 2, 24, 18, 59));
  });

  it('turns an instant into the Kazakhstan day', () => {
    expect(todayInKz(Date.UTC(2026, 0, 1, 18, 59))).toBe('2026-01-01');
    expect(todayInKz(Date.UTC(2026, 0, 1, 19, 0))).toBe('2026-01-02');
    expect(todayInKz(new Date(Date.UTC(2025, 11, 31, 19, 0)))).toBe('2026-01-01');
    expect(todayInKz(Date.UTC(2026, 4, 25, 19, 30))).toBe('2026-05-26');
    expect(() => todayInKz(Number.NaN)).toThrow(RangeError);
  });

  it('switches from UTC+6 to UTC+5 on 2024-03-01', () => {
    expect(kzUtcOffsetMinutes(Date.UTC(2024, 1, 29, 17, 59))).toBe(360);
    expect(kzUtcOffsetMinutes(Date.UTC(2024, 1, 29, 18, 0))).toBe(300);
    // Before: midnight comes at 18:00 UTC.
    expect(todayInKz(Date.UTC(2024, 0, 15, 17, 59))).toBe('2024-01-15');
    expect(todayInKz(Date.UTC(2024, 0, 15, 18, 0))).toBe('2024-01-16');
    // The switch: 00:00 (+6) on 1 March became 23:00 (+5) on 29 February.
    expect(todayInKz(Date.UTC(2024, 1, 29, 17, 59))).toBe('2024-02-29');
    expect(todayInKz(Date.UTC(2024, 1, 29, 18, 30))).toBe('2024-02-29');
    expect(todayInKz(Date.UTC(2024, 1, 29, 19, 0))).toBe('2024-03-01');
    expect(kzDateTimeToEpoch('2024-02-29', 10, 0)).toBe(Date.UTC(2024, 1, 29, 4, 0));
    expect(kzDateTimeToEpoch('2024-03-01', 10, 0)).toBe(Date.UTC(2024, 2, 1, 5, 0));
    expect(kzDateTimeToEpoch('2024-02-29', 23, 30)).toBe(Date.UTC(2024, 1, 29, 17, 30));
  });

  it('agrees with the platform tz database (Asia/Almaty) from 2023 to 2027', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Almaty',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    // Node's own tzdata must know the 2024 change (2024a+) for it to serve as an oracle.
    if (fmt.format(Date.UTC(2024, 2, 1, 18, 30)) !== '2024-03-01') return;
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2028, 0, 1); t += 7 * 3_600_000 + 13 * 60_000) {
      expect(todayInKz(t), new Date(t).toISOString()).toBe(fmt.format(t));
    }
  });

  it('rejects impossible times of day', () => {
    expect(() => kzDateTimeToEpoch('2026-03-24', 24, 0)).toThrow(RangeError);
    expect(() => kzDateTimeToEpoch('2026-03-24', 10, 60)).toThrow(RangeError);
    expect(() => kzDateTimeToEpoch('2026-02-30', 10, 0)).toThrow(RangeError);
  });
});
