/**
 * Prints npm date-holidays' view of Kazakhstan next to the reviewed table in
 * utils/deadlines/holidays-kz.ts, day by day, for a reviewer to diff. It changes nothing: the table is
 * committed data, corrected by hand. date-holidays is a devDependency and must never be imported
 * from utils/.
 *
 *   npx vite-node scripts/holidays/compare.ts            # 2024–2027
 *   npx vite-node scripts/holidays/compare.ts 2026 2028  # chosen years
 */
import Holidays from 'date-holidays';
import { KZ_TABLE_YEARS, addCalendarDays, dayInfo, isWeekend } from '../../utils/deadlines';

const years = process.argv.slice(2).map(Number).filter(Number.isInteger);
const hd = new Holidays('KZ');

let differences = 0;
for (const year of years.length ? years : Object.keys(KZ_TABLE_YEARS).map(Number)) {
  // date-holidays: date → names (public holidays and their substitutes; no transfer orders).
  const theirs = new Map<string, string[]>();
  for (const h of hd.getHolidays(year)) {
    if (h.type !== 'public') continue;
    const date = h.date.slice(0, 10);
    theirs.set(date, [...(theirs.get(date) ?? []), h.name + (h.substitute ? ' (substitute)' : '')]);
  }
  console.log(`\n== ${year} (ours: ${dayInfo(`${year}-01-01`).calendar}) ==`);
  console.log('date        dow  ours      date-holidays         our entry');
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addCalendarDays(d, 1)) {
    const info = dayInfo(d);
    const theirOff = isWeekend(d) || theirs.has(d);
    const interesting =
      info.entry !== null || info.ruleHoliday !== null || theirs.has(d) || theirOff !== !info.working;
    if (!interesting) continue;
    const differs = theirOff === info.working;
    if (differs) differences++;
    const dow = new Date(`${d}T00:00:00Z`).toUTCString().slice(0, 3);
    const ours = info.working ? 'working' : 'off';
    const their = (theirs.get(d) ?? [isWeekend(d) ? 'weekend' : 'working']).join(' + ');
    const what = info.entry
      ? `${info.entry.kind}: ${info.entry.name}${info.entry.verified ? '' : ' [unverified]'}`
      : (info.ruleHoliday ?? '');
    console.log(
      `${differs ? '≠' : ' '} ${d} ${dow}  ${ours.padEnd(8)}  ${their.slice(0, 40).padEnd(40)}  ${what}`,
    );
  }
}
console.log(
  `\n${differences} day(s) where working/off differ (≠). Each must have a reviewed entry with a note.`,
);
