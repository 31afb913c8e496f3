/**
 * The popup's first screen without React, drawn by entrypoints/popup-shell.ts (a small classic script
 * that runs before React, zod and Dexie are even loaded): the frame React rendered last time (header,
 * search, filter, footer) and the texts of its rows, remembered in localStorage by `rememberShell`, with
 * the rows read afresh from the case index on every open (./rows.ts) — so no save ever makes it stale.
 * React then takes over (`takeOverShell`) with the live list. This module owns all of it.
 */
import { serializeElement, type ShellSnapshot } from './snapshot';
import { writeShell } from './storage';

export { clearShell, readShell, shellStamp, writeShell } from './storage';
export type { ShellSnapshot } from './snapshot';
export { shellStrings, type ShellStrings, type StringSource } from './strings';

export { FIRST_ROWS, RENDER_MARK } from './show';

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
  for (const img of Array.from(shell?.querySelectorAll('img') ?? []))
    if (img.src.startsWith('blob:')) URL.revokeObjectURL(img.src);
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

/**
 * Remembers the frame of the popup's first screen (React's rendering of `main`, its list emptied) and
 * the texts its rows are drawn with. Unchanged frames are not written again.
 */
export function rememberShell(main: Element, meta: Omit<ShellSnapshot, 'tree'>): void {
  const tree = serializeElement(main, { origin: location.origin, maxListItems: 0 });
  if (tree) writeShell({ ...meta, tree });
}
