import type { Case, TimelineEvent } from '../cases/schema';
import type { Evidence } from '../evidence/schema';
import type { AnyArchiveEvidence, ArchivePicture } from './format';

/**
 * Why an evidence file of the archive is not added:
 * - 'already-there': the buyer has this evidence id with the same SHA-256;
 * - 'conflict': the buyer has this evidence id with another SHA-256 (the buyer's own is kept);
 * - 'unreadable': the buyer has a row with this id that this version cannot read (kept, never overwritten);
 * - 'no-case': its case is neither the buyer's nor among the cases added (also: the case disappeared
 *   between the preview and the import);
 * - 'changed-since-preview': a file with this id appeared between the preview and the import.
 */
export type SkipReason = 'already-there' | 'conflict' | 'unreadable' | 'no-case' | 'changed-since-preview';

/**
 * Why a case of the archive does not replace the buyer's:
 * - 'not-newer': the buyer's own is newer or equally new;
 * - 'unreadable': the buyer has a case with this id that this version cannot read (kept as it is);
 * - 'changed-since-preview': the buyer's case was added, edited or deleted between the preview and the
 *   import (applyImport re-checks every decision against the row as it then is).
 */
export type KeepReason = 'not-newer' | 'unreadable' | 'changed-since-preview';

export interface ImportPlan {
  /** Cases the buyer does not have. */
  addCases: Case[];
  /**
   * Cases the buyer has, in an older version (incoming updatedAt is later): the archive's version with
   * both timelines merged by event id, so no event recorded on this device is lost.
   */
  replaceCases: Case[];
  /** Incoming cases not taken, and why. */
  keptCases: { id: string; reason: KeepReason }[];
  addEvidence: AnyArchiveEvidence[];
  /**
   * Product pictures of the cases added or replaced: each is written only where the case has none
   * then (the buyer's own choice is kept).
   */
  addPictures: ArchivePicture<Uint8Array | Blob>[];
  skippedEvidence: { id: string; reason: SkipReason }[];
  /** Ids of incoming cases with a date (created, updated, an event) in the future: set to `now`. */
  clampedCases: string[];
  /**
   * What each decision to replace was made against: the fingerprint of the buyer's case at preview
   * time, by id. applyImport writes a replacement only while the stored case still matches it.
   */
  basis: Record<string, string>;
}

/** What the buyer has, as read back from the database. */
export interface ExistingData {
  cases: readonly Case[];
  evidence: readonly Evidence[];
  /** Ids of stored cases that failed the schema: present, never overwritten. */
  unreadableCaseIds?: readonly string[];
  /** Ids of stored evidence that failed the schema: present, never overwritten. */
  unreadableEvidenceIds?: readonly string[];
}

/** The timeline's upper bound in the case schema. */
const MAX_TIMELINE = 1000;

/** A short, stable fingerprint of a parsed case (53-bit hash of its JSON): did it change? */
export function caseFingerprint(c: Case): string {
  const s = JSON.stringify(c);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${s.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** The case with every date after `now` set to `now` (the same object when none is). */
export function clampCaseDates(c: Case, now: number): Case {
  const future = c.createdAt > now || c.updatedAt > now || c.timeline.some((e) => e.at > now);
  if (!future) return c;
  return {
    ...c,
    createdAt: Math.min(c.createdAt, now),
    updatedAt: Math.min(c.updatedAt, now),
    timeline: c.timeline.map((e) => (e.at > now ? { ...e, at: now } : e)),
  };
}

/**
 * Both timelines, by event id: every event of ours, then the archive's events whose id we do not have
 * (ours wins on the same id), in time order. Over the schema's bound, the archive's oldest events are
 * the ones left out; ours never are.
 */
export function mergeTimelines(
  ours: readonly TimelineEvent[],
  theirs: readonly TimelineEvent[],
): TimelineEvent[] {
  const have = new Set(ours.map((e) => e.id));
  const extra: TimelineEvent[] = [];
  for (const e of theirs)
    if (!have.has(e.id)) {
      have.add(e.id);
      extra.push(e);
    }
  const room = Math.max(0, MAX_TIMELINE - ours.length);
  const kept = extra.length > room ? [...extra].sort((a, b) => b.at - a.at).slice(0, room) : extra;
  return [...ours, ...kept]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * What importing `incoming` into `existing` should do; pure, nothing is written. Never loses the
 * buyer's data: a case is replaced only by a strictly newer version, and then the timelines are merged;
 * a stored row this version cannot read counts as present and is never overwritten; evidence never
 * overwrites evidence. Incoming dates after `now` are set to `now` (a case dated in the future would
 * otherwise win every comparison forever).
 * An id that comes twice in `incoming` counts once (the newest case; the first evidence).
 */
export function planImport(
  existing: ExistingData,
  incoming: {
    cases: readonly Case[];
    evidence: readonly AnyArchiveEvidence[];
    pictures?: readonly ArchivePicture<Uint8Array | Blob>[];
  },
  now: number = Date.now(),
): ImportPlan {
  const ours = new Map(existing.cases.map((c) => [c.id, c]));
  const unreadableCases = new Set(existing.unreadableCaseIds ?? []);
  const clamped = new Set<string>();
  const newest = new Map<string, Case>();
  for (const original of incoming.cases) {
    const c = clampCaseDates(original, now);
    if (c !== original) clamped.add(c.id);
    const before = newest.get(c.id);
    if (!before || c.updatedAt > before.updatedAt) newest.set(c.id, c);
  }

  const plan: ImportPlan = {
    addCases: [],
    replaceCases: [],
    keptCases: [],
    addEvidence: [],
    addPictures: [],
    skippedEvidence: [],
    clampedCases: [],
    basis: {},
  };
  for (const c of newest.values()) {
    const mine = ours.get(c.id);
    if (clamped.has(c.id)) plan.clampedCases.push(c.id);
    if (unreadableCases.has(c.id)) plan.keptCases.push({ id: c.id, reason: 'unreadable' });
    else if (!mine) plan.addCases.push(c);
    else if (c.updatedAt > mine.updatedAt) {
      plan.replaceCases.push({ ...c, timeline: mergeTimelines(mine.timeline, c.timeline) });
      plan.basis[c.id] = caseFingerprint(mine);
    } else plan.keptCases.push({ id: c.id, reason: 'not-newer' });
  }

  const written = new Set([...plan.addCases, ...plan.replaceCases].map((c) => c.id));
  const pictured = new Set<string>();
  for (const p of incoming.pictures ?? [])
    if (written.has(p.caseId) && !pictured.has(p.caseId)) {
      pictured.add(p.caseId);
      plan.addPictures.push(p);
    }

  const caseIds = new Set([...ours.keys(), ...unreadableCases, ...plan.addCases.map((c) => c.id)]);
  const hashes = new Map(existing.evidence.map((e) => [e.id, e.sha256]));
  const unreadableEvidence = new Set(existing.unreadableEvidenceIds ?? []);
  for (const ev of incoming.evidence) {
    const { id, sha256, caseId } = ev.meta;
    const have = hashes.get(id);
    if (unreadableEvidence.has(id)) plan.skippedEvidence.push({ id, reason: 'unreadable' });
    else if (have !== undefined)
      plan.skippedEvidence.push({ id, reason: have === sha256 ? 'already-there' : 'conflict' });
    else if (!caseIds.has(caseId)) plan.skippedEvidence.push({ id, reason: 'no-case' });
    else {
      plan.addEvidence.push(ev);
      hashes.set(id, sha256);
    }
  }
  return plan;
}
