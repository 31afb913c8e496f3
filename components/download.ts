/** Saves a Blob as a file through the browser's own download (no `downloads` permission needed). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // After the click has started the download; revoking at once can cancel it in Firefox.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
