import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildArchive } from '@/utils/archive';
import { applyImport, previewImport } from '@/utils/archive/io';
import { makeEvent } from '@/utils/cases/create';
import { markSent } from '@/utils/cases/lifecycle';
import { caseSchema } from '@/utils/cases/schema';
import { ShagymDb, getCase, putCase } from '@/utils/db';
import { evidenceSchema } from '@/utils/evidence/schema';
import { listCaseEvidence } from '@/utils/evidence/store';
import { downloadBlob } from '@/components/download';
import { startCase } from '@/components/use-case-draft';
import { PHONE_CASE, PHONE_RECEIPT, input } from '../archive/fixtures';

/** Issue 13, item 8: the smaller fixes, one test each. */

describe('downloads get a safe file name', () => {
  let anchor: { href: string; download: string; click: () => void };
  beforeEach(() => {
    anchor = { href: '', download: '', click: vi.fn() };
    vi.stubGlobal('document', { createElement: () => anchor });
    vi.stubGlobal('window', { setTimeout: () => 0 });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
  });
  afterEach(() => vi.unstubAllGlobals());
  const save = (name: string, mime: string) => {
    downloadBlob(new Blob(['x'], { type: 'application/octet-stream' }), name, mime);
    return anchor.download;
  };

  it('drops an executable extension and takes the extension from the stored MIME type', () => {
    expect(save('Чек.pdf.exe', 'application/pdf')).toBe('Чек.pdf');
    expect(save('Чек.pdf.exe', 'application/octet-stream')).toBe('Чек.pdf');
    expect(save('photo.exe.scr', 'image/jpeg')).toBe('photo.jpg');
    expect(save('invoice.pdf', 'image/png')).toBe('invoice.pdf.png');
    expect(save('page.html', 'text/html')).toBe('page.dat');
    expect(save('run.bat', 'application/octet-stream')).toBe('run.dat');
  });

  it('leaves no path separators, control characters or hidden names', () => {
    const name = save('../../etc/\u0000pass\nwd.jpg', 'image/jpeg');
    expect([...name].some((ch) => ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20)).toBe(false);
    expect(name.endsWith('.jpg')).toBe(true);
    expect(save('..', 'application/pdf')).toBe('file.pdf');
    expect(save('C:\\Users\\x\\Видео распаковки.mp4', 'video/mp4')).toBe('C__Users_x_Видео распаковки.mp4');
  });
});

describe('evidence sourceUrl', () => {
  const meta = { ...PHONE_RECEIPT.meta };
  it('accepts https kaspi.kz and the extension itself only', () => {
    for (const ok of ['https://kaspi.kz/shop/p/x-121207970/', 'chrome-extension://abcdefgh/panel.html', null])
      expect(evidenceSchema.safeParse({ ...meta, sourceUrl: ok }).success, String(ok)).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://kaspi.kz/shop/',
      'https://kaspi.kz.evil.com/',
      'https://evil.com/',
      'file:///etc/passwd',
    ])
      expect(evidenceSchema.safeParse({ ...meta, sourceUrl: bad }).success, bad).toBe(false);
  });
});

describe('imported evidence', () => {
  it("keeps the archive's capturedAt as a claim and records when it was imported", async () => {
    const database = new ShagymDb(`test-${crypto.randomUUID()}`);
    await database.open();
    const { bytes } = await buildArchive(input({ cases: [PHONE_CASE], evidence: [PHONE_RECEIPT] }));
    const preview = await previewImport(bytes, database);
    if (!preview.ok) throw new Error(preview.error);
    const before = Date.now();
    await applyImport(preview.plan, database);
    const [ev] = await listCaseEvidence(PHONE_CASE.id, database);
    expect(ev?.capturedAt).toBe(PHONE_RECEIPT.meta.capturedAt);
    expect(ev?.importedAt).toBeGreaterThanOrEqual(before);
  });
});

describe('a timeline imported with 1,000 events', () => {
  it('stays saveable when the buyer records one more (oldest minor events go first)', async () => {
    const database = new ShagymDb(`test-${crypto.randomUUID()}`);
    await database.open();
    const t0 = Date.UTC(2026, 0, 1);
    const timeline = [
      makeEvent({ kind: 'created', at: t0 }, t0),
      makeEvent({ kind: 'submitted', channel: 'app', at: t0 + 1000 }, t0),
      ...Array.from({ length: 998 }, (_, i) =>
        makeEvent({ kind: 'note', note: `n${i}`, at: t0 + 2000 + i }, t0),
      ),
    ];
    const imported = caseSchema.parse({ ...PHONE_CASE, timeline });
    await putCase(imported, database);
    const next = markSent(imported, 'claim-letter', '2026-11-20', Date.UTC(2026, 10, 20));
    const saved = await putCase(next, database);
    expect(saved.timeline).toHaveLength(1000);
    expect(saved.timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['created', 'submitted', 'claim-sent']),
    );
    expect(saved.timeline.some((e) => e.note === 'n0')).toBe(false);
    expect((await getCase(saved.id, database))?.timeline.at(-1)?.kind).toBe('claim-sent');
  });
});

describe('a clock before 2000', () => {
  it('gives the panel an error to show instead of loading forever', async () => {
    const started = await startCase(null, Date.UTC(1999, 11, 31, 12), async () => null);
    expect(started).toEqual({ ok: false, error: { kind: 'clock', now: Date.UTC(1999, 11, 31, 12) } });
    const ok = await startCase(null, Date.UTC(2026, 10, 30), async () => null);
    expect(ok.ok).toBe(true);
  });
});
