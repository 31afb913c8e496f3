import { describe, expect, it } from 'vitest';
import { formatDateTime } from '@/utils/letters/format';

describe('one date format on every screen', () => {
  it('a moment is the day as formatDate writes it and the time in Kazakhstan, whatever the locale', () => {
    const at = Date.UTC(2026, 10, 30, 9, 5); // 14:05 in Almaty (UTC+5)
    expect(formatDateTime(at, 'ru')).toBe('30 ноября 2026 г., 14:05');
    expect(formatDateTime(at, 'kk')).toBe('2026 жылғы 30 қараша, 14:05');
    expect(formatDateTime(at, 'en')).toBe('30 November 2026, 14:05');
    // Late in the evening UTC is already the next day in Kazakhstan.
    expect(formatDateTime(Date.UTC(2026, 11, 31, 20, 30), 'ru')).toBe('1 января 2027 г., 01:30');
    // Before 1 March 2024 Almaty was UTC+6.
    expect(formatDateTime(Date.UTC(2024, 0, 10, 12, 0), 'en')).toBe('10 January 2024, 18:00');
  });
});
