/**
 * Kazakhstan's clock, without the holiday table: small enough for the popup's first screen
 * (entrypoints/popup/boot.ts), which must not load the calendar.
 *
 * All of Kazakhstan is UTC+5 since 2024-03-01 00:00 local (tz Asia/Almaty, tzdata 2024a+); before
 * that, Almaty used UTC+6 (no DST since 2005). Research §4.
 */

/** 2024-03-01T00:00+06:00: from this instant Kazakhstan is UTC+5. */
export const KZ_UTC5_SINCE_EPOCH = Date.UTC(2024, 1, 29, 18, 0);
/** The first local day on UTC+5. */
export const KZ_UTC5_SINCE_DATE = '2024-03-01';

/** Kazakhstan's offset from UTC at an instant, in minutes (360 before 2024-03-01, then 300). */
export function kzUtcOffsetMinutes(epochMs: number): number {
  return epochMs < KZ_UTC5_SINCE_EPOCH ? 360 : 300;
}

/** The calendar day in Kazakhstan at an instant. @example todayInKz(Date.UTC(2026, 0, 1, 19)) → '2026-01-02' */
export function todayInKz(now: Date | number): string {
  const ms = typeof now === 'number' ? now : now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid time');
  return new Date(ms + kzUtcOffsetMinutes(ms) * 60_000).toISOString().slice(0, 10);
}
