import { useEffect, useState } from 'react';

/** A blob: URL for stored bytes while the component shows them (revoked after). Null without bytes. */
export function useBlobUrl(bytes: Blob | null | undefined): string | null {
  const [state, setState] = useState<{ bytes: Blob; url: string } | null>(null);
  useEffect(() => {
    if (!bytes) return;
    const url = URL.createObjectURL(bytes);
    // Set from the effect that owns the URL, so that it is revoked with it.
    queueMicrotask(() => setState({ bytes, url }));
    return () => URL.revokeObjectURL(url);
  }, [bytes]);
  return bytes && state?.bytes === bytes ? state.url : null;
}
