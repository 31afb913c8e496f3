import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { caseSchema, type Case, type CaseInput } from '@/utils/cases/schema';
import { evidenceSchema, type Evidence } from '@/utils/evidence/schema';
import type { ArchiveEvidence, ArchiveInput } from '@/utils/archive';

/** 2026-11-26 12:30:00 in Kazakhstan (UTC+5). */
export const EXPORTED_AT = Date.UTC(2026, 10, 26, 7, 30, 0);
export const TODAY = '2026-11-26';
export const TOP = 'shagym-2026-11-26';

export const PHONE_ID = '3f2b8c1e-5d4a-4b6c-9e7f-0a1b2c3d4e5f';
export const WASHER_ID = '9a7c41d2-0b3e-4f5a-8c6d-7e8f9a0b1c2d';
export const KETTLE_ID = 'c0ffee00-1234-4abc-8def-0123456789ab';

const at = (iso: string) => Date.parse(iso);

/** Complete facts: every text can be written (claim sent 10 November, no answer from the seller). */
export const PHONE_CASE: Case = caseSchema.parse({
  id: PHONE_ID,
  order: {
    orderNumber: '612345678',
    productCode: '117420207',
    productTitle: 'Смартфон Samsung Galaxy A55 8/256GB, тёмно-синий',
    productUrl: 'https://kaspi.kz/shop/p/samsung-galaxy-a55-8-256gb-sinii-117420207/',
    sellerName: 'Технодом Маркет',
    merchantId: 'Technodom',
    price: 189_990,
    orderDate: '2026-11-01',
    receivedDate: '2026-11-05',
  },
  problem: 'poor-quality',
  remedy: 'refund',
  description: 'На третий день после получения по экрану пошла зелёная полоса,\nтелефон перезагружается сам.',
  status: 'submitted',
  buyer: {
    name: 'Айгерим Сапарова',
    phone: '+7 701 234 56 78',
    email: 'aigerim@example.kz',
    address: 'г. Алматы, ул. Абая, 10, кв. 5',
    iin: '900101400123',
  },
  proof: ['photo', 'unboxing-video', 'receipt'],
  sellerAnswer: 'no-answer',
  // Registered mail, received on the 12th (the delivery notice): the seller's 10 days ended on the 23rd.
  claimDelivery: 'post',
  claimReceivedDate: '2026-11-12',
  authorityRegion: 'almaty-city',
  timeline: [
    {
      id: '00000000-0000-4000-8000-000000000001',
      at: at('2026-11-08T05:00:00Z'),
      kind: 'created',
      date: null,
      channel: null,
      note: '',
    },
    {
      id: '00000000-0000-4000-8000-000000000002',
      at: at('2026-11-10T06:00:00Z'),
      kind: 'claim-sent',
      date: '2026-11-10',
      channel: 'claim-letter',
      note: 'Отправлено заказным письмом, квитанция № 050012',
    },
  ],
  createdAt: at('2026-11-08T05:00:00Z'),
  updatedAt: at('2026-11-10T06:00:00Z'),
} satisfies CaseInput);

/** Kazakh facts, no buyer details: only the support message and the e-mail can be written. */
export const WASHER_CASE: Case = caseSchema.parse({
  id: WASHER_ID,
  order: {
    orderNumber: '1022135385',
    productCode: '102529963',
    productTitle: 'Кір жуғыш машина LG F2J3HS0W ақ',
    productUrl: null,
    sellerName: 'Sulpak',
    merchantId: null,
    price: 214_500,
    orderDate: '2026-11-15',
    receivedDate: null,
  },
  problem: 'late-delivery',
  remedy: 'delivery',
  description: 'Жеткізуді 18 қарашаға уәде етті, бірақ тауар әлі жеткізілген жоқ.',
  status: 'open',
  timeline: [
    {
      id: '00000000-0000-4000-8000-000000000003',
      at: at('2026-11-20T04:00:00Z'),
      kind: 'created',
      date: null,
      channel: null,
      note: '',
    },
  ],
  createdAt: at('2026-11-20T04:00:00Z'),
  updatedAt: at('2026-11-20T04:00:00Z'),
} satisfies CaseInput);

/** A draft from the app, no order number. */
export const KETTLE_CASE: Case = caseSchema.parse({
  id: KETTLE_ID,
  order: {
    orderNumber: null,
    productCode: null,
    productTitle: 'Электрочайник Xiaomi Mi Smart Kettle',
    productUrl: null,
    sellerName: null,
    merchantId: null,
    price: null,
    orderDate: null,
    receivedDate: null,
  },
  problem: null,
  remedy: null,
  description: '',
  status: 'draft',
  timeline: [],
  createdAt: at('2026-11-21T04:00:00Z'),
  updatedAt: at('2026-11-21T04:00:00Z'),
} satisfies CaseInput);

/** Deterministic pseudo-random bytes (xorshift), so files have realistic, incompressible content. */
export function bytesOf(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** SHA-256 with node:crypto (independent of the Web Crypto code under test). */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

let evidenceSeq = 0;
export function evidence(
  caseId: string,
  fileName: string,
  opts: { kind?: Evidence['kind']; mime?: string; size?: number; capturedAt?: number; note?: string } = {},
): ArchiveEvidence {
  evidenceSeq += 1;
  const bytes = bytesOf(opts.size ?? 4096, evidenceSeq * 7919);
  const meta = evidenceSchema.parse({
    id: `e0000000-0000-4000-8000-${evidenceSeq.toString(16).padStart(12, '0')}`,
    caseId,
    kind: opts.kind ?? 'photo',
    fileName,
    mime: opts.mime ?? 'image/jpeg',
    size: bytes.length,
    sha256: sha256(bytes),
    capturedAt: opts.capturedAt ?? at('2026-11-09T09:15:03Z') + evidenceSeq * 60_000,
    sourceUrl: null,
    note: opts.note ?? '',
  });
  return { meta, bytes };
}

export const PHONE_PHOTO = evidence(PHONE_ID, 'Фото брака: экран/полоса.jpg', {
  size: 48_000,
  note: 'Полоса видна при любой яркости',
});
export const PHONE_VIDEO = evidence(PHONE_ID, 'Видео распаковки.mp4', {
  kind: 'unboxing-video',
  mime: 'video/mp4',
  size: 150_000,
});
export const PHONE_RECEIPT = evidence(PHONE_ID, 'Кассовый чек №1.pdf', {
  kind: 'receipt',
  mime: 'application/pdf',
});
export const WASHER_CHAT = evidence(WASHER_ID, 'Сатушымен хат алмасу.png', {
  kind: 'chat-screenshot',
  mime: 'image/png',
  size: 9000,
  capturedAt: at('2026-11-21T10:02:41Z'),
});

export function input(over: Partial<ArchiveInput> = {}): ArchiveInput {
  return {
    exportedAt: EXPORTED_AT,
    appVersion: '0.1.0',
    lang: 'ru',
    today: TODAY,
    cases: [PHONE_CASE, WASHER_CASE],
    evidence: [PHONE_PHOTO, PHONE_VIDEO, PHONE_RECEIPT, WASHER_CHAT],
    ...over,
  };
}

const decoder = new TextDecoder();
export const text = (bytes: Uint8Array | undefined) => {
  if (!bytes) throw new Error('no such file');
  return decoder.decode(bytes);
};

/** The archive's files by path relative to the top folder. */
export function unzipRelative(zip: Uint8Array, top: string = TOP): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    if (!name.startsWith(`${top}/`)) throw new Error(`outside the top folder: ${name}`);
    out[name.slice(top.length + 1)] = bytes;
  }
  return out;
}

/** SHA256SUMS for `files` (all but SHA256SUMS itself), written with node:crypto. */
export function sumsFor(files: Record<string, Uint8Array>): Uint8Array {
  const lines = Object.keys(files)
    .filter((p) => p !== 'SHA256SUMS')
    .sort()
    .map((p) => `${sha256(files[p] as Uint8Array)}  ${p}\n`);
  return new TextEncoder().encode(lines.join(''));
}

/** Re-zips relative files under `top`, optionally rewriting SHA256SUMS to match them (as a forger would). */
export function rezip(
  files: Record<string, Uint8Array>,
  opts: { top?: string; resum?: boolean } = {},
): Uint8Array {
  const top = opts.top ?? TOP;
  const all = opts.resum ? { ...files, SHA256SUMS: sumsFor(files) } : files;
  const zippable: Record<string, Uint8Array> = {};
  for (const [p, b] of Object.entries(all)) zippable[`${top}/${p}`] = b;
  return zipSync(zippable, { mtime: EXPORTED_AT });
}

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** Calls `edit` with the DataView offsets of the central and local headers of entry `name`. */
export function patchEntry(
  zip: Uint8Array,
  name: string,
  edit: (view: DataView, central: number, local: number) => void,
) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  if (view.getUint32(eocd, true) !== 0x06054b50) throw new Error('no EOCD');
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const entry = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (entry === name) return edit(view, at, view.getUint32(at + 42, true));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${name}`);
}

/** A ZIP whose entry names are exactly these (no top folder added). */
export function zipRaw(entries: Record<string, Uint8Array>): Uint8Array {
  return zipSync(entries, { mtime: EXPORTED_AT });
}

/** An entry of a ZIP written by hand (see handZip). */
export interface HandEntry {
  name: string;
  /** The bytes as stored in the ZIP (deflated already when `method` is 8). */
  data: Uint8Array;
  /** 0 stored, 8 deflated. */
  method: number;
  /** The uncompressed size declared, in both headers. */
  size: number;
  /** Points this entry's directory record at the local header (and data) of the entry so named. */
  shareWith?: string;
}

/**
 * A ZIP written byte by byte, so that it can lie: declared sizes are whatever `size` says, and a
 * directory record can point at another entry's local header and data (`shareWith`). CRCs are zero
 * in both headers (readers that check them are not being tested here).
 */
export function handZip(entries: HandEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const locals = new Map<string, number>();
  const header = (length: number, fill: (v: DataView) => void) => {
    const b = new Uint8Array(length);
    fill(new DataView(b.buffer));
    return b;
  };
  const push = (b: Uint8Array) => {
    chunks.push(b);
    offset += b.length;
  };
  for (const e of entries) {
    if (e.shareWith !== undefined) continue;
    const name = enc.encode(e.name);
    locals.set(e.name, offset);
    push(
      header(30, (v) => {
        v.setUint32(0, 0x04034b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, 0x800, true);
        v.setUint16(8, e.method, true);
        v.setUint32(18, e.data.length, true);
        v.setUint32(22, e.size, true);
        v.setUint16(26, name.length, true);
      }),
    );
    push(name);
    push(e.data);
  }
  const cdStart = offset;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const source = e.shareWith === undefined ? e : entries.find((x) => x.name === e.shareWith);
    const local = locals.get(source?.name ?? '');
    if (source === undefined || local === undefined) throw new Error(`no entry ${e.shareWith}`);
    push(
      header(46, (v) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, 20, true);
        v.setUint16(8, 0x800, true);
        v.setUint16(10, e.method, true);
        v.setUint32(20, source.data.length, true);
        v.setUint32(24, e.size, true);
        v.setUint16(28, name.length, true);
        v.setUint32(42, local, true);
      }),
    );
    push(name);
  }
  const cdSize = offset - cdStart;
  push(
    header(22, (v) => {
      v.setUint32(0, 0x06054b50, true);
      v.setUint16(8, entries.length, true);
      v.setUint16(10, entries.length, true);
      v.setUint32(12, cdSize, true);
      v.setUint32(16, cdStart, true);
    }),
  );
  const out = new Uint8Array(offset);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
