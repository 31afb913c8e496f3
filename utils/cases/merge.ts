/**
 * Three-way merge of a case written by two editors (two panels, a panel and the case page, a panel and
 * an import). Pure: `saveCase` (store.ts) calls it inside its write transaction when the stored row is
 * no longer the one the editor loaded.
 *
 * - base: the case as the editor loaded it (or last saved it);
 * - mine: what the editor writes now;
 * - theirs: the case as it is stored now (written elsewhere since base).
 *
 * Rules:
 * - the timeline is the union of both sides' events by id: no event added elsewhere is lost (a "sent"
 *   or "claim-sent" event added elsewhere stays); an event both sides have and only the editor changed
 *   takes the editor's content, else the stored one; an event the editor removed (the undo of "I sent
 *   it") stays removed unless it was changed elsewhere; events are ordered by `at` (stable);
 * - `proof` (a set) keeps what either side added and drops what either side removed;
 * - `order` and `buyer` are merged field by field;
 * - every other field: the editor's value where the editor changed it from base, else the stored
 *   value. When both changed the same field to different values the editor's value is kept (it is the
 *   one on the buyer's screen) and the field is listed in `conflicts`.
 */
import type { Case, TimelineEvent } from './schema';

export interface CaseMerge {
  merged: Case;
  /** Paths ('description', 'order.price', 'timeline.<id>') taken from the stored case. */
  fromStored: string[];
  /** Paths both sides changed differently: the editor's value was kept. */
  conflicts: string[];
}

/** Structural equality of JSON-like values (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) {
    // An absent key and an undefined one are the same (what JSON and IndexedDB keep).
    if (!sameValue(ra[k], rb[k])) return false;
  }
  return true;
}

interface Acc {
  fromStored: string[];
  conflicts: string[];
}

/** One value: the editor's change where there is one, else the stored value. */
function pick<T>(path: string, base: T, mine: T, theirs: T, acc: Acc): T {
  if (sameValue(mine, base)) {
    if (!sameValue(theirs, base)) acc.fromStored.push(path);
    return theirs;
  }
  if (!sameValue(theirs, base) && !sameValue(theirs, mine)) acc.conflicts.push(path);
  return mine;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field by field when all three are objects; as one value otherwise (e.g. `buyer` set from null). */
function pickFields<T>(path: string, base: T, mine: T, theirs: T, acc: Acc): T {
  if (!isPlainObject(base) || !isPlainObject(mine) || !isPlainObject(theirs))
    return pick(path, base, mine, theirs, acc);
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)]))
    out[key] = pick(`${path}.${key}`, base[key], mine[key], theirs[key], acc);
  return out as T;
}

function mergeSet<T>(
  path: string,
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  acc: Acc,
): T[] {
  if (sameValue(mine, base)) {
    if (!sameValue(theirs, base)) acc.fromStored.push(path);
    return [...theirs];
  }
  const removedByMine = base.filter((v) => !mine.includes(v));
  const out = theirs.filter((v) => !removedByMine.includes(v));
  for (const v of mine) if (!base.includes(v) && !out.includes(v)) out.push(v);
  if (!sameValue(theirs, base)) acc.fromStored.push(path);
  return out;
}

function mergeTimeline(
  base: readonly TimelineEvent[],
  mine: readonly TimelineEvent[],
  theirs: readonly TimelineEvent[],
  acc: Acc,
  removals: boolean,
): TimelineEvent[] {
  const baseById = new Map(base.map((e) => [e.id, e]));
  const mineById = new Map(mine.map((e) => [e.id, e]));
  const out: TimelineEvent[] = [];
  const seen = new Set<string>();
  for (const t of theirs) {
    if (seen.has(t.id)) continue;
    seen.add(t.id);
    const m = mineById.get(t.id);
    const b = baseById.get(t.id);
    if (!m) {
      // Removed by this editor on purpose (the undo of "I sent it", utils/cases/create.ts) and unchanged
      // elsewhere: stays removed.
      if (removals && b && sameValue(b, t)) continue;
      // Only the stored side has it: added elsewhere, or changed elsewhere after this editor removed it:
      // kept.
      if (!b || !sameValue(b, t)) acc.fromStored.push(`timeline.${t.id}`);
      out.push(t);
    } else out.push(b ? pick(`timeline.${t.id}`, b, m, t, acc) : sameValue(m, t) ? t : m);
  }
  for (const m of mine) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    out.push(m);
  }
  // Stable: events of the same instant keep the order above.
  return out
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * Merges the editor's case into the stored one, against the case the editor loaded. `removals: false`
 * when the editor had no base of its own (its events absent from the stored case were never seen, so
 * none was removed on purpose).
 */
export function mergeCase(
  base: Case,
  mine: Case,
  theirs: Case,
  { removals = true }: { removals?: boolean } = {},
): CaseMerge {
  const acc: Acc = { fromStored: [], conflicts: [] };
  const out: Record<string, unknown> = {};
  const b = base as unknown as Record<string, unknown>;
  const m = mine as unknown as Record<string, unknown>;
  const t = theirs as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    switch (key) {
      case 'id':
        out.id = mine.id;
        break;
      case 'createdAt':
        out.createdAt = Math.min(mine.createdAt, theirs.createdAt);
        break;
      case 'updatedAt':
        out.updatedAt = Math.max(mine.updatedAt, theirs.updatedAt);
        break;
      case 'timeline':
        out.timeline = mergeTimeline(base.timeline, mine.timeline, theirs.timeline, acc, removals);
        break;
      case 'proof':
        out.proof = mergeSet('proof', base.proof, mine.proof, theirs.proof, acc);
        break;
      case 'order':
      case 'buyer':
        out[key] = pickFields(key, b[key], m[key], t[key], acc);
        break;
      default:
        out[key] = pick(key, b[key], m[key], t[key], acc);
    }
  }
  return { merged: out as unknown as Case, fromStored: acc.fromStored, conflicts: acc.conflicts };
}
