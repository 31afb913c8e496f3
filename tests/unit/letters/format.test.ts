import { describe, expect, it } from 'vitest';
import { addDays, formatDate, formatPrice, NBSP, parseIsoDate } from '../../../utils/letters/format';

describe('formatPrice', () => {
  it('groups thousands with a no-break space and ends with ₸', () => {
    expect(formatPrice(2810)).toBe(`2${NBSP}810${NBSP}₸`);
    expect(formatPrice(0)).toBe(`0${NBSP}₸`);
    expect(formatPrice(999)).toBe(`999${NBSP}₸`);
    expect(formatPrice(1000)).toBe(`1${NBSP}000${NBSP}₸`);
    expect(formatPrice(129_990)).toBe(`129${NBSP}990${NBSP}₸`);
    expect(formatPrice(10_000_000_000)).toBe(`10${NBSP}000${NBSP}000${NBSP}000${NBSP}₸`);
  });

  it('rejects what is not an integer amount of tenge', () => {
    expect(() => formatPrice(-1)).toThrow(RangeError);
    expect(() => formatPrice(1.5)).toThrow(RangeError);
    expect(() => formatPrice(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('prints each language in its own format', () => {
    expect(formatDate('2026-11-14', 'ru')).toBe('14 ноября 2026 г.');
    expect(formatDate('2026-11-14', 'kk')).toBe('2026 жылғы 14 қараша');
    expect(formatDate('2026-11-14', 'en')).toBe('14 November 2026');
    expect(formatDate('2026-01-01', 'ru')).toBe('1 января 2026 г.');
    expect(formatDate('2026-03-08', 'kk')).toBe('2026 жылғы 8 наурыз');
  });

  it('declines Kazakh months inside a sentence', () => {
    expect(formatDate('2026-11-10', 'kk', 'locative')).toBe('2026 жылғы 10 қарашада');
    expect(formatDate('2026-09-10', 'kk', 'locative')).toBe('2026 жылғы 10 қыркүйекте');
    expect(formatDate('2026-04-10', 'kk', 'attributive')).toBe('2026 жылғы 10 сәуірдегі');
    expect(formatDate('2026-11-10', 'ru', 'locative')).toBe('10 ноября 2026 г.');
  });

  it('rejects dates that do not exist or are not YYYY-MM-DD', () => {
    expect(() => formatDate('2026-02-29', 'ru')).toThrow(RangeError);
    expect(() => formatDate('2026-13-01', 'en')).toThrow(RangeError);
    expect(() => formatDate('14.11.2026', 'kk')).toThrow(RangeError);
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('adds calendar days across months and years', () => {
    expect(addDays('2026-02-25', 10)).toBe('2026-03-07');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
