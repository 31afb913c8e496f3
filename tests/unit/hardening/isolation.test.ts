import { describe, expect, it, vi } from 'vitest';
import { buildArchive } from '@/utils/archive';
import type { Case } from '@/utils/cases/schema';
import { rankCases, urgentDeadline } from '@/entrypoints/popup/model';
import { makeCase } from '../deadlines/case-fixture';
import { EXPORTED_AT, TODAY } from '../archive/fixtures';

/**
 * Issue 13, item 1: every per-case computation is isolated. A case whose deadlines throw (here: a date
 * the calendar cannot count from, as any row could hold before the schema was bounded) is reported and
 * skipped or flagged; the other cases are listed and exported.
 */
const good = makeCase({ id: '11111111-1111-4111-8111-111111111111', receivedDate: '2026-11-25' });
const broken = {
  ...makeCase({ id: '22222222-2222-4222-8222-222222222222' }),
  order: { ...good.order, orderNumber: '612345670', orderDate: '0025-11-14', receivedDate: null },
} as Case;

describe('one case that cannot be computed', () => {
  it('is listed as needing repair in the popup; the others keep their urgency', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ranked = rankCases([broken, good], TODAY);
    expect(ranked.map((r) => r.c.id)).toEqual([good.id, broken.id]);
    expect(ranked[0]).toMatchObject({ needsRepair: false, u: { bucket: 'waiting' } });
    expect(ranked[0]?.u.nextDue).not.toBeNull();
    expect(ranked[1]).toMatchObject({ needsRepair: true, u: { nextDue: null } });
    expect(urgentDeadline(broken, { ...ranked[0]!.u }, TODAY)).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('does not stop an export of every case', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const out = await buildArchive({
      exportedAt: EXPORTED_AT,
      appVersion: '0.1.0',
      lang: 'ru',
      today: TODAY,
      cases: [good, broken],
      evidence: [],
    });
    expect(out.bytes.length).toBeGreaterThan(0);
    warn.mockRestore();
  });
});
