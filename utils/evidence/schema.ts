import { z } from '../zod';
import { epochMs, evidenceSourceUrl, freeText } from '../validation';

/**
 * Kinds of proof: those the seed guide asks for ("Какие доказательства приложить"), page captures, and
 * the documents of issue 9 (the order shown as «Выдан», the warranty card, a service-centre report,
 * packaging and labels, the app's return request with its refusal, the claim's postal receipt and
 * delivery notice, a police report). A proof checklist item (utils/proof) IS one of these kinds; each
 * has its label in utils/i18n/locales (`evidenceKind`).
 */
export const EVIDENCE_KINDS = [
  'screenshot',
  'listing-snapshot',
  'photo',
  'chat-screenshot',
  'unboxing-video',
  'receipt',
  'expert-report',
  'order-issued',
  'warranty-card',
  'service-report',
  'packaging-photo',
  'return-request',
  'claim-postal-receipt',
  'police-report',
  'other',
] as const;
export const evidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

/** The size of the original picture or video, and a video's length, as the preview maker measured them. */
export const mediaMetaSchema = z.object({
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(1_000_000),
  /** A video's length in milliseconds; null for a picture. */
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(48 * 3600_000)
    .nullable()
    .default(null),
});
export type MediaMeta = z.infer<typeof mediaMetaSchema>;

/**
 * How a capture was made (issue 11): the page, the moment and the browser, as Page Vault and Hunchly
 * record them. Null for a file the buyer added. Page text (title) is untrusted: bounded, never markup.
 */
export const CAPTURE_METHODS = ['visible-screenshot', 'full-page-screenshot', 'page-html', 'mhtml'] as const;
export const captureMetaSchema = z.object({
  method: z.enum(CAPTURE_METHODS),
  /** The page as the browser reported it at capture time (kaspi.kz only). */
  url: evidenceSourceUrl,
  title: freeText(500),
  /** The browser's viewport in CSS pixels, and the captured page's full size (full page / page capture). */
  viewport: z.object({
    width: z.number().int().min(1).max(20_000),
    height: z.number().int().min(1).max(20_000),
  }),
  pageSize: z
    .object({ width: z.number().int().min(1).max(100_000), height: z.number().int().min(1).max(1_000_000) })
    .nullable()
    .default(null),
  devicePixelRatio: z.number().min(0.1).max(10).default(1),
  /** e.g. "Chrome 156.0.7000.0" or "Firefox 153.0" (from the user agent / runtime.getBrowserInfo). */
  browser: freeText(120),
  /** The extension's version from its manifest. */
  extensionVersion: z.string().regex(/^\d+(?:\.\d+){0,3}$/),
  /** Inlined resources of a page capture with their SHA-256 (page-html); empty for screenshots. */
  resources: z
    .array(
      z.object({
        url: z.string().max(2000),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        mime: z.string().max(120),
      }),
    )
    .max(2000)
    .default([]),
});
export type CaptureMeta = z.infer<typeof captureMetaSchema>;

/** Metadata only: lists never load the bytes, which live in the `evidenceBlobs` table under the same id. */
export const evidenceSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  kind: evidenceKindSchema,
  fileName: freeText(200),
  mime: z
    .string()
    .regex(/^[a-z]+\/[a-z0-9.+-]+$/i)
    .max(120),
  size: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * When the file was added to Shagym on the device that added it. For imported evidence this is what
   * the archive claims, not something this device saw: see `importedAt`.
   */
  capturedAt: epochMs,
  /** When this device imported the file from an archive; null when it was added here. */
  importedAt: epochMs.nullable().default(null),
  /** Only kaspi.kz (https) or the extension's own pages: see evidenceSourceUrl. */
  sourceUrl: evidenceSourceUrl.nullable(),
  note: freeText(2000).default(''),
  /** From the photo's own EXIF (utils/evidence/exif.ts): the camera's local time, and the camera. */
  takenAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2})?$/)
    .nullable()
    .default(null),
  camera: freeText(120).nullable().default(null),
  /**
   * CRC-32 (ZIP's) of the bytes, taken with the SHA-256 when the file was added or imported, so an export
   * can write the file into its ZIP without reading it (utils/archive). Absent for files added before it
   * was kept (an export then reads them); never taken from an archive's manifest.
   */
  crc32: z.number().int().min(0).max(0xffffffff).optional(),
  /** Set for screenshots and page captures made by Shagym (issue 11); null for files the buyer added. */
  capture: captureMetaSchema.nullable().default(null),
  /** A picture's or a video's size, and a video's length, measured when its preview was made (issue 11). */
  media: mediaMetaSchema.nullable().default(null),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * Evidence as read back from IndexedDB: rows written before `sourceUrl` was restricted keep their file,
 * and lose only a source URL that is no longer accepted.
 */
export const storedEvidenceSchema = z.preprocess((row) => {
  if (!row || typeof row !== 'object' || !('sourceUrl' in row)) return row;
  const url = (row as { sourceUrl: unknown }).sourceUrl;
  return url === null || evidenceSourceUrl.safeParse(url).success ? row : { ...row, sourceUrl: null };
}, evidenceSchema);

export const evidenceBlobSchema = z.object({
  id: z.uuid(),
  bytes: z.instanceof(Blob),
});
export type EvidenceBlob = z.infer<typeof evidenceBlobSchema>;
