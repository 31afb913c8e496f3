/**
 * The page capture's background → content script step (declared in protocol.ts, `toContentScript`):
 * the background injects PAGE_CAPTURE_SCRIPT into the kaspi.kz tab's top frame when a capture starts and
 * takes its result, the page's DOM snapshot. Zod-free, so content scripts may import it.
 */
export const CAPTURE_PAGE = 'bg:capture-page';
/** The capture script (entrypoints/page-capture.content.ts), injected only when a capture starts. */
export const PAGE_CAPTURE_SCRIPT = '/content-scripts/page-capture.js' as const;
/** A bigger page is refused rather than cut (a cut snapshot would prove nothing). */
export const MAX_SNAPSHOT_CHARS = 8_000_000;
