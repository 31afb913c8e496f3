/**
 * The popup's first screen without React: the list the popup showed last time, built again from a
 * snapshot by entrypoints/popup-shell.ts (a small classic script that runs before React, zod and Dexie
 * are even loaded) — but only after checking, in the database itself, that no case was added, removed
 * or changed since. React then takes over (`takeOverShell`) with the live list and remembers the
 * screen again (`rememberShell`).
 */
import { serializeElement, type ShellSnapshot } from './snapshot';
import { writeShell } from './storage';

export { clearShell, readShell, shellStamp, writeShell } from './storage';
export type { ShellSnapshot } from './snapshot';
export type { CasesState } from './show';

export { RENDER_MARK } from './show';

/** What the buyer did in the snapshot before React took over. */
export interface Carried {
  query: string;
  filter: string;
  searchFocused: boolean;
}

/**
 * React's list is ready: the snapshot goes, React's container shows. Returns what the buyer typed or
 * chose in the snapshot meanwhile (null if no snapshot was shown).
 */
export function takeOverShell(shell: HTMLElement | null, root: HTMLElement): Carried | null {
  root.dataset.shell = 'done';
  root.hidden = false;
  if (!shell?.firstElementChild) {
    shell?.remove();
    return null;
  }
  const search = shell.querySelector<HTMLInputElement>('input[type="search"]');
  const filter = shell.querySelector<HTMLSelectElement>('select[name="filter"]');
  const carried = {
    query: search?.value ?? '',
    filter: filter?.value ?? 'all',
    searchFocused: !!search && document.activeElement === search,
  };
  shell.remove();
  return carried;
}

/** Remembers the popup's first screen (React's rendering of `main`) with the state it shows. */
export function rememberShell(main: Element, meta: Omit<ShellSnapshot, 'tree'>, maxListItems: number): void {
  const tree = serializeElement(main, { origin: location.origin, maxListItems });
  if (tree) writeShell({ ...meta, tree });
}
