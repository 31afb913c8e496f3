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
/**
 * Style sheets stand in the snapshot and the capture's document as <shagym-css> elements until the file
 * is written: a <style> element would be checked against the panel's own strict policy, even in an inert
 * parsed document, and reported. The CSS text is spliced in as text when the file is serialised.
 */
export const CSS_TAG = 'shagym-css';
