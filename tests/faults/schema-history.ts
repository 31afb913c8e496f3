/**
 * Every schema version the database has had, and rows as each version stored them: what the upgrade
 * tests (tests/unit/faults/upgrade.test.ts in fake-indexeddb, tests/e2e/faults.spec.ts in Chromium)
 * open with today's code.
 *
 * The versions are read from `ShagymDb` itself (every `db.version(n)` declared in utils/db.ts), so a new
 * version is covered as soon as it is declared: the newest one is seeded with rows of today's shape,
 * each older one with `SEEDS[n]`. Declaring a version N+1 makes N an older one: its rows (as N wrote
 * them) must then be added here, or the test says so.
 */
import type Dexie from 'dexie';

export interface DeclaredVersion {
  version: number;
  /** Every table of that version and its Dexie spec ("id, caseId, …"), as declared up to it. */
  stores: Record<string, string>;
}

/** The versions a Dexie database declares, oldest first, each with its tables as of that version. */
export function declaredVersions(database: Dexie): DeclaredVersion[] {
  // Dexie keeps the declared versions on the instance (`_versions`, each with `_cfg`).
  const versions = (
    database as unknown as {
      _versions: { _cfg: { version: number; storesSource: Record<string, string | null> } }[];
    }
  )._versions
    .map((v) => v._cfg)
    .sort((a, b) => a.version - b.version);
  const stores: Record<string, string> = {};
  return versions.map((v) => {
    for (const [table, spec] of Object.entries(v.storesSource ?? {})) {
      if (spec === null) delete stores[table];
      else stores[table] = spec;
    }
    return { version: v.version, stores: { ...stores } };
  });
}

/** A Blob, described so that it can cross into a browser page: materialised by `createDatabaseAt`. */
export interface BlobSeed {
  __blob: string;
  type: string;
}
export interface Seed {
  /** Table → rows, exactly as that version wrote them (a Blob as a BlobSeed). */
  rows: Record<string, Record<string, unknown>[]>;
  /**
   * `table:id` of rows the upgrade to the next version is meant to drop (a retired reminder kind): in a
   * database of that version or a later one, they are gone already.
   */
  dropped: string[];
}

const CASE_V1_EARLY = '0b7d2c1e-1111-4a11-8a11-000000000001';
const CASE_V1_LATE = '0b7d2c1e-1111-4a11-8a11-000000000002';
const CASE_V2 = '0b7d2c1e-2222-4a22-8a22-000000000001';
const CASE_V3 = '0b7d2c1e-3333-4a33-8a33-000000000001';
const CASE_V4 = '0b7d2c1e-4444-4a44-8a44-000000000001';
const CASE_V5 = '0b7d2c1e-5555-4a55-8a55-000000000001';
const CASE_V6 = '0b7d2c1e-6666-4a66-8a66-000000000001';
const CASE_V7 = '0b7d2c1e-7777-4a77-8a77-000000000001';
const PAGE_HTML = '<!doctype html><title>Рашгард</title>';
const EV = (n: number) => `5e1d0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const EVENT = (n: number) => `7a1e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const T = Date.UTC(2026, 10, 20, 9); // 20 Nov 2026, 14:00 in Almaty

const order = (orderNumber: string) => ({
  orderNumber,
  productCode: '121207970',
  productTitle: 'Рашгард черный',
  productUrl: 'https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970/',
  sellerName: 'ShoрKZ',
  merchantId: '30079314',
  price: 2810,
  orderDate: '2026-11-10',
  receivedDate: '2026-11-15',
});
const timeline = (n: number) => [
  { id: EVENT(n), at: T, kind: 'created', date: null, channel: null, note: '' },
  {
    id: EVENT(n + 1),
    at: T + 60_000,
    kind: 'note',
    date: '2026-11-19',
    channel: null,
    note: 'Звонил продавцу',
  },
];
const reminder = (caseId: string, kind: string, dueDate: string, notifiedAt: number | null) => ({
  id: `${caseId}:${kind}`,
  caseId,
  kind,
  dueDate,
  stages: [
    { stage: 'before', at: T + 86_400_000, notifiedAt },
    { stage: 'due', at: T + 3 * 86_400_000, notifiedAt: null },
  ],
  snoozedUntil: null,
  nextAt: T + 3 * 86_400_000,
  label: kind,
});
const evidence = (n: number, caseId: string, extra: Record<string, unknown> = {}) => ({
  id: EV(n),
  caseId,
  kind: 'photo',
  fileName: `фото-${n}.jpg`,
  mime: 'image/jpeg',
  size: `bytes of evidence ${n}`.length,
  sha256: '',
  capturedAt: T + n,
  sourceUrl: null,
  note: '',
  ...extra,
});
const blob = (n: number) => ({ id: EV(n), bytes: { __blob: `bytes of evidence ${n}`, type: 'image/jpeg' } });

/** Rows as each older version wrote them. */
export const SEEDS: Record<number, () => Seed> = {
  // Version 1 (the foundation to issue 9): the first shape of a case, and the last one of version 1
  // (proof, support variant, the buyer's reminder, the seller's answer); evidence before and after EXIF;
  // a "card refund, 90 days" reminder that version 2 retires.
  1: () => ({
    rows: {
      cases: [
        {
          id: CASE_V1_EARLY,
          schemaVersion: 1,
          order: order('612300101'),
          problem: 'poor-quality',
          remedy: 'refund',
          description: 'Шов разошёлся',
          status: 'open',
          buyer: { name: 'Айгерим', phone: '+7 701 000 00 00', email: '', address: '' },
          timeline: timeline(10),
          createdAt: T,
          updatedAt: T + 60_000,
        },
        {
          id: CASE_V1_LATE,
          schemaVersion: 1,
          order: order('612300102'),
          problem: 'poor-quality',
          remedy: 'replacement',
          description: '',
          status: 'submitted',
          buyer: null,
          proof: ['photo', 'receipt'],
          supportVariant: 'needs-check',
          buyerReminder: { date: '2026-12-01', note: 'Позвонить' },
          sellerAnswer: 'no-answer',
          sellerAddress: 'Алматы, ул. Абая, 1',
          timeline: timeline(20),
          createdAt: T,
          updatedAt: T + 120_000,
        },
      ],
      evidence: [
        evidence(1, CASE_V1_EARLY, {
          sourceUrl: 'https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970/',
        }),
        evidence(2, CASE_V1_LATE, { takenAt: '2026-11-16T14:03:22+05:00', camera: 'Apple iPhone 13' }),
      ],
      evidenceBlobs: [blob(1), blob(2)],
      reminders: [
        reminder(CASE_V1_EARLY, 'kaspi-return-14', '2026-11-29', T + 86_400_000),
        reminder(CASE_V1_EARLY, 'card-refund-90', '2027-02-08', null),
      ],
    },
    dropped: [`reminders:${CASE_V1_EARLY}:card-refund-90`],
  }),
  // Version 2 (issue 9): the seller's BIN, the warranty, Art. 30's exceptions, how the claim went.
  2: () => ({
    rows: {
      cases: [
        {
          id: CASE_V2,
          schemaVersion: 1,
          order: order('612300201'),
          problem: 'poor-quality',
          remedy: 'repair',
          description: 'Не включается',
          status: 'open',
          buyer: { name: 'Ерлан', phone: '', email: 'e@example.kz', address: 'Астана', iin: '900101300123' },
          proof: ['photo'],
          supportVariant: 'standard',
          buyerReminder: null,
          sellerAnswer: null,
          sellerAddress: '',
          sellerBin: '123456789012',
          warrantyUntil: '2027-11-15',
          returnException: null,
          claimDelivery: 'email',
          claimReceivedDate: '2026-11-18',
          authorityRegion: null,
          timeline: timeline(30),
          createdAt: T,
          updatedAt: T + 180_000,
        },
      ],
      evidence: [evidence(3, CASE_V2, { takenAt: null, camera: null })],
      evidenceBlobs: [blob(3)],
      reminders: [reminder(CASE_V2, 'seller-claim-answer', '2026-11-28', null)],
    },
    dropped: [],
  }),
  // Version 3 (issue 13): when each case's reminders were computed; imported evidence keeps importedAt.
  3: () => ({
    rows: {
      cases: [
        {
          id: CASE_V3,
          schemaVersion: 1,
          order: order('612300301'),
          problem: 'not-as-described',
          remedy: 'refund',
          description: '',
          status: 'open',
          buyer: { name: '', phone: '', email: '', address: '', iin: '' },
          proof: [],
          supportVariant: 'standard',
          buyerReminder: null,
          sellerAnswer: null,
          sellerAddress: '',
          sellerBin: '',
          warrantyUntil: null,
          returnException: null,
          claimDelivery: null,
          claimReceivedDate: null,
          authorityRegion: null,
          timeline: timeline(40),
          createdAt: T,
          updatedAt: T + 240_000,
        },
      ],
      evidence: [evidence(4, CASE_V3, { takenAt: null, camera: null, importedAt: T + 300_000 })],
      evidenceBlobs: [blob(4)],
      reminders: [reminder(CASE_V3, 'kaspi-return-14', '2026-11-29', null)],
      reminderMeta: [{ caseId: CASE_V3, caseUpdatedAt: T + 240_000, computedAt: T + 250_000 }],
    },
    dropped: [],
  }),
  // Version 4 (issue 10): the case index; evidence of a page capture with its capture metadata (issue 11
  // added it before version 5), and two files of one case with the same bytes (version 5 refuses a new
  // duplicate, but keeps the ones there are).
  4: () => ({
    rows: {
      cases: [
        {
          id: CASE_V4,
          schemaVersion: 1,
          order: order('612300401'),
          problem: 'poor-quality',
          remedy: 'refund',
          description: '',
          status: 'open',
          buyer: null,
          proof: ['listing-snapshot'],
          supportVariant: 'standard',
          buyerReminder: null,
          sellerAnswer: null,
          sellerAddress: '',
          sellerBin: '',
          warrantyUntil: null,
          returnException: null,
          claimDelivery: null,
          claimReceivedDate: null,
          authorityRegion: null,
          timeline: timeline(50),
          createdAt: T,
          updatedAt: T + 300_000,
        },
      ],
      caseIndex: [
        {
          id: CASE_V4,
          title: 'Рашгард черный',
          orderNumber: '612300401',
          productCode: '121207970',
          seller: 'ShoрKZ',
          status: 'open',
          nextDue: '2026-11-29',
          rank: 100_009,
          bucket: 'waiting',
          computedOn: '2026-11-20',
          updatedAt: T + 300_000,
          writtenAt: T + 300_000,
        },
      ],
      evidence: [
        evidence(5, CASE_V4, {
          size: new TextEncoder().encode(PAGE_HTML).length,
          kind: 'listing-snapshot',
          fileName: 'kaspi-121207970-2026-11-20.html',
          mime: 'text/html',
          takenAt: null,
          camera: null,
          importedAt: null,
          sourceUrl: 'https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970/',
          capture: {
            method: 'page-html',
            url: 'https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970/',
            title: 'Рашгард черный',
            viewport: { width: 1280, height: 800 },
            pageSize: { width: 1280, height: 6400 },
            devicePixelRatio: 1,
            browser: 'Chrome 156.0.7000.0',
            extensionVersion: '0.1.0',
            resources: [],
          },
        }),
        evidence(6, CASE_V4, {
          size: new TextEncoder().encode(PAGE_HTML).length,
          takenAt: null,
          camera: null,
          importedAt: null,
        }),
      ],
      evidenceBlobs: [
        { id: EV(5), bytes: { __blob: PAGE_HTML, type: 'text/html' } },
        { id: EV(6), bytes: { __blob: PAGE_HTML, type: 'image/jpeg' } },
      ],
      reminders: [reminder(CASE_V4, 'kaspi-return-14', '2026-11-29', null)],
      reminderMeta: [{ caseId: CASE_V4, caseUpdatedAt: T + 300_000, computedAt: T + 310_000 }],
    },
    dropped: [],
  }),
  // Version 5 (issue 11): previews and the product's picture per case; the index rows as v5 wrote them
  // (no dueKind, daysLeft or needsRepair: the background rewrites them once).
  5: () => ({
    rows: {
      cases: [
        {
          ...SEEDS[4]!().rows.cases![0]!,
          id: CASE_V5,
          order: order('612300501'),
          timeline: timeline(60),
        },
      ],
      caseIndex: [
        {
          ...SEEDS[4]!().rows.caseIndex![0]!,
          id: CASE_V5,
          orderNumber: '612300501',
        },
      ],
      casePictures: [
        {
          caseId: CASE_V5,
          bytes: { __blob: 'not really a jpeg', type: 'image/jpeg' },
          mime: 'image/jpeg',
          width: 120,
          height: 90,
          evidenceId: null,
          sourceUrl: null,
          sha256: 'a'.repeat(64),
          at: T + 400_000,
        },
      ],
    },
    dropped: [],
  }),
  // Version 6 (issue 10): the index rows with what the first screen draws (dueKind, daysLeft,
  // needsRepair, shown), found by day and status.
  6: () => ({
    rows: {
      cases: [
        {
          ...SEEDS[4]!().rows.cases![0]!,
          id: CASE_V6,
          order: order('612300601'),
          timeline: timeline(70),
        },
      ],
      caseIndex: [
        {
          ...SEEDS[4]!().rows.caseIndex![0]!,
          id: CASE_V6,
          orderNumber: '612300601',
          dueKind: 'kaspi-return-14',
          daysLeft: 9,
          needsRepair: false,
          shown: 'open',
        },
      ],
    },
    dropped: [],
  }),
  // Version 7 (issue 10): the index rows as v6 wrote them, found by updatedAt too (an index only).
  7: () => ({
    rows: {
      cases: [
        {
          ...SEEDS[6]!().rows.cases![0]!,
          id: CASE_V7,
          order: order('612300701'),
          timeline: timeline(80),
          updatedAt: T + 800_000,
        },
      ],
      caseIndex: [
        {
          ...SEEDS[6]!().rows.caseIndex![0]!,
          id: CASE_V7,
          orderNumber: '612300701',
          updatedAt: T + 800_000,
          writtenAt: T + 800_000,
        },
      ],
    },
    dropped: [],
  }),
};

/**
 * What an upgrade adds to the rows on purpose, taken off a snapshot of a database of `version` after
 * the upgrade, so that the rest compares byte for byte: v8 gives each case index row its `newestFirst`
 * (-updatedAt, the popup's order); a row where it is anything else is left as it is (and so differs).
 */
export function withoutUpgradeAdditions<T extends { tables: Record<string, Record<string, string>> }>(
  snapshot: T,
  version: number,
): T {
  const index = snapshot.tables.caseIndex;
  if (version >= 8 || !index) return snapshot;
  const strip = (json: string): string => {
    const row = JSON.parse(json) as Record<string, unknown>;
    if (typeof row.updatedAt !== 'number' || row.newestFirst !== -row.updatedAt) return json;
    delete row.newestFirst;
    return JSON.stringify(row);
  };
  const caseIndex = Object.fromEntries(Object.entries(index).map(([k, v]) => [k, strip(v)]));
  return { ...snapshot, tables: { ...snapshot.tables, caseIndex } };
}

/** Every seed up to `version` (a database of version 3 may hold rows written by versions 1 and 2). */
export function seedUpTo(version: number, tables: readonly string[]): Seed {
  const out: Seed = { rows: {}, dropped: [] };
  for (const [v, make] of Object.entries(SEEDS)) {
    if (Number(v) > version) continue;
    const seed = make();
    const gone = Number(v) < version ? new Set(seed.dropped) : new Set<string>();
    for (const [table, rows] of Object.entries(seed.rows)) {
      if (!tables.includes(table)) continue;
      (out.rows[table] ??= []).push(...rows.filter((r) => !gone.has(`${table}:${String(r.id)}`)));
    }
    if (Number(v) === version) out.dropped.push(...seed.dropped);
  }
  return out;
}

/**
 * Creates a database at a native IndexedDB version (Dexie's version × 10) with the tables of a Dexie
 * spec and the given rows, with plain IndexedDB, as that version of Shagym left it. Self-contained: it
 * runs in vitest (fake-indexeddb) and is passed to `page.evaluate` in the browsers. The evidence
 * `sha256` left empty in a seed is computed here from the bytes.
 */
export async function createDatabaseAt(args: {
  name: string;
  nativeVersion: number;
  stores: Record<string, string>;
  rows: Record<string, Record<string, unknown>[]>;
}): Promise<void> {
  const { name, nativeVersion, stores, rows } = args;
  const hex = (buf: ArrayBuffer) =>
    Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
  const digests: Record<string, string> = {};
  const ready: Record<string, Record<string, unknown>[]> = {};
  for (const [table, list] of Object.entries(rows)) {
    ready[table] = [];
    for (const row of list) {
      const out: Record<string, unknown> = { ...row };
      for (const [k, v] of Object.entries(row)) {
        if (v && typeof v === 'object' && '__blob' in v) {
          const seed = v as { __blob: string; type: string };
          const bytes = new TextEncoder().encode(seed.__blob);
          out[k] = new Blob([bytes], { type: seed.type });
          digests[String(row.id)] = hex(await crypto.subtle.digest('SHA-256', bytes));
        }
      }
      ready[table].push(out);
    }
  }
  for (const row of ready.evidence ?? []) if (row.sha256 === '') row.sha256 = digests[String(row.id)] ?? '';
  const keyPath = (spec: string): string | string[] => {
    const clean = spec.replace(/^(\+\+|&|\*)/, '');
    return clean.startsWith('[') ? clean.slice(1, -1).split('+') : clean;
  };
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, nativeVersion);
    request.onupgradeneeded = () => {
      const idb = request.result;
      for (const [table, spec] of Object.entries(stores)) {
        const [primary, ...indexes] = spec
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const store = idb.createObjectStore(table, {
          keyPath: primary ? keyPath(primary) : null,
          autoIncrement: primary?.startsWith('++') ?? false,
        });
        for (const index of indexes)
          store.createIndex(index.replace(/^(&|\*)/, ''), keyPath(index), {
            unique: index.startsWith('&'),
            multiEntry: index.startsWith('*'),
          });
      }
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const idb = request.result;
      const tables = Object.keys(ready).filter((t) => idb.objectStoreNames.contains(t));
      if (!tables.length) {
        idb.close();
        return resolve();
      }
      const tx = idb.transaction(tables, 'readwrite');
      for (const table of tables) for (const row of ready[table]!) tx.objectStore(table).put(row);
      tx.oncomplete = () => {
        idb.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
