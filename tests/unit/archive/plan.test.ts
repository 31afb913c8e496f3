import { describe, expect, it } from 'vitest';
import { buildArchive, mergeTimelines, planImport, readArchive } from '@/utils/archive';
import type { Case, TimelineEvent } from '@/utils/cases/schema';
import {
  KETTLE_CASE,
  PHONE_CASE,
  PHONE_PHOTO,
  PHONE_RECEIPT,
  PHONE_VIDEO,
  WASHER_CASE,
  WASHER_CHAT,
  bytesOf,
  evidence,
  input,
  sha256,
} from './fixtures';

const DAY = 86_400_000;
/** After every date of the fixtures. */
const NOW = Date.UTC(2027, 0, 1);
const touched = (c: Case, by: number): Case => ({
  ...c,
  updatedAt: c.updatedAt + by,
  description: `${c.description} (+${by})`,
});
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('planImport: cases', () => {
  it('adds every case into an empty extension', () => {
    const plan = planImport(
      { cases: [], evidence: [] },
      { cases: [PHONE_CASE, WASHER_CASE], evidence: [PHONE_PHOTO, WASHER_CHAT] },
      NOW,
    );
    expect(plan).toEqual({
      addCases: [PHONE_CASE, WASHER_CASE],
      replaceCases: [],
      keptCases: [],
      addEvidence: [PHONE_PHOTO, WASHER_CHAT],
      addPictures: [],
      skippedEvidence: [],
      clampedCases: [],
      basis: {},
    });
  });

  it("takes the product pictures of the cases it adds or replaces, one per case, never another case's", () => {
    const picture = (caseId: string, at: number) => ({
      caseId,
      bytes: new Uint8Array([0xff, 0xd8, 0xff, at]),
      mime: 'image/jpeg' as const,
      width: 10,
      height: 10,
      evidenceId: null,
      sourceUrl: null,
      at,
    });
    const plan = planImport(
      { cases: [touched(WASHER_CASE, DAY), KETTLE_CASE], evidence: [] },
      {
        cases: [PHONE_CASE, WASHER_CASE, touched(KETTLE_CASE, 1)],
        evidence: [],
        pictures: [
          picture(PHONE_CASE.id, 1),
          picture(PHONE_CASE.id, 2),
          picture(WASHER_CASE.id, 3),
          picture(KETTLE_CASE.id, 4),
        ],
      },
      NOW,
    );
    // The phone is added, the kettle replaced; the washer is kept as ours (not newer): no picture.
    expect(plan.addPictures.map((p) => [p.caseId, p.at])).toEqual([
      [PHONE_CASE.id, 1],
      [KETTLE_CASE.id, 4],
    ]);
  });

  it('replaces a case only with a strictly newer one, and keeps ours when it is newer or equal', () => {
    const plan = planImport(
      { cases: [PHONE_CASE, touched(WASHER_CASE, DAY), KETTLE_CASE], evidence: [] },
      { cases: [touched(PHONE_CASE, 1), WASHER_CASE, KETTLE_CASE], evidence: [] },
      NOW,
    );
    expect(plan.addCases).toEqual([]);
    expect(plan.replaceCases).toEqual([touched(PHONE_CASE, 1)]);
    expect(plan.keptCases).toEqual([
      { id: WASHER_CASE.id, reason: 'not-newer' },
      { id: KETTLE_CASE.id, reason: 'not-newer' },
    ]);
    // The replacement is checked, when written, against the case the plan saw.
    expect(Object.keys(plan.basis)).toEqual([PHONE_CASE.id]);
  });

  it('counts a case that comes twice once, in its newest version', () => {
    const plan = planImport(
      { cases: [], evidence: [] },
      { cases: [PHONE_CASE, touched(PHONE_CASE, DAY), touched(PHONE_CASE, 5)], evidence: [] },
      NOW,
    );
    expect(plan.addCases).toEqual([touched(PHONE_CASE, DAY)]);
  });
});

describe('planImport: evidence', () => {
  it('skips evidence already there, keeps ours on a conflict, and skips evidence with no case', () => {
    const ours = { ...PHONE_VIDEO.meta, sha256: sha256(bytesOf(10, 1)) };
    const stray = evidence('12345678-1234-4234-8234-123456789abc', 'чужой.jpg');
    const plan = planImport(
      { cases: [PHONE_CASE], evidence: [PHONE_PHOTO.meta, ours] },
      { cases: [], evidence: [PHONE_PHOTO, PHONE_VIDEO, PHONE_RECEIPT, WASHER_CHAT, stray] },
      NOW,
    );
    expect(plan.addEvidence).toEqual([PHONE_RECEIPT]);
    expect(plan.skippedEvidence).toEqual([
      { id: PHONE_PHOTO.meta.id, reason: 'already-there' },
      { id: PHONE_VIDEO.meta.id, reason: 'conflict' },
      { id: WASHER_CHAT.meta.id, reason: 'no-case' },
      { id: stray.meta.id, reason: 'no-case' },
    ]);
  });

  it('adds evidence to a case being added, replaced, or kept', () => {
    const plan = planImport(
      { cases: [touched(PHONE_CASE, DAY), WASHER_CASE], evidence: [] },
      {
        cases: [PHONE_CASE, touched(WASHER_CASE, DAY), KETTLE_CASE],
        evidence: [PHONE_VIDEO, WASHER_CHAT, evidence(KETTLE_CASE.id, 'Чайник.jpg')],
      },
      NOW,
    );
    expect(plan.keptCases).toEqual([{ id: PHONE_CASE.id, reason: 'not-newer' }]);
    expect(ids(plan.replaceCases)).toEqual([WASHER_CASE.id]);
    expect(ids(plan.addCases)).toEqual([KETTLE_CASE.id]);
    expect(plan.addEvidence.map((e) => e.meta.caseId)).toEqual([
      PHONE_CASE.id,
      WASHER_CASE.id,
      KETTLE_CASE.id,
    ]);
    expect(plan.skippedEvidence).toEqual([]);
  });

  it('takes an evidence id that comes twice once', () => {
    const twin = { meta: PHONE_PHOTO.meta, bytes: bytesOf(5, 5) };
    const plan = planImport(
      { cases: [PHONE_CASE], evidence: [] },
      { cases: [], evidence: [PHONE_PHOTO, PHONE_PHOTO, twin] },
      NOW,
    );
    expect(plan.addEvidence).toEqual([PHONE_PHOTO]);
    expect(plan.skippedEvidence).toEqual([
      { id: PHONE_PHOTO.meta.id, reason: 'already-there' },
      // Metadata the same, hash the same: it cannot be told apart here (readArchive checked the bytes).
      { id: PHONE_PHOTO.meta.id, reason: 'already-there' },
    ]);
  });

  it('imports an archive into an extension that has part of it: nothing lost, nothing doubled', async () => {
    const read = await readArchive((await buildArchive(input())).bytes);
    if (!read.ok) throw new Error(read.error);
    const plan = planImport({ cases: [touched(PHONE_CASE, DAY)], evidence: [PHONE_PHOTO.meta] }, read, NOW);
    expect(plan.keptCases).toEqual([{ id: PHONE_CASE.id, reason: 'not-newer' }]);
    expect(ids(plan.addCases)).toEqual([WASHER_CASE.id]);
    expect(plan.addEvidence.map((e) => e.meta.id)).toEqual([
      PHONE_VIDEO.meta.id,
      PHONE_RECEIPT.meta.id,
      WASHER_CHAT.meta.id,
    ]);
    expect(plan.skippedEvidence).toEqual([{ id: PHONE_PHOTO.meta.id, reason: 'already-there' }]);
  });
});

describe('planImport: import rules', () => {
  it('sets dates in the future to now, and says which cases had them', () => {
    const future: Case = {
      ...PHONE_CASE,
      updatedAt: NOW + 100 * DAY,
      createdAt: NOW + DAY,
      timeline: PHONE_CASE.timeline.map((e) => ({ ...e, at: NOW + 50 * DAY })),
    };
    const plan = planImport({ cases: [], evidence: [] }, { cases: [future, WASHER_CASE], evidence: [] }, NOW);
    expect(plan.clampedCases).toEqual([PHONE_CASE.id]);
    const added = plan.addCases[0] as Case;
    expect([added.createdAt, added.updatedAt, ...added.timeline.map((e) => e.at)]).toEqual([
      NOW,
      NOW,
      NOW,
      NOW,
    ]);
    expect(plan.addCases[1]).toBe(WASHER_CASE);
    // Clamped, it no longer beats a case of ours edited since.
    const ours = { ...touched(PHONE_CASE, 0), updatedAt: NOW };
    const again = planImport({ cases: [ours], evidence: [] }, { cases: [future], evidence: [] }, NOW);
    expect(again.keptCases).toEqual([{ id: PHONE_CASE.id, reason: 'not-newer' }]);
  });

  it('keeps stored rows this version cannot read: the case, and evidence with that id', () => {
    const plan = planImport(
      {
        cases: [],
        evidence: [],
        unreadableCaseIds: [PHONE_CASE.id],
        unreadableEvidenceIds: [PHONE_PHOTO.meta.id],
      },
      { cases: [touched(PHONE_CASE, DAY)], evidence: [PHONE_PHOTO, PHONE_VIDEO] },
      NOW,
    );
    expect(plan.addCases).toEqual([]);
    expect(plan.replaceCases).toEqual([]);
    expect(plan.keptCases).toEqual([{ id: PHONE_CASE.id, reason: 'unreadable' }]);
    expect(plan.skippedEvidence).toEqual([{ id: PHONE_PHOTO.meta.id, reason: 'unreadable' }]);
    // The case row is there (unreadable): its evidence can still be added.
    expect(plan.addEvidence).toEqual([PHONE_VIDEO]);
  });

  it('merges timelines by id: ours first on the same id, in time order, ours never cut', () => {
    const event = (n: number, at: number, note = '') => ({
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      at,
      kind: 'note' as const,
      date: null,
      channel: null,
      note,
    });
    expect(
      mergeTimelines([event(1, 10, 'ours'), event(3, 30)], [event(1, 10, 'theirs'), event(2, 20)]).map(
        (e) => [e.id.slice(-1), e.note],
      ),
    ).toEqual([
      ['1', 'ours'],
      ['2', ''],
      ['3', ''],
    ]);
    const ours = Array.from({ length: 999 }, (_, i) => event(i + 1, 1000 + i));
    const theirs = [event(5000, 1), event(5001, 5000)];
    const merged = mergeTimelines(ours, theirs);
    expect(merged).toHaveLength(1000);
    expect(merged.at(-1)?.id).toBe(event(5001, 0).id);
    expect(merged.filter((e) => (ours as TimelineEvent[]).includes(e))).toHaveLength(999);
  });
});
