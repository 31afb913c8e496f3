/**
 * What a photo says about itself (EXIF, read with exifr): when the camera took it and which
 * camera. A hint for the buyer and whoever reads the complaint, never a proof by itself: EXIF can be
 * edited, which is why the SHA-256 and the time of adding are recorded too. Pure: bytes in, facts out.
 */
import exifr from 'exifr/dist/lite.esm.mjs';

export interface CameraFacts {
  /** Local time of the camera, 'YYYY-MM-DDTHH:mm:ss', with '+05:00' style offset when the file has one. */
  takenAt: string | null;
  /** "Make Model", e.g. "Apple iPhone 13". */
  camera: string | null;
}

const NONE: CameraFacts = { takenAt: null, camera: null };
const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;
const OFFSET = /^[+-]\d{2}:\d{2}$/;
/** Photos exifr's lite build reads (what phones save); anything else is not even looked at. */
const WITH_EXIF = /^image\/(jpeg|heic|heif|tiff)$/i;

function clean(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  // EXIF strings are NUL-padded, and anything may be in them.
  const text = value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text.slice(0, max) : null;
}

/** The camera's own facts from the file's first bytes; nothing (never an error) when there are none. */
export async function readCameraFacts(bytes: ArrayBuffer | Uint8Array, mime: string): Promise<CameraFacts> {
  if (!WITH_EXIF.test(mime)) return NONE;
  let tags: Record<string, unknown> | undefined;
  try {
    // Only the TIFF blocks (IFD0, Exif); no GPS: where a photo was taken is not ours to keep.
    tags = await exifr.parse(bytes, {
      reviveValues: false,
      gps: false,
      interop: false,
      ifd1: false,
      translateValues: false,
    });
  } catch {
    return NONE;
  }
  if (!tags) return NONE;
  const date = EXIF_DATE.exec(clean(tags.DateTimeOriginal, 40) ?? clean(tags.CreateDate, 40) ?? '');
  const offset = clean(tags.OffsetTimeOriginal, 10);
  const valid =
    date &&
    Number(date[2]) >= 1 &&
    Number(date[2]) <= 12 &&
    Number(date[3]) >= 1 &&
    Number(date[3]) <= 31 &&
    Number(date[4]) <= 23 &&
    Number(date[5]) <= 59 &&
    Number(date[6]) <= 59 &&
    Number(date[1]) >= 1990;
  const make = clean(tags.Make, 60);
  const model = clean(tags.Model, 60);
  return {
    takenAt: valid
      ? `${date[1]}-${date[2]}-${date[3]}T${date[4]}:${date[5]}:${date[6]}${offset && OFFSET.test(offset) ? offset : ''}`
      : null,
    // Many cameras repeat the make in the model ("Canon" / "Canon EOS R6").
    camera: model
      ? make && !model.toLowerCase().startsWith(make.toLowerCase())
        ? `${make} ${model}`
        : model
      : make,
  };
}
