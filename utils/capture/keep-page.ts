/**
 * The panel's page capture, glue (issue 11, part 2): ask for the access to Kaspi's CDN in the buyer's
 * click, take the page's DOM snapshot through the background, build the self-contained file (pure:
 * utils/capture/page-html.ts, the header: utils/capture/header.ts), and keep it as evidence with its
 * capture metadata through the one door for evidence, `addEvidence`.
 */
import { browser } from 'wxt/browser';
import { todayInKz } from '../deadlines/time-zone';
import { addEvidence } from '../evidence/store';
import type { CaptureMeta, Evidence } from '../evidence/schema';
import type { Lang } from '../i18n/languages';
import { send } from '../messaging/client';
import { browserName } from './browser-name';
import { cdnLoader } from './fetch-resources';
import { captureHeaderHtml } from './header';
import { CDN_HOST_PERMISSIONS } from './hosts';
import { buildPageCapture, type InlinedResource, type SkippedResource } from './page-html';

const CDN = { origins: [...CDN_HOST_PERMISSIONS] };

/**
 * Whether the buyer has granted the access to Kaspi's CDN. The panel framed on kaspi.kz in Firefox has no
 * `permissions` API: there the background answers.
 */
export async function hasCdnAccess(): Promise<boolean> {
  try {
    if (typeof browser.permissions?.contains === 'function') return await browser.permissions.contains(CDN);
    return (await send('ui:cdn-access', {})).granted;
  } catch {
    return false;
  }
}

/** The answer to asking for the access to Kaspi's CDN. */
export interface CdnAccess {
  granted: boolean;
  /**
   * False when this browser could not even ask here: Firefox gives the panel framed on kaspi.kz no
   * `permissions` API (and shows its prompt only for an extension page in a tab of its own). The buyer
   * can allow it in Firefox's add-on manager (Shagym → Permissions).
   */
  asked: boolean;
}

/**
 * Asks for the access to Kaspi's CDN. Call it in the click handler itself, before any `await`: browsers
 * grant a permission request only to a user's gesture. Already granted: granted without asking.
 */
export function requestCdnAccess(): Promise<CdnAccess> {
  let asking: Promise<boolean>;
  try {
    asking = browser.permissions.request(CDN); // a TypeError where there is no `permissions` API
  } catch (error) {
    asking = Promise.reject(error);
  }
  return asking.then(
    (granted) => ({ granted, asked: true }),
    async () => ({ granted: await hasCdnAccess(), asked: false }),
  );
}

export interface KeptCapture {
  evidence: Evidence;
  resources: InlinedResource[];
  skipped: SkippedResource[];
  /** Milliseconds from the start to the stored file. */
  ms: number;
}

export async function keepPageCapture({
  caseId,
  lang,
  fileStem,
  resourcesAllowed,
}: {
  caseId: string;
  lang: Lang;
  fileStem: string;
  /** The buyer granted the access to Kaspi's CDN. */
  resourcesAllowed: boolean;
}): Promise<KeptCapture> {
  const started = performance.now();
  const snapshot = await send('ui:capture-page', {});
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  const extensionVersion = browser.runtime.getManifest().version;
  const browserVersion = browserName(navigator.userAgent);
  const result = await buildPageCapture(
    doc,
    { url: snapshot.url, sheets: snapshot.sheets },
    cdnLoader((input, init) => fetch(input, init), resourcesAllowed),
    (facts) =>
      captureHeaderHtml(
        {
          lang,
          url: snapshot.url,
          title: snapshot.title,
          capturedAt: snapshot.capturedAt,
          extensionVersion,
          browser: browserVersion,
          viewport: snapshot.viewport,
          pageSize: snapshot.pageSize,
          resourcesAllowed,
        },
        facts,
      ),
  );
  const capture: CaptureMeta = {
    method: 'page-html',
    url: snapshot.url,
    title: snapshot.title.slice(0, 500),
    viewport: snapshot.viewport,
    pageSize: snapshot.pageSize,
    devicePixelRatio: snapshot.devicePixelRatio,
    browser: browserVersion,
    extensionVersion,
    resources: result.resources
      .filter((r) => r.url.length <= 2000)
      .map(({ url, sha256, mime }) => ({ url, sha256, mime })),
  };
  const day = todayInKz(snapshot.capturedAt);
  const evidence = await addEvidence({
    caseId,
    kind: 'listing-snapshot',
    file: new Blob([result.html], { type: 'text/html' }),
    fileName: `${fileStem}-${day}.html`,
    sourceUrl: snapshot.url,
    capture,
  });
  return { evidence, resources: result.resources, skipped: result.skipped, ms: performance.now() - started };
}
