import { describe, expect, it } from 'vitest';
import { buildArchive, planImport, readArchive } from '@/utils/archive';
import type { Case } from '@/utils/cases/schema';
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
    );
    expect(plan).toEqual({
      addCases: [PHONE_CASE, WASHER_CASE],
      replaceCases: [],
      keptCases: [],
      addEvidence: [PHONE_PHOTO, WASHER_CHAT],
      skippedEvidence: [],
    });
  });

  it('replaces a case only with a strictly newer one, and keeps ours when it is newer or equal', () => {
    const plan = planImport(
      { cases: [PHONE_CASE, touched(WASHER_CASE, DAY), KETTLE_CASE], evidence: [] },
      { cases: [touched(PHONE_CASE, 1), WASHER_CASE, KETTLE_CASE], evidence: [] },
    );
    expect(plan.addCases).toEqual([]);
    expect(plan.replaceCases).toEqual([touched(PHONE_CASE, 1)]);
    expect(plan.keptCases).toEqual([WASHER_CASE.id, KETTLE_CASE.id]);
  });

  it('counts a case that comes twice once, in its newest version', () => {
    const plan = planImport(
      { cases: [], evidence: [] },
      { cases: [PHONE_CASE, touched(PHONE_CASE, DAY), touched(PHONE_CASE, 5)], evidence: [] },
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
    );
    expect(plan.keptCases).toEqual([PHONE_CASE.id]);
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
    const plan = planImport({ cases: [touched(PHONE_CASE, DAY)], evidence: [PHONE_PHOTO.meta] }, read);
    expect(plan.keptCases).toEqual([PHONE_CASE.id]);
    expect(ids(plan.addCases)).toEqual([WASHER_CASE.id]);
    expect(plan.addEvidence.map((e) => e.meta.id)).toEqual([
      PHONE_VIDEO.meta.id,
      PHONE_RECEIPT.meta.id,
      WASHER_CHAT.meta.id,
    ]);
    expect(plan.skippedEvidence).toEqual([{ id: PHONE_PHOTO.meta.id, reason: 'already-there' }]);
  });
});
