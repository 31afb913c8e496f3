import { safeDownloadName } from '@/utils/evidence/file-name';

/**
 * Saves a Blob as a file through the browser's own download (no `downloads` permission needed). The name
 * is made safe here, whoever calls: no path, no control characters, no executable extension, and the
 * extension of `mime` (the stored type; default: the Blob's own).
 */
export function downloadBlob(blob: Blob, fileName: string, mime: string = blob.type): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeDownloadName(fileName, mime);
  a.click();
  // After the click has started the download; revoking at once can cancel it in Firefox.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
