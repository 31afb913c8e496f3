/**
 * Import into a real (fake-indexeddb) database: every decision is re-checked inside the write
 * transaction, dates in the future are clamped, rows this version cannot read are kept, and timelines
 * are merged by event id.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildArchive, type ArchiveEvidence } from '@/utils/archive';
import { applyImport, previewImport, type ImportPreview } from '@/utils/archive/io';
import type { Case } from '@/utils/cases/schema';
import { ShagymDb, getCase, putCase } from '@/utils/db';
import { PHONE_CASE, PHONE_PHOTO, WASHER_CASE, input } from './fixtures';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);
const YEAR = 365 * DAY;

let database: ShagymDb;
beforeEach(async () => {
  database = new ShagymDb(`test-${crypto.randomUUID()}`);
  await database.open();
});

async function archiveOf(cases: Case[], evidence: ArchiveEvidence[] = []) {
  return (await buildArchive(input({ cases, evidence }))).bytes;
}

async function preview(cases: Case[], now = NOW, evidence: ArchiveEvidence[] = []) {
  const p = await previewImport(await archiveOf(cases, evidence), database, undefined, now);
  if (!p.ok) throw new Error(p.error);
  return p as Extract<ImportPreview, { ok: true }>;
}

const edited = (c: Case, by: number, note = `+${by}`): Case => ({
  ...c,
  updatedAt: c.updatedAt + by,
  description: `${c.description} (${note})`,
});

describe('dates in the future', () => {
  it('clamps an imported case dated in the future to now, so a later version can still replace it', async () => {
    const future: Case = {
      ...PHONE_CASE,
      createdAt: NOW + YEAR,
      updatedAt: NOW + 10 * YEAR,
      timeline: PHONE_CASE.timeline.map((e, i) => (i === 1 ? { ...e, at: NOW + 5 * YEAR } : e)),
    };
    const first = await preview([future]);
    expect(first.plan.clampedCases).toEqual([PHONE_CASE.id]);
    await applyImport(first.plan, database);
    const stored = await getCase(PHONE_CASE.id, database);
    expect(stored).toMatchObject({ createdAt: NOW, updatedAt: NOW });
    expect(stored?.timeline.map((e) => e.at)).toEqual([PHONE_CASE.timeline[0]?.at, NOW]);

    // A day later, the buyer's newer version (from another device) replaces it.
    const later = { ...edited(PHONE_CASE, 0, 'newer'), updatedAt: NOW + DAY / 2 };
    const second = await preview([later], NOW + DAY);
    expect(second.plan.replaceCases.map((c) => c.id)).toEqual([PHONE_CASE.id]);
    expect((await applyImport(second.plan, database)).caseIds).toEqual([PHONE_CASE.id]);
    expect((await getCase(PHONE_CASE.id, database))?.description).toContain('(newer)');
  });
});

describe('re-checked inside the write transaction', () => {
  it('keeps an edit made between the preview and "Import"', async () => {
    await putCase(PHONE_CASE, database);
    const p = await preview([edited(PHONE_CASE, DAY, 'archive')]);
    expect(p.plan.replaceCases).toHaveLength(1);
    await putCase(edited(PHONE_CASE, 2 * DAY, 'edited after the preview'), database);
    const outcome = await applyImport(p.plan, database);
    expect(outcome.caseIds).toEqual([]);
    expect(outcome.changedSincePreview).toEqual([PHONE_CASE.id]);
    expect((await getCase(PHONE_CASE.id, database))?.description).toContain('edited after the preview');
  });

  it('keeps a case created here between the preview and "Import", and its evidence', async () => {
    const p = await preview([WASHER_CASE, PHONE_CASE], NOW, [PHONE_PHOTO]);
    expect(p.plan.addCases).toHaveLength(2);
    const mine = edited(PHONE_CASE, DAY, 'made here meanwhile');
    await putCase(mine, database);
    await database.evidence.put({ ...PHONE_PHOTO.meta, note: 'mine' });
    const outcome = await applyImport(p.plan, database);
    expect(outcome.caseIds).toEqual([WASHER_CASE.id]);
    expect(outcome.changedSincePreview).toEqual([PHONE_CASE.id]);
    expect(outcome.skippedEvidence).toEqual([{ id: PHONE_PHOTO.meta.id, reason: 'changed-since-preview' }]);
    expect(await getCase(PHONE_CASE.id, database)).toEqual(mine);
    expect((await database.evidence.get(PHONE_PHOTO.meta.id))?.note).toBe('mine');
  });

  it('does not bring back a case deleted between the preview and "Import"', async () => {
    await putCase(PHONE_CASE, database);
    const p = await preview([edited(PHONE_CASE, DAY)], NOW, [PHONE_PHOTO]);
    await database.cases.delete(PHONE_CASE.id);
    const outcome = await applyImport(p.plan, database);
    expect(outcome).toEqual({
      caseIds: [],
      addedEvidence: 0,
      changedSincePreview: [PHONE_CASE.id],
      skippedEvidence: [{ id: PHONE_PHOTO.meta.id, reason: 'no-case' }],
    });
    expect(await database.cases.count()).toBe(0);
  });

  it('writes what the preview showed when nothing changed meanwhile', async () => {
    await putCase(PHONE_CASE, database);
    const p = await preview([edited(PHONE_CASE, DAY, 'archive'), WASHER_CASE], NOW, [PHONE_PHOTO]);
    const outcome = await applyImport(p.plan, database);
    expect(outcome).toEqual({
      caseIds: [WASHER_CASE.id, PHONE_CASE.id],
      addedEvidence: 1,
      changedSincePreview: [],
      skippedEvidence: [],
    });
    expect((await getCase(PHONE_CASE.id, database))?.description).toContain('(archive)');
    expect(await database.evidenceBlobs.get(PHONE_PHOTO.meta.id)).toBeDefined();
  });
});

describe('rows this version cannot read', () => {
  it('counts an unreadable stored case as present and never overwrites it', async () => {
    const unreadable = { ...PHONE_CASE, status: 'from-a-newer-version', extra: { a: 1 } };
    await database.cases.put(unreadable as unknown as Case);
    const p = await preview([edited(PHONE_CASE, DAY)], NOW, [PHONE_PHOTO]);
    expect(p.plan.addCases).toEqual([]);
    expect(p.plan.replaceCases).toEqual([]);
    expect(p.plan.keptCases).toEqual([{ id: PHONE_CASE.id, reason: 'unreadable' }]);
    await applyImport(p.plan, database);
    expect(await database.cases.get(PHONE_CASE.id)).toEqual(unreadable);
  });

  it('counts unreadable stored evidence as present and never overwrites it', async () => {
    await putCase(PHONE_CASE, database);
    const unreadable = { ...PHONE_PHOTO.meta, kind: 'hologram' };
    await database.evidence.put(unreadable as unknown as typeof PHONE_PHOTO.meta);
    const p = await preview([], NOW, [PHONE_PHOTO]);
    expect(p.plan.addEvidence).toEqual([]);
    expect(p.plan.skippedEvidence).toEqual([{ id: PHONE_PHOTO.meta.id, reason: 'unreadable' }]);
    await applyImport(p.plan, database);
    expect(await database.evidence.get(PHONE_PHOTO.meta.id)).toEqual(unreadable);
  });
});

describe('timelines', () => {
  it('merges the timelines by event id: an event recorded here is never lost, none is doubled', async () => {
    const sentHere = {
      id: '00000000-0000-4000-8000-0000000000aa',
      at: PHONE_CASE.updatedAt + DAY,
      kind: 'claim-sent' as const,
      date: null,
      channel: 'email' as const,
      note: 'sent from this device',
    };
    const mine: Case = {
      ...PHONE_CASE,
      timeline: [...PHONE_CASE.timeline, sentHere],
      updatedAt: sentHere.at,
    };
    await putCase(mine, database);
    const answered = {
      id: '00000000-0000-4000-8000-0000000000bb',
      at: sentHere.at + DAY,
      kind: 'answer-received' as const,
      date: null,
      channel: null,
      note: 'from the other device',
    };
    const theirs: Case = {
      ...PHONE_CASE,
      // The shared events, one of them with a changed note: ours wins.
      timeline: [
        { ...(PHONE_CASE.timeline[0] as Case['timeline'][number]), note: 'theirs' },
        ...PHONE_CASE.timeline.slice(1),
        answered,
      ],
      updatedAt: answered.at,
    };
    const p = await preview([theirs], answered.at + DAY);
    await applyImport(p.plan, database);
    const stored = await getCase(PHONE_CASE.id, database);
    expect(stored?.timeline.map((e) => e.id)).toEqual([
      ...PHONE_CASE.timeline.map((e) => e.id),
      sentHere.id,
      answered.id,
    ]);
    expect(stored?.timeline[0]?.note).toBe(PHONE_CASE.timeline[0]?.note);
    expect(stored?.updatedAt).toBe(answered.at);
  });
});
