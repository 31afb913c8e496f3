import { z } from '../zod';
import { kaspiFactsSchema, kaspiPageKindSchema } from '../kaspi/facts-schema';
import { kaspiUrl } from '../validation';
import { CAPTURE_PAGE, CAPTURE_PROGRESS, MAX_SNAPSHOT_CHARS, PAGE_CAPTURE_SCRIPT } from './capture';

/**
 * Every message between the extension's contexts, declared once: who may send it, the request and the
 * response schema. Names say the direction: `cs:` content script → background, `ui:` extension page →
 * background. The background checks the sender first, then the request (utils/messaging/router.ts).
 *
 * Replies cross Chrome's JSON serialisation and Firefox's structured clone: keep them plain JSON
 * (no undefined, Date, Map or Blob).
 */
export type SenderKind = 'content-script' | 'extension-page';

/**
 * A kaspi.kz page's facts as the content script read them at the launcher's click, posted to the panel's
 * frame (entrypoints/kaspi.content/panel-frame.ts), checked by the panel before use.
 */
export const pageFactsSchema = z.object({
  pageKind: kaspiPageKindSchema,
  pageUrl: kaspiUrl,
  facts: kaspiFactsSchema,
});
export type PageFactsPayload = z.infer<typeof pageFactsSchema>;

/**
 * A kaspi.kz page as the capture script serialised it (background → content script: CAPTURE_PAGE): its
 * DOM with the capture's annotations, what its style sheets hold (null: cross-origin, fetched later), the
 * window and page sizes (utils/capture/dom-snapshot.ts). Page text: bounded here, never markup of ours.
 */
const size = (max: number) => z.number().int().min(1).max(max);
export const pageSnapshotSchema = z
  .object({
    url: kaspiUrl,
    title: z.string().max(2000),
    html: z.string().min(1).max(MAX_SNAPSHOT_CHARS),
    capturedAt: z.number().int().positive(),
    viewport: z.object({ width: size(20_000), height: size(20_000) }),
    pageSize: z.object({ width: size(100_000), height: size(1_000_000) }),
    devicePixelRatio: z.number().min(0.1).max(10),
    sheets: z
      .array(
        z.object({
          href: z.string().max(2000).nullable(),
          css: z.string().max(MAX_SNAPSHOT_CHARS).nullable(),
        }),
      )
      .max(1000),
  })
  .refine(
    (s) =>
      s.html.length + s.sheets.reduce((n, sheet) => n + (sheet.css?.length ?? 0), 0) <= MAX_SNAPSHOT_CHARS,
    { message: `the page is larger than ${MAX_SNAPSHOT_CHARS} characters` },
  );
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

/** Screenshots (issue 11): the replies of the background → content-script messages in capture.ts. */
const cssPx = z.number().min(0).max(10_000_000);
export const captureReplies = {
  metrics: z.object({
    url: kaspiUrl,
    title: z.string().max(2000),
    viewportWidth: cssPx.min(1),
    viewportHeight: cssPx.min(1),
    windowWidth: cssPx.min(1),
    windowHeight: cssPx.min(1),
    pageHeight: cssPx.min(1),
    scrollX: cssPx,
    scrollY: cssPx,
    devicePixelRatio: z.number().min(0.1).max(10),
    /** The launcher or the panel is on the page (then CAPTURE_OWN_UI hides them). */
    ownUi: z.boolean(),
  }),
  ownUi: z.object({ hidden: z.boolean() }),
  scrolled: z.object({ scrollY: cssPx }),
  restored: z.object({ scrollX: cssPx, scrollY: cssPx }),
  progress: z.object({
    type: z.literal(CAPTURE_PROGRESS),
    tabId: z.number().int(),
    done: z.number().int().min(0),
    total: z.number().int().min(1),
  }),
};
export type CaptureMetricsReply = z.infer<typeof captureReplies.metrics>;

export const SCREENSHOT_METHODS = ['visible-screenshot', 'full-page-screenshot'] as const;

export const protocol = {
  /**
   * The declared content script saw a (possible) complaint surface after the page's load: inject the
   * launcher script into this tab's top frame (utils/messaging/launcher-inject.ts decides).
   */
  'cs:show-launcher': {
    from: ['content-script'],
    request: z.object({}),
    response: z.object({ injected: z.literal(true) }),
  },
  /** Cases were saved or deleted: recompute their reminders and reschedule. */
  'ui:cases-changed': {
    from: ['extension-page'],
    request: z.object({ caseIds: z.array(z.uuid()).min(1).max(10_000) }),
    response: z.object({ reminders: z.number().int().min(0) }),
  },
  /** Notify what is due now and report the reminder state (popup opens, tests). */
  'ui:sync-reminders': {
    from: ['extension-page'],
    request: z.object({}),
    response: z.object({
      notificationsAllowed: z.boolean(),
      pending: z.number().int().min(0),
      overdue: z.number().int().min(0),
    }),
  },
  /**
   * The panel, framed on a kaspi.kz page, asks for a snapshot of that page (the listing as the buyer
   * sees it): the background injects the capture script into the tab (`toContentScript`) and checks what
   * comes back. The panel then builds the self-contained capture (utils/capture/page-html.ts).
   */
  'ui:capture-page': {
    from: ['extension-page'],
    request: z.object({}),
    response: pageSnapshotSchema,
  },
  /**
   * A screenshot of a kaspi.kz tab into a case (issue 11), from the popup: the browser granted
   * `activeTab` for that tab (toolbar button, context menu, shortcut). The background hides our own
   * elements, captures (and for a full page scrolls and stitches), restores the page and stores the
   * picture through addEvidence.
   */
  'ui:capture-screenshot': {
    from: ['extension-page'],
    request: z.object({
      tabId: z.number().int().min(0),
      method: z.enum(SCREENSHOT_METHODS),
      caseId: z.uuid(),
    }),
    response: z.object({
      evidenceId: z.uuid(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      size: z.number().int().min(1),
      /** The picture in device pixels, and the page it shows in CSS pixels. */
      width: z.number().int().min(1),
      height: z.number().int().min(1),
      pageHeight: z.number().int().min(1),
      /** The page was taller than a picture may be: only its top is in it. */
      cut: z.boolean(),
      tiles: z.number().int().min(1),
      ms: z.number().min(0),
    }),
  },
  /**
   * Whether the buyer has granted the page capture's optional access to Kaspi's CDN (the panel framed
   * in Firefox has no `permissions` API of its own).
   */
  'ui:cdn-access': {
    from: ['extension-page'],
    request: z.object({}),
    response: z.object({ granted: z.boolean() }),
  },
  /** Open the full-tab case page (the panel in Firefox has no `tabs` API of its own). */
  'ui:open-case': {
    from: ['extension-page'],
    request: z.object({ caseId: z.uuid() }),
    response: z.object({ opened: z.literal(true) }),
  },
} as const satisfies Record<string, { from: readonly SenderKind[]; request: z.ZodType; response: z.ZodType }>;

/**
 * Background → content script. Each is a script file the background injects into a kaspi.kz tab's top
 * frame (scripting.executeScript) when needed, whose result is the reply, checked with `response` (the
 * page can neither send nor see it).
 */
export const toContentScript = {
  /** Serialise this page for a page capture (entrypoints/page-capture.content.ts). */
  [CAPTURE_PAGE]: { script: PAGE_CAPTURE_SCRIPT, response: pageSnapshotSchema },
} as const satisfies Record<string, { script: string; response: z.ZodType }>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;

/** The envelope on the wire. */
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export type Reply<T = unknown> =
  { ok: true; data: T } | { ok: false; code: 'sender' | 'shape' | 'unknown-type' | 'failed'; error: string };
