/**
 * Where the popup's first screen is remembered: this extension's localStorage (shared by its pages,
 * absent in the background's service worker). Never throws: the snapshot is only a shortcut, and
 * without it the popup takes the long way.
 */
import { parseSnapshot, type ShellSnapshot } from './snapshot';

export const SHELL_KEY = 'shagym.popup.shell';
/** Bumped when the snapshot's shape changes (2: the frame and the rows' texts; the rows come from the index). */
const SHELL_VERSION = 2;
/** Larger than any frame with its texts (about 6 KB): anything bigger is not ours. */
export const MAX_SHELL_CHARS = 200_000;

/** A snapshot is shown only in the version it was made by. */
export function shellStamp(extensionVersion: string): string {
  return `${SHELL_VERSION}|${extensionVersion}`;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // access denied (e.g. storage blocked)
  }
}

export function readShell(stamp: string): ShellSnapshot | null {
  try {
    const raw = storage()?.getItem(SHELL_KEY);
    if (!raw || raw.length > MAX_SHELL_CHARS) return null;
    return parseSnapshot(JSON.parse(raw), stamp);
  } catch {
    return null;
  }
}

export function writeShell(snapshot: ShellSnapshot): void {
  try {
    const raw = JSON.stringify(snapshot);
    if (raw.length > MAX_SHELL_CHARS) storage()?.removeItem(SHELL_KEY);
    else if (storage()?.getItem(SHELL_KEY) !== raw) storage()?.setItem(SHELL_KEY, raw);
  } catch {
    // Storage full or unavailable.
  }
}

/** Forgets the first screen's frame (tests; nothing in the app needs to: saves never make it stale). */
export function clearShell(): void {
  try {
    storage()?.removeItem(SHELL_KEY);
  } catch {
    // Unavailable: nothing to forget.
  }
}
