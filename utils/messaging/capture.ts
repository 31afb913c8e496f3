/**
 * The one message the background sends to a content script: "serialise this page" (the panel's
 * listing snapshot). Zod-free, so the content script can import it; the reply is checked by
 * `pageSnapshotSchema` in protocol.ts.
 */
export const CAPTURE_PAGE = 'bg:capture-page';
/** A bigger page is refused rather than cut (a cut snapshot would prove nothing). */
export const MAX_SNAPSHOT_CHARS = 8_000_000;
