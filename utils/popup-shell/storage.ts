/**
 * Where the popup's first screen is remembered: this extension's localStorage (shared by its pages,
 * absent in the background's service worker). Never throws: the snapshot is only a shortcut, and
 * without it the popup takes the long way.
 */
import { parseSnapshot, type ShellSnapshot } from './snapshot';

export const SHELL_KEY = 'shagym.popup.shell';
/** Bumped when the snapshot's shape changes. */
const SHELL_VERSION = 1;
/** Larger than any first screen (about 6 KB for 10 rows): anything bigger is not ours. */
export const MAX_SHELL_CHARS = 200_000;

/** A snapshot is shown only on the day, in the version, it was made. */
export function shellStamp(today: string, extensionVersion: string): string {
  return `${SHELL_VERSION}|${today}|${extensionVersion}`;
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
    if (raw.length <= MAX_SHELL_CHARS) storage()?.setItem(SHELL_KEY, raw);
    else storage()?.removeItem(SHELL_KEY);
  } catch {
    // Storage full or unavailable.
  }
}

/** Forgets the first screen: called when a case is saved or the language changes. */
export function clearShell(): void {
  try {
    storage()?.removeItem(SHELL_KEY);
  } catch {
    // Unavailable: the popup's own check against the database still catches the change.
  }
}
