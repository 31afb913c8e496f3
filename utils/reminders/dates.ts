import { todayInKz } from '../deadlines/time-zone';
import type { Reminder } from './schema';

/** One line of the case page's reminders: what is due, and the Kazakhstan days Shagym will remind of it. */
export interface ReminderDays {
  key: string;
  kind: string;
  /** The buyer's own label (buyer reminders), else empty: the page names the deadline kind. */
  label: string;
  days: string[];
}

/**
 * The pending reminders of a case, one line per reminder with its days in order (a stage snoozed moves to
 * the end of its snooze), lines ordered by their first day. "Return through Kaspi: 7, 9 and 10 December",
 * not three lines that say the same thing.
 */
export function reminderDays(reminders: readonly Reminder[]): ReminderDays[] {
  return reminders
    .map((r) => {
      const days = r.stages
        .filter((s) => s.notifiedAt === null)
        .map((s) => todayInKz(Math.max(s.at, r.snoozedUntil ?? 0)))
        .sort();
      return { key: r.id, kind: r.kind, label: r.label, days: [...new Set(days)] };
    })
    .filter((line) => line.days.length > 0)
    .sort((a, b) => (a.days[0]! < b.days[0]! ? -1 : a.days[0]! > b.days[0]! ? 1 : a.key < b.key ? -1 : 1));
}
