/**
 * Small previews of evidence (issue 11): a picture or a screenshot gets a JPEG about 320 px wide, a
 * video its first frame and its duration. Made once, when the file is added (or, for a file stored
 * before previews existed or imported from an archive, the first time it is listed), and stored in its
 * own table (`evidencePreviews`) beside the original — never replacing it. Pure rules here; the drawing
 * is utils/evidence/make-preview.ts.
 */
import { z } from '../zod';

/** The longest side of a preview, in pixels. */
export const PREVIEW_MAX = 320;
/** What previews are encoded as: every browser encodes JPEG, and a screenshot's transparency is painted white. */
export const PREVIEW_MIME = 'image/jpeg';
export const PREVIEW_QUALITY = 0.8;

/** What kind of preview a stored type gets: a drawn picture, a video frame, the sandboxed page, or none. */
export type PreviewSource = 'image' | 'video' | 'page' | null;

/** Pictures a browser decodes without running anything (no SVG: it can carry script). */
const IMAGE = /^image\/(png|jpeg|gif|webp|avif|bmp)$/i;
const VIDEO = /^video\/(mp4|webm|quicktime|ogg)$/i;

export function previewSourceOf(mime: string): PreviewSource {
  if (IMAGE.test(mime)) return 'image';
  if (VIDEO.test(mime)) return 'video';
  if (/^text\/html$/i.test(mime)) return 'page';
  return null;
}

/**
 * The preview's size: the original scaled down so that its longer side is at most `max`, never up,
 * each side at least 1 px (a 5000 × 2 banner stays visible).
 */
export function previewSize(
  width: number,
  height: number,
  max = PREVIEW_MAX,
): { width: number; height: number } {
  if (!(width > 0) || !(height > 0) || !Number.isFinite(width) || !Number.isFinite(height))
    throw new RangeError(`previewSize: bad size ${width} × ${height}`);
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** "0:07", "1:05", "1:02:03": a video's length as players show it (whole seconds, rounded down). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A stored preview: the evidence id it belongs to, its bytes and size (rows read back are untrusted). */
export const previewRowSchema = z.object({
  id: z.uuid(),
  bytes: z.instanceof(Blob),
  mime: z.enum(['image/jpeg', 'image/webp', 'image/png']),
  width: z.number().int().min(1).max(PREVIEW_MAX),
  height: z.number().int().min(1).max(PREVIEW_MAX),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

// The media metadata schema lives with the evidence schema (the panel's first step reads evidence rows
// without loading preview code).
export { mediaMetaSchema, type MediaMeta } from './schema';
import type { MediaMeta } from './schema';

/** What a preview maker returns: the preview, and what it measured of the original. */
export interface MadePreview {
  bytes: Blob;
  width: number;
  height: number;
  media: MediaMeta;
}

/** Makes a preview of a file of a type, or null when it cannot (not a picture or video, or undecodable). */
export type PreviewMaker = (file: Blob, mime: string) => Promise<MadePreview | null>;
