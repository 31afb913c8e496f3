/**
 * The one place Shagym may fetch the product's picture from Kaspi's CDN (issue 11), and only when the
 * buyer has already granted the optional host permission for that CDN (the page capture asks for it,
 * with its reason). Without that grant — the default — nothing is requested: the zero-network e2e
 * keeps holding. The picture is then kept as small bytes of our own (./picture.ts), never hot-linked.
 */
import { browser } from 'wxt/browser';
import { db, type ShagymDb } from '../db';
import { makePreview } from './make-preview';
import { casePicture, keepCasePicture } from './picture';
import type { PreviewMaker } from './preview';

/** Kaspi's picture CDN, as on the product pages' og:image (tests/fixtures/kaspi-real). */
export const KASPI_PICTURE_ORIGINS = ['https://resources.cdn-kaspi.kz/*'] as const;
const PICTURE_HOST = /^resources\.cdn-kaspi\.kz$/;

/** Whether a URL is a picture on Kaspi's CDN (https only, no credentials in it). */
export function isKaspiPictureUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && PICTURE_HOST.test(u.hostname) && !u.username && !u.password;
  } catch {
    return false;
  }
}

export interface PictureSourceDeps {
  /** Whether the CDN permission is granted (browser.permissions.contains). */
  granted: () => Promise<boolean>;
  fetch: (url: string) => Promise<Blob>;
  makePreview: PreviewMaker;
}

const BROWSER: PictureSourceDeps = {
  granted: async () => {
    try {
      return await browser.permissions.contains({ origins: [...KASPI_PICTURE_ORIGINS] });
    } catch {
      return false;
    }
  },
  fetch: async (url) => {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'force-cache',
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.blob();
  },
  makePreview,
};

/**
 * Keeps the page's product picture for a case that has none: only a Kaspi CDN URL, only with the
 * permission granted, drawn small (a preview) and stored. Returns what happened; never throws.
 */
export async function fetchProductPicture(
  caseId: string,
  imageUrl: string | null,
  database: ShagymDb = db,
  deps: PictureSourceDeps = BROWSER,
): Promise<'kept' | 'has-one' | 'no-url' | 'not-granted' | 'failed'> {
  if (!imageUrl || !isKaspiPictureUrl(imageUrl)) return 'no-url';
  try {
    if (await casePicture(caseId, database)) return 'has-one';
    if (!(await deps.granted())) return 'not-granted';
    const blob = await deps.fetch(imageUrl);
    const made = await deps.makePreview(blob, blob.type || 'image/jpeg');
    if (!made) return 'failed';
    await keepCasePicture(
      caseId,
      { bytes: made.bytes, width: made.width, height: made.height, sourceUrl: imageUrl },
      database,
    );
    return 'kept';
  } catch {
    return 'failed';
  }
}
