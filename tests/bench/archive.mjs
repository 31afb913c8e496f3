/**
 * The archive (issue 12), through the real pages of the built extension:
 *   - export of one case with ~300 MB of evidence (a 250 MB video, 40 photos of 1 MB, a 10 MB PDF),
 *     generated in the page and stored in IndexedDB as addEvidence stores it: the time from the click
 *     on "export" to the download, against just reading the same Blobs in the same page (each whole,
 *     with arrayBuffer(), one after the other), alternated, `runs` times each; throughput ratio =
 *     read time ÷ export time (medians);
 *   - peak memory meanwhile: the page's JS heap (CDP Performance.getMetrics) and the resident memory
 *     of the extension's renderer process and of the browser process (pids from CDP
 *     SystemInfo.getProcessInfo where available, else every process of this profile; RSS from /proc),
 *     as growth over the moment before the click;
 *   - the import of that archive into a fresh profile: file chosen → preview shown, and Import →
 *     done; the same memory figures;
 *   - export of 1,000 cases without evidence ("all"): click → download.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionId, launch } from './browser.mjs';
import { readStore } from './idb.mjs';
import { makeCases } from './seed-cases.mjs';
import { median } from './stats.mjs';

const MB = 1_000_000;

/**
 * RSS in bytes of the Chromium launched with `--user-data-dir=<marker>` and of every process under it
 * (zygotes, renderers, utility processes), by pid, with its type.
 */
function processesOf(marker) {
  const all = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
      all.push({ pid: Number(name), ppid, rss, type, cmd });
    } catch {
      /* gone */
    }
  }
  const root = all.find((p) => p.type === 'browser' && p.cmd.includes(`--user-data-dir=${marker}`));
  if (!root) return [];
  const mine = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all)
      if (!mine.has(p.pid) && mine.has(p.ppid)) {
        mine.add(p.pid);
        grew = true;
      }
  }
  return all.filter((p) => mine.has(p.pid)).map(({ pid, rss, type }) => ({ pid, rss, type }));
}

/** Samples memory every 50 ms until stopped: JS heap of `page`, RSS of the profile's processes. */
function memorySampler(page, cdp, marker) {
  const start = new Map(processesOf(marker).map((p) => [p.pid, p]));
  const peak = new Map();
  let heapStart = null;
  let heapPeak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const p of processesOf(marker)) {
        const before = peak.get(p.pid);
        if (!before || p.rss > before.rss) peak.set(p.pid, p);
      }
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        if (heapStart === null) heapStart = used;
        heapPeak = Math.max(heapPeak, used);
      } catch {
        /* the page navigated */
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    // The renderer that grew most (the page's), and the browser process.
    let renderer = { growth: 0, peak: 0 };
    let browser = { growth: 0, peak: 0 };
    for (const [pid, p] of peak) {
      const growth = p.rss - (start.get(pid)?.rss ?? 0);
      if (p.type === 'renderer' && growth > renderer.growth) renderer = { growth, peak: p.rss };
      if (p.type === 'browser') browser = { growth, peak: p.rss };
    }
    return {
      heapStart: heapStart ?? 0,
      heapPeak,
      heapGrowth: heapPeak - (heapStart ?? 0),
      renderer,
      browser,
    };
  };
}

/**
 * Stores generated evidence (xorshift bytes, 1 MiB at a time) for a case, in the page, as addEvidence
 * stores it: with its SHA-256 and (unless `withCrc` is false: evidence added before it was kept) its
 * CRC-32.
 */
function seedEvidence(page, caseId, files, withCrc = true) {
  return page.evaluate(
    async ({ caseId, files, withCrc }) => {
      const table = new Uint32Array(256);
      for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
      }
      const crcOf = (chunks) => {
        let c = 0xffffffff;
        for (const b of chunks) for (let i = 0; i < b.length; i++) c = table[(c ^ b[i]) & 0xff] ^ (c >>> 8);
        return (c ^ 0xffffffff) >>> 0;
      };
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => resolve(open.result);
      });
      let seq = 0;
      for (const f of files) {
        seq += 1;
        const parts = [];
        let x = (f.size ^ (seq * 0x9e3779b9)) >>> 0 || 1;
        for (let at = 0; at < f.size; at += 1 << 20) {
          const n = Math.min(1 << 20, f.size - at);
          const chunk = new Uint8Array(n);
          const words = new Uint32Array(chunk.buffer, 0, n >>> 2);
          for (let i = 0; i < words.length; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            words[i] = x >>> 0;
          }
          parts.push(chunk);
        }
        const crc32 = withCrc ? crcOf(parts) : undefined;
        const blob = new Blob(parts, { type: f.mime });
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
        const sha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
        const id = crypto.randomUUID();
        await new Promise((resolve, reject) => {
          const tx = db.transaction(['evidence', 'evidenceBlobs'], 'readwrite');
          tx.objectStore('evidence').put({
            id,
            caseId,
            kind: f.kind,
            fileName: f.name,
            mime: f.mime,
            size: f.size,
            sha256,
            capturedAt: Date.now() - 60_000 + seq,
            importedAt: null,
            sourceUrl: null,
            note: '',
            takenAt: null,
            camera: null,
            capture: null,
            ...(crc32 === undefined ? {} : { crc32 }),
          });
          tx.objectStore('evidenceBlobs').put({ id, bytes: blob });
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
    },
    { caseId, files, withCrc },
  );
}

function putCases(page, rows, clear = false) {
  return page.evaluate(
    ({ rows, clear }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tables = ['cases', 'evidence', 'evidenceBlobs'];
          const tx = open.result.transaction(tables, 'readwrite');
          if (clear) for (const t of tables) tx.objectStore(t).clear();
          for (const row of rows) tx.objectStore('cases').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { rows, clear },
  );
}

/** Reads every stored evidence Blob whole, one after the other; ms. */
function readAllBlobs(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('evidenceBlobs').objectStore('evidenceBlobs').getAllKeys();
          keys.onsuccess = async () => {
            const started = performance.now();
            let total = 0;
            for (const key of keys.result) {
              const row = await new Promise((res, rej) => {
                const r = open.result.transaction('evidenceBlobs').objectStore('evidenceBlobs').get(key);
                r.onsuccess = () => res(r.result);
                r.onerror = () => rej(r.error);
              });
              total += (await row.bytes.arrayBuffer()).byteLength;
            }
            open.result.close();
            resolve({ ms: performance.now() - started, bytes: total });
          };
        };
      }),
  );
}

async function timedDownload(page, click, timeout = 300_000) {
  const started = Date.now();
  const downloading = page.waitForEvent('download', { timeout });
  await click();
  const download = await downloading;
  return { ms: Date.now() - started, download };
}

/** Whether every stored evidence row has its CRC-32 (read in an extension page). */
async function allHaveCrc(page) {
  const all = await readStore(page, 'evidence', 'getAll');
  return all.length > 0 && all.every((r) => typeof r.crc32 === 'number');
}

/**
 * `backfill` (with `withCrc` false): after seeding, the browser is started again on the same profile, as
 * after an update or a restart; the background computes the missing CRC-32s (utils/evidence/crc-backfill.ts)
 * and the export is measured after that, with the time the backfill took.
 */
export async function measureArchive({
  extensionPath,
  runs = 3,
  withCrc = true,
  backfill = false,
  log = () => {},
}) {
  const result = {};
  const work = mkdtempSync(join(tmpdir(), 'shagym-bench-archive-'));
  let first = await launch({ extensionPath, name: 'archive' });
  let second = null;
  try {
    let context = first.context;
    const marker = first.userDataDir;
    const id = await extensionId(context);
    let page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.waitForSelector('main');
    const [kase] = makeCases(1);
    await putCases(page, [kase], true);
    const files = [
      { name: 'распаковка.mp4', mime: 'video/mp4', kind: 'unboxing-video', size: 250 * MB },
      { name: 'чек.pdf', mime: 'application/pdf', kind: 'receipt', size: 10 * MB },
      ...Array.from({ length: 40 }, (_, i) => ({
        name: `фото-${i + 1}.jpg`,
        mime: 'image/jpeg',
        kind: 'photo',
        size: 1 * MB,
      })),
    ];
    const totalBytes = files.reduce((n, f) => n + f.size, 0);
    log(`  seeding ${files.length} files, ${(totalBytes / MB).toFixed(0)} MB …`);
    await seedEvidence(page, kase.id, files, withCrc);
    if (backfill && !withCrc) {
      await first.stop();
      const started = Date.now();
      first = await launch({ extensionPath, name: 'archive', userDataDir: marker });
      context = first.context;
      page = await context.newPage();
      await page.goto(`chrome-extension://${id}/popup.html`);
      while (!(await allHaveCrc(page))) {
        if (Date.now() - started > 120_000) throw new Error('the CRC-32 backfill did not finish in 2 min');
        await page.waitForTimeout(100);
      }
      result.backfillMs = Date.now() - started;
      log(`  backfill: every CRC-32 recorded ${result.backfillMs} ms after the restart`);
    }
    await page.goto(`chrome-extension://${id}/case.html?id=${kase.id}`);
    const button = page.getByRole('button', { name: 'Скачать архив жалобы (ZIP)' });
    await button.waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    const reads = [];
    const exports = [];
    const memory = [];
    let zipPath = null;
    let zipBytes = 0;
    for (let i = 0; i < runs; i++) {
      reads.push((await readAllBlobs(page)).ms);
      await page.waitForTimeout(300);
      const stop = memorySampler(page, cdp, marker);
      const { ms, download } = await timedDownload(page, () => button.click());
      memory.push(await stop());
      exports.push(ms);
      const path = join(work, `export-${i}.zip`);
      await download.saveAs(path);
      await download.delete();
      zipBytes = readFileSync(path).length;
      if (i === 0) zipPath = path;
      else rmSync(path, { force: true });
      await page.getByText('готов').first().waitFor();
    }
    const readMs = median(reads);
    const exportMs = median(exports);
    const peak = (k) => Math.max(...memory.map(k));
    result.export = {
      withCrc,
      files: files.length,
      evidenceBytes: totalBytes,
      zipBytes,
      largestFile: 250 * MB,
      readMs: reads,
      exportMs: exports,
      readMedianMs: readMs,
      exportMedianMs: exportMs,
      readMBps: totalBytes / MB / (readMs / 1000),
      exportMBps: totalBytes / MB / (exportMs / 1000),
      ratio: readMs / exportMs,
      heapGrowthPeak: peak((m) => m.heapGrowth),
      heapPeak: peak((m) => m.heapPeak),
      rendererGrowthPeak: peak((m) => m.renderer.growth),
      rendererPeak: peak((m) => m.renderer.peak),
      browserGrowthPeak: peak((m) => m.browser.growth),
    };

    // 1,000 cases, no evidence: "export all" on the archive page.
    await putCases(page, makeCases(1000), true);
    await page.goto(`chrome-extension://${id}/archive.html`);
    const all = page.getByRole('button', { name: 'Скачать все жалобы (ZIP)' });
    await all.waitFor();
    const many = [];
    for (let i = 0; i < runs; i++) {
      const { ms, download } = await timedDownload(page, () => all.click());
      many.push(ms);
      await download.delete();
      await page.getByText('готов').first().waitFor();
    }
    result.manyCases = { cases: 1000, ms: many, medianMs: median(many) };
    await first.close();

    // Import of the big archive into a fresh profile.
    second = await launch({ extensionPath, name: 'archive-import' });
    const id2 = await extensionId(second.context);
    const importPage = await second.context.newPage();
    await importPage.goto(`chrome-extension://${id2}/archive.html`);
    await importPage.getByLabel('Архив Shagym (ZIP)').waitFor();
    const cdp2 = await second.context.newCDPSession(importPage);
    await cdp2.send('Performance.enable');
    await importPage.waitForTimeout(300);
    const stop = memorySampler(importPage, cdp2, second.userDataDir);
    const t0 = Date.now();
    await importPage.getByLabel('Архив Shagym (ZIP)').setInputFiles(zipPath);
    await importPage.locator('[data-field="preview"]').waitFor({ timeout: 300_000 });
    const previewMs = Date.now() - t0;
    const t1 = Date.now();
    await importPage.getByRole('button', { name: 'Импортировать' }).click();
    await importPage.locator('[data-stage="done"]').waitFor({ timeout: 300_000 });
    const importMs = Date.now() - t1;
    const m = await stop();
    result.import = {
      zipBytes,
      previewMs,
      importMs,
      heapGrowthPeak: m.heapGrowth,
      rendererGrowthPeak: m.renderer.growth,
      rendererPeak: m.renderer.peak,
      browserGrowthPeak: m.browser.growth,
    };
    return result;
  } finally {
    await first.close().catch(() => undefined);
    await second?.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}
