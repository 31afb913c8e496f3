/**
 * The texts the popup's first screen draws its rows with (utils/popup-shell/rows.ts), in the buyer's
 * language: taken from i18next by the React popup when it remembers the screen (`shellStrings`), so they
 * are word for word what React shows, and kept with the snapshot. Read back from storage, they are
 * untrusted: `parseStrings` keeps only well-formed tables, and they only ever become text nodes.
 */
import { FILTERS, type PopupFilter } from '../cases/filters';

/** A text around one value: [before, after]. */
export type Around = readonly [string, string];

export interface ShellStrings {
  noTitle: string;
  order: Around;
  /** Case status → its chip's text. */
  status: Record<string, string>;
  urgency: { overdue: string; 'due-soon': string };
  needsRepair: string;
  /** Deadline kind → its label (utils/deadlines/rules.ts `deadlineLabel`). */
  deadline: Record<string, string>;
  dueBy: Around;
  wasDue: Around;
  today: string;
  /** Plural category (Intl.PluralRules) → "in N days" / "N days ago" around the number. */
  inDays: Record<string, Around>;
  daysAgo: Record<string, Around>;
  noDeadline: string;
  filters: Record<PopupFilter, string>;
}

const MARK = '\u0001';
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** What `shellStrings` needs of i18next. */
export interface StringSource {
  t(key: string, options?: Record<string, unknown>): string;
  /** The raw template of a key in the current language (plural forms: `key_one`, …), if any. */
  raw(key: string): string | undefined;
}

function around(text: string): Around {
  const i = text.indexOf(MARK);
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + MARK.length)];
}

/** The table for the current language, from i18next and the deadline labels. */
export function shellStrings(
  source: StringSource,
  statuses: readonly string[],
  deadlineLabels: Record<string, string>,
): ShellStrings {
  const plural = (key: string) => {
    const out: Record<string, Around> = {};
    for (const c of PLURAL_CATEGORIES) {
      const raw = source.raw(`${key}_${c}`);
      if (raw !== undefined) out[c] = around(raw.replace('{{count}}', MARK));
    }
    return out;
  };
  return {
    noTitle: source.t('popup.noTitle'),
    order: around(source.t('popup.order', { number: MARK })),
    status: Object.fromEntries(statuses.map((s) => [s, source.t(`status.${s}`)])),
    urgency: { overdue: source.t('popup.urgency.overdue'), 'due-soon': source.t('popup.urgency.due-soon') },
    needsRepair: source.t('repair.needsRepair'),
    deadline: { ...deadlineLabels },
    dueBy: around(source.t('popup.dueBy', { date: MARK })),
    wasDue: around(source.t('popup.wasDue', { date: MARK })),
    today: source.t('time.today'),
    inDays: plural('time.inDays'),
    daysAgo: plural('time.daysAgo'),
    noDeadline: source.t('popup.noDeadline'),
    filters: Object.fromEntries(FILTERS.map((f) => [f, source.t(`popup.filters.${f}`)])) as Record<
      PopupFilter,
      string
    >,
  };
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length <= 500;
const isAround = (v: unknown): v is Around => Array.isArray(v) && v.length === 2 && v.every(isString);
function isTable<T>(
  v: unknown,
  item: (x: unknown) => x is T,
  keys?: readonly string[],
): v is Record<string, T> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const entries = Object.entries(v);
  if (entries.length > 100 || !entries.every(([, x]) => item(x))) return false;
  return !keys || keys.every((k) => Object.hasOwn(v, k));
}

/** The table, if `raw` is a well-formed one; null otherwise (then no first screen is drawn from it). */
export function parseStrings(raw: unknown): ShellStrings | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Record<string, unknown>;
  const ok =
    isString(s.noTitle) &&
    isAround(s.order) &&
    isTable(s.status, isString) &&
    isTable(s.urgency, isString, ['overdue', 'due-soon']) &&
    isString(s.needsRepair) &&
    isTable(s.deadline, isString) &&
    isAround(s.dueBy) &&
    isAround(s.wasDue) &&
    isString(s.today) &&
    isTable(s.inDays, isAround, ['other']) &&
    isTable(s.daysAgo, isAround, ['other']) &&
    isString(s.noDeadline) &&
    isTable(s.filters, isString, FILTERS);
  return ok ? (s as unknown as ShellStrings) : null;
}
