import { describe, expect, it } from 'vitest';
import { findKaspiDates, parseKaspiDate, yearBetween } from '@/utils/kaspi/dates';

const ref = new Date('2025-11-20T12:00:00+05:00');

describe('parseKaspiDate', () => {
  it.each([
    ['26.07.2025', '2025-07-26'],
    ['Дата заказа: 1.8.2025', '2025-08-01'],
    ['26.07.25', '2025-07-26'],
    ['26/07/2025', '2025-07-26'],
    ['2025-07-26', '2025-07-26'],
    ['14 ноября', '2025-11-14'],
    ['14 ноября 2024', '2024-11-14'],
    ['14 ноября 2024 г.', '2024-11-14'],
    ['Чт, 14\u00a0августа', '2025-08-14'],
    ['1 мая', '2025-05-01'],
    ['3 нояб.', '2025-11-03'],
    ['5 декабрь', '2024-12-05'], // after the reference day in 2025: the year before
    ['20 ноября', '2025-11-20'], // the reference day itself
    ['21 ноября', '2024-11-21'],
    ['14 қараша', '2025-11-14'],
    ['14 қарашада', '2025-11-14'],
    ['14 караша', '2025-11-14'],
    ['5 қаңтар 2026', '2026-01-05'],
    ['2025 жылғы 3 наурыз', '2025-03-03'],
    ['2025 ж. 1 шілде', '2025-07-01'],
    ['29 февраля', '2024-02-29'], // 2025 has none: the latest year that has one
    ['Выдан 31.11.2025', null], // no 31 November
    ['12 990 ₸', null],
    ['3 часа', null],
    ['2 марки', null],
    ['Заказ № 612345678', null],
    ['', null],
  ] as const)('%s → %s', (text, expected) => {
    expect(parseKaspiDate(text, ref)).toBe(expected);
  });

  it('counts the calendar day in Kazakhstan (UTC+5), not in the machine time zone', () => {
    // 2025-11-19 20:00 UTC is already 20 November in Astana.
    expect(parseKaspiDate('20 ноября', new Date('2025-11-19T20:00:00Z'))).toBe('2025-11-20');
    expect(parseKaspiDate('20 ноября', new Date('2025-11-19T18:00:00Z'))).toBe('2024-11-20');
  });

  it('finds every date in order', () => {
    expect(findKaspiDates('Оформлен 10.11.2025, выдан 14 ноября', ref).map((d) => d.iso)).toEqual([
      '2025-11-10',
      '2025-11-14',
    ]);
  });
});

describe('dates written with and without a year', () => {
  it('findKaspiDates says whether the year was written, and gives the text as written', () => {
    expect(
      findKaspiDates('Оформлен 28.12.2025, выдан 3\u00a0января', ref).map((d) => [d.text, d.yearWritten]),
    ).toEqual([
      ['28.12.2025', true],
      ['3 января', false],
    ]);
  });

  it.each([
    ['2026-01-03', '2025-12-28', '2027-01-05', '2026-01-03'], // New Year: the year after the order
    ['2025-12-30', '2025-12-28', '2026-01-05', '2025-12-30'],
    ['2026-11-25', '2026-11-18', '2026-11-20', null], // would be after today
    ['2024-02-29', '2025-03-01', '2030-01-01', '2028-02-29'], // the next year that has the day
    ['2026-12-28', null, '2026-01-03', '2025-12-28'], // no lower bound: the latest year not after
  ] as const)('yearBetween(%s, %s, %s) → %s', (iso, notBefore, notAfter, expected) => {
    expect(yearBetween(iso, notBefore, notAfter)).toBe(expected);
  });
});
