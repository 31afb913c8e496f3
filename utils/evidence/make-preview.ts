/**
 * Draws evidence previews in the browser (the rules are in ./preview.ts): a picture is decoded with
 * createImageBitmap and drawn scaled onto an OffscreenCanvas (a <canvas> where there is none); a video
 * is loaded into a muted <video> from a blob: URL, sought to its start, and its first frame drawn. Works
 * in the extension's pages; in the background (no document) pictures only. Never throws: a file that
 * cannot be drawn has no preview (null), and the list shows its type instead.
 */
import {
  PREVIEW_MIME,
  PREVIEW_QUALITY,
  previewSize,
  previewSourceOf,
  type MadePreview,
  type PreviewMaker,
} from './preview';

/** A video that has not shown its first frame within this time gets no preview. */
const VIDEO_TIMEOUT_MS = 8_000;

type Drawable = CanvasImageSource & object;

async function encode(source: Drawable, width: number, height: number): Promise<Blob> {
  const size = previewSize(width, height);
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.fillStyle = 'white';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(source, 0, 0, size.width, size.height);
    return canvas.convertToBlob({ type: PREVIEW_MIME, quality: PREVIEW_QUALITY });
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(source, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), PREVIEW_MIME, PREVIEW_QUALITY),
  );
}

async function imagePreview(file: Blob): Promise<MadePreview> {
  const bitmap = await createImageBitmap(file);
  try {
    const bytes = await encode(bitmap, bitmap.width, bitmap.height);
    const size = previewSize(bitmap.width, bitmap.height);
    return { bytes, ...size, media: { width: bitmap.width, height: bitmap.height, durationMs: null } };
  } finally {
    bitmap.close();
  }
}

async function videoPreview(file: Blob, mime: string): Promise<MadePreview | null> {
  if (typeof document === 'undefined') return null;
  const url = URL.createObjectURL(new Blob([file], { type: mime }));
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  video.playsInline = true;
  try {
    const once = (event: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`video: no ${event}`)), VIDEO_TIMEOUT_MS);
        video.addEventListener('error', () => reject(new Error('video: cannot decode')), { once: true });
        video.addEventListener(
          event,
          () => {
            clearTimeout(timer);
            resolve();
          },
          { once: true },
        );
      });
    const seek = async (time: number) => {
      const done = once('seeked');
      video.currentTime = time;
      await done;
    };
    const loaded = once('loadeddata');
    video.src = url;
    await loaded;
    // A recording made in a browser (MediaRecorder's WebM) states no length: seeking past its end
    // makes the browser find it. Then back to the start, whose frame is drawn.
    if (!Number.isFinite(video.duration)) await seek(1e101).catch(() => undefined);
    await seek(0);
    if (!video.videoWidth || !video.videoHeight) return null;
    const bytes = await encode(video, video.videoWidth, video.videoHeight);
    const size = previewSize(video.videoWidth, video.videoHeight);
    const durationMs = Number.isFinite(video.duration) ? Math.round(video.duration * 1000) : null;
    return { bytes, ...size, media: { width: video.videoWidth, height: video.videoHeight, durationMs } };
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}

/** The browser's preview maker (see the file's comment). */
export const makePreview: PreviewMaker = async (file, mime) => {
  try {
    const source = previewSourceOf(mime);
    if (source === 'image' && typeof createImageBitmap === 'function') return await imagePreview(file);
    if (source === 'video') return await videoPreview(file, mime);
    return null;
  } catch {
    return null;
  }
};
