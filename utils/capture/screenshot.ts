/**
 * A screenshot of a kaspi.kz tab into a case (issue 11): the background's glue around the pure plan
 * (plan.ts). The browser calls are passed in (`ScreenshotApi`), so the order of things — our elements
 * hidden before the first capture, the page put back even when a capture fails — is unit-tested with
 * fakes (tests/unit/capture/screenshot.test.ts) and run for real by tests/e2e/screenshot-capture.spec.ts.
 */
import type { CaptureMeta } from '../evidence/schema';
import type { AddEvidenceInput } from '../evidence/store';
import { parseKaspiUrl } from '../kaspi/urls';
import {
  CAPTURE_HELPER_SCRIPT,
  CAPTURE_METRICS,
  CAPTURE_OWN_UI,
  CAPTURE_RESTORE,
  CAPTURE_SCROLL,
} from '../messaging/capture';
import { captureReplies, type CaptureMetricsReply } from '../messaging/protocol';
import { captureIntervalMs, pictureSize, planTiles, scaleOf, sliceOf, type Slice } from './plan';
import { screenshotFileName } from './names';

export type ScreenshotMethod = 'visible-screenshot' | 'full-page-screenshot';

/** A decoded tile (ImageBitmap in the browser). */
export interface Bitmap {
  width: number;
  height: number;
  close(): void;
}
export interface Picture {
  draw(tile: Bitmap, slice: Slice): void;
  png(): Promise<Blob>;
}

export interface ScreenshotApi {
  tab(tabId: number): Promise<{ windowId: number; url: string; active: boolean } | null>;
  /** Injects CAPTURE_HELPER_SCRIPT into the tab's top frame. */
  injectHelper(tabId: number, file: typeof CAPTURE_HELPER_SCRIPT): Promise<void>;
  /** tabs.sendMessage to the tab's top frame. */
  sendToTab(tabId: number, message: object): Promise<unknown>;
  /** tabs.captureVisibleTab(windowId, png) → the PNG's bytes. */
  captureVisible(windowId: number): Promise<Blob>;
  decode(png: Blob): Promise<Bitmap>;
  picture(width: number, height: number): Picture;
  store(input: AddEvidenceInput): Promise<{ id: string; sha256: string; size: number }>;
  progress(done: number, total: number): void;
  /** tabs.MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND (Chrome), undefined elsewhere. */
  capturesPerSecond: number | undefined;
  browserName: string;
  extensionVersion: string;
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface ScreenshotResult {
  evidenceId: string;
  sha256: string;
  size: number;
  width: number;
  height: number;
  pageHeight: number;
  cut: boolean;
  tiles: number;
  ms: number;
}

export class ScreenshotError extends Error {
  constructor(
    readonly code: 'not-kaspi' | 'not-in-front' | 'no-tab' | 'scrolled-away' | 'capture-failed',
    message: string,
  ) {
    super(message);
    this.name = 'ScreenshotError';
  }
}

/** Chrome's words when the 2-a-second quota is exceeded: wait and try once more. */
const QUOTA = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/;

export async function takeScreenshot(
  api: ScreenshotApi,
  request: { tabId: number; method: ScreenshotMethod; caseId: string },
): Promise<ScreenshotResult> {
  const started = api.now();
  const tab = await api.tab(request.tabId);
  if (!tab) throw new ScreenshotError('no-tab', 'The tab is gone');
  if (!parseKaspiUrl(tab.url)) throw new ScreenshotError('not-kaspi', 'Only kaspi.kz pages are captured');
  // captureVisibleTab takes what the window shows: the tab must be the one in front.
  if (!tab.active) throw new ScreenshotError('not-in-front', 'The page is not the tab in front');

  await api.injectHelper(request.tabId, CAPTURE_HELPER_SCRIPT);
  const send = (message: object) => api.sendToTab(request.tabId, message);
  const metrics: CaptureMetricsReply = captureReplies.metrics.parse(await send({ type: CAPTURE_METRICS }));

  const interval = captureIntervalMs(api.capturesPerSecond);
  let lastCapture = -Infinity;
  const capture = async (): Promise<Blob> => {
    for (let attempt = 0; ; attempt++) {
      const wait = lastCapture + interval - api.now();
      if (wait > 0) await api.sleep(wait);
      lastCapture = api.now();
      try {
        return await api.captureVisible(tab.windowId);
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        if (attempt === 0 && QUOTA.test(text)) continue;
        throw new ScreenshotError('capture-failed', text);
      }
    }
  };

  let ownHidden = false;
  let scrolled = false;
  try {
    if (metrics.ownUi) {
      ownHidden = captureReplies.ownUi.parse(await send({ type: CAPTURE_OWN_UI, hidden: true })).hidden;
    }
    let png: Blob;
    let width: number;
    let height: number;
    let tiles = 1;
    let cut = false;
    let pageHeight = Math.round(metrics.windowHeight);
    if (request.method === 'visible-screenshot') {
      api.progress(0, 1);
      png = await capture();
      const bitmap = await api.decode(png);
      width = bitmap.width;
      height = bitmap.height;
      bitmap.close();
      api.progress(1, 1);
    } else {
      pageHeight = Math.round(metrics.pageHeight);
      // The first tile tells the scale; the plan needs it for the height cap.
      scrolled = true;
      const first = captureReplies.scrolled.parse(
        await send({ type: CAPTURE_SCROLL, y: 0, hideFixed: false }),
      );
      const firstPng = await capture();
      const firstBitmap = await api.decode(firstPng);
      const scale = scaleOf(firstBitmap.width, metrics.windowWidth, metrics.devicePixelRatio);
      const plan = planTiles(metrics, scale);
      const viewport = { width: metrics.viewportWidth, height: metrics.viewportHeight };
      const size = pictureSize(plan, metrics.viewportWidth, scale);
      const picture = api.picture(size.width, size.height);
      tiles = plan.tiles.length;
      cut = plan.cut;
      api.progress(0, tiles);
      for (const tile of plan.tiles) {
        let bitmap: Bitmap;
        let at: number;
        if (tile.index === 0) {
          bitmap = firstBitmap;
          at = first.scrollY;
        } else {
          const reply = await send({ type: CAPTURE_SCROLL, y: tile.scrollY, hideFixed: tile.hideFixed });
          at = captureReplies.scrolled.parse(reply).scrollY;
          bitmap = await api.decode(await capture());
        }
        const slice = sliceOf(tile, plan, viewport, at, bitmap, scale);
        if (!slice) {
          bitmap.close();
          throw new ScreenshotError(
            'scrolled-away',
            `The page did not scroll to ${tile.top} px (it is at ${at})`,
          );
        }
        picture.draw(bitmap, slice);
        bitmap.close();
        api.progress(tile.index + 1, tiles);
      }
      png = await picture.png();
      width = size.width;
      height = size.height;
    }

    const capturedAt = api.now();
    const meta: CaptureMeta = {
      method: request.method,
      url: metrics.url,
      title: metrics.title.slice(0, 500),
      viewport: { width: Math.round(metrics.windowWidth), height: Math.round(metrics.windowHeight) },
      pageSize:
        request.method === 'full-page-screenshot'
          ? { width: Math.round(metrics.viewportWidth), height: pageHeight }
          : null,
      devicePixelRatio: metrics.devicePixelRatio,
      browser: api.browserName.slice(0, 120),
      extensionVersion: api.extensionVersion,
      resources: [],
    };
    // The page is put back before the (slower) write: the buyer has the page again at once.
    await putBack();
    const stored = await api.store({
      caseId: request.caseId,
      kind: 'screenshot',
      file: png,
      fileName: screenshotFileName(metrics.url, request.method, capturedAt),
      sourceUrl: metrics.url,
      capture: meta,
    });
    return {
      evidenceId: stored.id,
      sha256: stored.sha256,
      size: stored.size,
      width,
      height,
      pageHeight,
      cut,
      tiles,
      ms: api.now() - started,
    };
  } finally {
    await putBack();
  }

  async function putBack(): Promise<void> {
    // Each step on its own: one failing does not keep the other from running.
    if (scrolled) {
      scrolled = false;
      await send({ type: CAPTURE_RESTORE }).catch(() => undefined);
    }
    if (ownHidden) {
      ownHidden = false;
      await send({ type: CAPTURE_OWN_UI, hidden: false }).catch(() => undefined);
    }
  }
}
