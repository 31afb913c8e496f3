import type { Case } from '../cases/schema';
import { perCase, tryDeadlinesOf } from '../cases/deadlines';
import { deadlineLabel, eventDate, kzUtcOffsetMinutes, todayInKz, type Deadline } from '../deadlines';
import type { Evidence } from '../evidence/schema';
import type { Lang } from '../i18n/languages';
import { en } from '../i18n/locales/en';
import { kk } from '../i18n/locales/kk';
import { ru, type Dictionary } from '../i18n/locales/ru';
import { channelName } from '../channels/channels';
import { formatDate, formatPrice } from '../letters/format';
import { EVIDENCE_KIND_LABELS } from '../proof/checklist';
import { ARCHIVE_STRINGS, type ArchiveStrings } from './strings';
import { shownStatus } from '../cases/lifecycle';

const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { ru, kk, en };
/** Printed for a fact that is not known: never a blank. */
const UNKNOWN = '—';

export interface SummaryEvidence {
  meta: Evidence;
  /** Where the bytes are, relative to the case folder (e.g. evidence/01-фото.jpg). */
  file: string;
  /** SHA-256 of the bytes in the archive; differs from meta.sha256 only when the file has changed. */
  actualSha256: string;
  actualSize: number;
}

export interface SummaryOptions {
  lang: Lang;
  /** YYYY-MM-DD in Kazakhstan: deadlines are counted against it. */
  today: string;
  exportedAt: number;
  appVersion: string;
}

/** 1234567 → "1 234 567" (no Intl: the same bytes on every machine). */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * An instant as Kazakhstan wall time: "20 ноября 2026 г., 14:05:09 (время Казахстана, UTC+5)".
 * Deterministic (no Intl, no local time zone).
 */
export function formatKzDateTime(ms: number, lang: Lang): string {
  const offset = kzUtcOffsetMinutes(ms);
  const wall = new Date(ms + offset * 60_000).toISOString();
  return `${formatDate(todayInKz(ms), lang)}, ${wall.slice(11, 19)} (${ARCHIVE_STRINGS[lang].kzTime}, UTC+${offset / 60})`;
}

/** Indents every line of a block of free text (the buyer's words keep their own line breaks). */
function indent(text: string, by: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line === '' ? '' : by + line))
    .join('\n');
}

function deadlineLine(d: Deadline, s: ArchiveStrings, lang: Lang): string {
  const parts = [`${deadlineLabel(d.kind, lang)}: ${s.dueUntil(d.dueDate)}`];
  if (d.earliestDate) parts.push(s.earliest(d.earliestDate));
  if (d.status === 'overdue') parts.push(s.overdue);
  if (d.status === 'due-today') parts.push(s.dueToday);
  const line = `  - ${parts.join('; ')}`;
  return d.note ? `${line}\n${indent(d.note, '    ')}` : line;
}

/**
 * summary.txt of a case, in `lang`: the order facts, problem, demand and status, the buyer's
 * description, the deadlines as real dates (counted against `today`), the timeline and the evidence
 * with kind, file, size, time added and SHA-256. Plain UTF-8 text with LF line ends, ending in '\n'.
 */
export function caseSummary(c: Case, evidence: readonly SummaryEvidence[], opts: SummaryOptions): string {
  const { lang, today } = opts;
  const s = ARCHIVE_STRINGS[lang];
  const t = DICTIONARIES[lang];
  const o = c.order;
  const date = (iso: string | null) => (iso ? formatDate(iso, lang) : UNKNOWN);
  const value = (v: string | null) => v ?? UNKNOWN;

  const title = o.orderNumber ? s.orderTitle(o.orderNumber) : s.caseTitle(o.productTitle ?? c.id.slice(0, 8));
  const out: string[] = [title, '='.repeat(Math.min(72, Math.max(8, [...title].length))), ''];

  out.push(s.order);
  out.push(`  ${t.field.orderNumber}: ${value(o.orderNumber)}`);
  out.push(`  ${t.field.productTitle}: ${value(o.productTitle)}`);
  out.push(`  ${t.field.productCode}: ${value(o.productCode)}`);
  if (o.productUrl) out.push(`  ${t.field.productUrl}: ${o.productUrl}`);
  out.push(`  ${t.field.sellerName}: ${value(o.sellerName)}`);
  if (o.merchantId) out.push(`  ${t.field.merchantId}: ${o.merchantId}`);
  out.push(`  ${s.price}: ${o.price === null ? UNKNOWN : formatPrice(o.price)}`);
  out.push(`  ${t.field.orderDate}: ${date(o.orderDate)}`);
  out.push(`  ${t.field.receivedDate}: ${date(o.receivedDate)}`);
  out.push('');

  out.push(`${s.problem}: ${c.problem ? t.problem[c.problem] : UNKNOWN}`);
  out.push(`${s.remedy}: ${c.remedy ? t.remedy[c.remedy] : UNKNOWN}`);
  out.push(`${s.status}: ${t.status[shownStatus(c)]}`);
  out.push('');

  out.push(t.field.description);
  out.push(c.description.trim() ? indent(c.description.trim(), '  ') : `  ${UNKNOWN}`);
  out.push('');

  out.push(s.deadlines(today));
  // One case with a date the calendar cannot count from must not stop the export of every case.
  const deadlines = tryDeadlinesOf(c, today);
  if (deadlines === null) out.push(`  ${s.deadlinesFailed}`);
  else if (deadlines.length === 0) out.push(`  ${s.noDeadlines}`);
  for (const d of deadlines ?? []) out.push(deadlineLine(d, s, lang));
  out.push('');

  out.push(s.timeline);
  if (c.timeline.length === 0) out.push(`  ${UNKNOWN}`);
  for (const e of c.timeline) {
    const channel = e.channel ? ` (${channelName(e.channel, lang)})` : '';
    const day = perCase(c, 'export timeline', () => formatDate(eventDate(e), lang), UNKNOWN);
    out.push(`  - ${day}: ${t.timeline[e.kind]}${channel}`);
    if (e.note.trim()) out.push(indent(e.note.trim(), '    '));
  }
  out.push('');

  out.push(s.evidence(evidence.length));
  if (evidence.length === 0) out.push(`  ${s.noEvidence}`);
  evidence.forEach((ev, i) => {
    const m = ev.meta;
    out.push(`  ${i + 1}. ${EVIDENCE_KIND_LABELS[m.kind][lang]}`);
    out.push(`     ${s.file}: ${ev.file}`);
    out.push(`     ${s.originalName}: ${m.fileName}`);
    out.push(`     ${s.size}: ${groupDigits(m.size)} ${s.bytes}`);
    out.push(
      `     ${s.addedAt}: ${formatKzDateTime(m.capturedAt, lang)}` +
        (m.importedAt ? ` (${s.importedAt(formatKzDateTime(m.importedAt, lang))})` : ''),
    );
    if (m.takenAt || m.camera)
      out.push(`     ${s.takenAt}: ${[m.takenAt?.replace('T', ' '), m.camera].filter(Boolean).join(', ')}`);
    out.push(`     SHA-256: ${m.sha256}`);
    if (m.sourceUrl) out.push(`     ${s.source}: ${m.sourceUrl}`);
    if (m.note.trim()) out.push(`     ${s.note}: ${m.note.trim().replace(/\s*\n\s*/g, ' / ')}`);
    if (ev.actualSha256 !== m.sha256 || ev.actualSize !== m.size)
      out.push(`     ${s.changed(ev.actualSha256)}`);
  });
  if (evidence.length > 0) {
    out.push('');
    out.push(s.hashNote);
  }
  out.push('');
  out.push(s.made(opts.appVersion, formatKzDateTime(opts.exportedAt, lang)));
  out.push(s.unofficial);
  return out.join('\n') + '\n';
}
