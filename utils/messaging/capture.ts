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

/*
 * Screenshots (issue 11): the background → content-script messages of a capture, in this order:
 *   1. CAPTURE_METRICS: the page's sizes and scroll position (entrypoints/kaspi-capture.ts, injected by
 *      the background when a capture starts);
 *   2. CAPTURE_OWN_UI { hidden: true }: the launcher and the panel hide (entrypoints/kaspi.content,
 *      when it runs on the page: it owns their closed shadow roots);
 *   3. CAPTURE_SCROLL { y, hideFixed } per tile of a full page; the reply says where the page stopped;
 *   4. CAPTURE_RESTORE and CAPTURE_OWN_UI { hidden: false }: as the buyer left it, also after a failure.
 * The replies are checked by the schemas in protocol.ts (`captureReplies`). Both listeners answer only
 * this extension's background (no tab in the sender), in the tab's top frame.
 * And background → the popup that asked: CAPTURE_PROGRESS { done, total } per tile.
 */
export const CAPTURE_METRICS = 'bg:capture-metrics';
export const CAPTURE_OWN_UI = 'bg:capture-own-ui';
export const CAPTURE_SCROLL = 'bg:capture-scroll';
export const CAPTURE_RESTORE = 'bg:capture-restore';
export const CAPTURE_PROGRESS = 'bg:capture-progress';
/** The helper script the background injects into the tab's top frame when a capture starts. */
export const CAPTURE_HELPER_SCRIPT = '/kaspi-capture.js' as const;
