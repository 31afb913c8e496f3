/**
 * The annotations the capture script writes on its copy of the page (utils/capture/dom-snapshot.ts) for
 * the capture builder (utils/capture/page-html.ts), which reads and removes them. Zod-free and tiny: the
 * capture script bundles it.
 */
export const MARK = {
  /** The picture an <img> showed (currentSrc). */
  currentSrc: 'data-shagym-current-src',
  /** What a field showed (its live value; a select's chosen option's text). */
  value: 'data-shagym-value',
  /** A check box's or radio button's live state: 'true' | 'false'. */
  checked: 'data-shagym-checked',
  /** The index of the element's style sheet in the snapshot's `sheets`. */
  sheet: 'data-shagym-sheet',
} as const;
export const MARK_PREFIX = 'data-shagym-';
