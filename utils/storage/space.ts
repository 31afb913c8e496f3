/**
 * Storage that does not lose things (issue 11): how much the extension's data uses and how much is
 * free (navigator.storage.estimate()), whether the browser keeps it under storage pressure
 * (navigator.storage.persist(), asked when the first piece of evidence is added), and whether a file
 * fits before it is written. The manifest also asks for `unlimitedStorage` (README "Permissions"), so
 * the quota is the disk's free space rather than a share of it.
 *
 * Pure figures here (`storageFigures`, `fitsInStorage`); `readStorage` and `askToKeepData` are the
 * only calls to the browser.
 */

/** What is kept free beyond a file's own size: its preview (≈ 30 KB), metadata, IndexedDB's own overhead. */
export const STORAGE_MARGIN_BYTES = 256 * 1024;

export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

export interface StorageFigures {
  used: number;
  /** What the browser still allows this extension to store. */
  free: number;
  quota: number;
  /** Share of the quota used, 0–100, whole percent. */
  percent: number;
}

/** Used, free and the share used, from an estimate; null when the browser gave no figures. */
export function storageFigures(estimate: StorageEstimateLike | null | undefined): StorageFigures | null {
  const quota = estimate?.quota;
  const usage = estimate?.usage;
  if (typeof quota !== 'number' || !Number.isFinite(quota) || quota <= 0) return null;
  const used = typeof usage === 'number' && Number.isFinite(usage) && usage > 0 ? Math.min(usage, quota) : 0;
  return {
    used,
    free: quota - used,
    quota,
    percent: Math.min(100, Math.floor((used / quota) * 100)),
  };
}

export type FitCheck = { fits: true } | { fits: false; need: number; free: number };

/**
 * Whether `bytes` more can be written: free space at least the bytes plus the margin. Without figures
 * (a browser without estimate()) the answer is yes — the write itself then fails cleanly if it must.
 */
export function fitsInStorage(bytes: number, estimate: StorageEstimateLike | null | undefined): FitCheck {
  const figures = storageFigures(estimate);
  if (!figures) return { fits: true };
  const need = Math.max(0, bytes) + STORAGE_MARGIN_BYTES;
  return figures.free >= need ? { fits: true } : { fits: false, need, free: figures.free };
}

/** Whether the browser has been asked, and agreed, to keep the data under storage pressure. */
export type Persistence = 'kept' | 'not-kept' | 'unknown';

export interface StorageState {
  figures: StorageFigures | null;
  persistence: Persistence;
}

/** The browser's storage manager where there is one (pages and workers; tests pass their own). */
export interface StorageManagerLike {
  estimate?: () => Promise<StorageEstimateLike>;
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

const manager = (): StorageManagerLike | undefined =>
  (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage;

/** The estimate, or null when the browser gives none. Never throws. */
export async function readEstimate(storage = manager()): Promise<StorageEstimateLike | null> {
  try {
    return (await storage?.estimate?.()) ?? null;
  } catch {
    return null;
  }
}

/** Figures and persistence, for the case page and settings. Never throws. */
export async function readStorage(storage = manager()): Promise<StorageState> {
  const figures = storageFigures(await readEstimate(storage));
  let persistence: Persistence = 'unknown';
  try {
    if (storage?.persisted) persistence = (await storage.persisted()) ? 'kept' : 'not-kept';
  } catch {
    persistence = 'unknown';
  }
  return { figures, persistence };
}

/**
 * Asks the browser to keep the data (persist() exists in pages only, not in workers). Chrome decides by
 * itself, without a prompt; Firefox grants it to an extension with `unlimitedStorage`. Never throws.
 */
export async function askToKeepData(storage = manager()): Promise<Persistence> {
  try {
    if (storage?.persisted && (await storage.persisted())) return 'kept';
    if (!storage?.persist) return 'unknown';
    return (await storage.persist()) ? 'kept' : 'not-kept';
  } catch {
    return 'unknown';
  }
}
