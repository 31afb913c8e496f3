/**
 * The product's main picture, kept with the case (issue 11): small bytes of our own in the
 * `casePictures` table, shown on the case page (components/product-card.tsx) and in the popup row
 * (components/case-row.tsx). Never a hot link: Shagym makes no network requests of its own, so a page
 * of the extension never loads kaspi.kz's CDN.
 *
 * Where the picture comes from, honestly:
 * - the first picture of the listing, a screenshot or a photo the buyer adds (addEvidence, ./store.ts):
 *   its preview is kept as the picture;
 * - the buyer picks another ("Use as the product picture" on a picture in the evidence list).
 * Kaspi's own og:image is not fetched: that would be a request the buyer did not ask for (the CDN grant
 * is for the page capture the buyer clicks; tests/e2e/zero-network.spec.ts holds it).
 * A content script cannot read the gallery's <img> itself: it is cross-origin, and drawing it taints
 * the canvas.
 */
import { z } from '../zod';
import { db, parseRows, type CasePictureRow, type ShagymDb } from '../db';
import { sha256Hex } from './hash';
import { PREVIEW_MAX } from './preview';
import { ensurePreview } from './store';
import type { Evidence } from './schema';

/** Where a picture was: a kaspi.kz page, the extension's own page, or Kaspi's picture CDN (https). */
const pictureSourceUrl = z
  .url({ protocol: /^(https|chrome-extension|moz-extension)$/ })
  .max(2000)
  .refine((u) => /^(https:\/\/(kaspi\.kz|resources\.cdn-kaspi\.kz)\/|(chrome|moz)-extension:\/\/)/.test(u));

export const casePictureSchema = z.object({
  caseId: z.uuid(),
  bytes: z.instanceof(Blob),
  mime: z.enum(['image/jpeg', 'image/webp', 'image/png']),
  width: z.number().int().min(1).max(PREVIEW_MAX),
  height: z.number().int().min(1).max(PREVIEW_MAX),
  evidenceId: z.uuid().nullable(),
  sourceUrl: pictureSourceUrl.nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.number().int().min(0),
}) satisfies z.ZodType<CasePictureRow>;

/** The case's picture, or null when it has none or its row does not read. */
export async function casePicture(caseId: string, database: ShagymDb = db): Promise<CasePictureRow | null> {
  const row = await database.casePictures.get(caseId);
  return row ? (parseRows('casePictures', [row], casePictureSchema)[0] ?? null) : null;
}

/** The pictures of several cases (the popup's rows), by case id. */
export async function casePicturesOf(
  caseIds: readonly string[],
  database: ShagymDb = db,
): Promise<Map<string, CasePictureRow>> {
  const rows = (await database.casePictures.bulkGet([...caseIds])).filter((r) => r !== undefined);
  return new Map(parseRows('casePictures', rows, casePictureSchema).map((r) => [r.caseId, r]));
}

/** Whether a piece of evidence can be the product's picture (a picture with a preview). */
export const canBePicture = (meta: Pick<Evidence, 'mime'>): boolean =>
  /^image\/(png|jpeg|gif|webp|avif|bmp)$/i.test(meta.mime);

/** Makes a picture the product's picture (its preview, made if needed). False when it cannot be drawn. */
export async function keepPictureFrom(
  meta: Evidence,
  database: ShagymDb = db,
  now: number = Date.now(),
): Promise<boolean> {
  if (!canBePicture(meta)) return false;
  const preview = await ensurePreview(meta, database);
  if (!preview) return false;
  const row = casePictureSchema.parse({
    caseId: meta.caseId,
    bytes: preview.bytes,
    mime: preview.mime,
    width: preview.width,
    height: preview.height,
    evidenceId: meta.id,
    sourceUrl: meta.sourceUrl,
    sha256: await sha256Hex(preview.bytes),
    at: now,
  });
  await database.transaction('rw', [database.cases, database.casePictures], async () => {
    if (await database.cases.get(meta.caseId)) await database.casePictures.put(row);
  });
  return true;
}

/** Removes the case's picture (the card shows the title's first letter again). */
export async function forgetCasePicture(caseId: string, database: ShagymDb = db): Promise<void> {
  await database.casePictures.delete(caseId);
}
