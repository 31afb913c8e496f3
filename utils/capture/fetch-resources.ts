/**
 * The page capture's one network door (the `Loader` of utils/capture/page-html.ts): a picture, style
 * sheet or font of the captured kaspi.kz page, fetched from Kaspi's CDN by the panel (an extension page)
 * because the buyer asked for a capture and granted the optional host permission for exactly those hosts
 * (utils/capture/hosts.ts). No cookies, no referrer, at most `maxBytes`, 15 s each; a redirect off the CDN
 * is refused. Without the permission nothing is asked at all.
 */
import { isCdnUrl } from './hosts';
import type { LoadResult, Loader, ResourceKind } from './page-html';

const TIMEOUT_MS = 15_000;

/** The type a few magic bytes say, for an answer without a usable Content-Type. */
export function sniffMime(bytes: Uint8Array, kind: ResourceKind): string | null {
  const starts = (...b: number[]) => b.every((v, i) => bytes[i] === v);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image/webp';
  if (starts(0x77, 0x4f, 0x46, 0x32)) return 'font/woff2';
  if (starts(0x77, 0x4f, 0x46, 0x46)) return 'font/woff';
  return kind === 'style' ? 'text/css' : null;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > maxBytes ? null : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A Loader over `fetchFn`; `allowed` = the buyer granted the access to Kaspi's CDN. */
export function cdnLoader(fetchFn: typeof fetch, allowed: boolean): Loader {
  return async (url, kind, maxBytes): Promise<LoadResult> => {
    if (!allowed) return { ok: false, reason: 'no-permission' };
    if (!isCdnUrl(url)) return { ok: false, reason: 'not-allowed' };
    let response: Response;
    try {
      response = await fetchFn(url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'force-cache',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      return { ok: false, reason: 'failed' };
    }
    if (!response.ok || (response.url !== '' && !isCdnUrl(response.url))) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: 'failed' };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: 'too-big' };
    }
    let bytes: Uint8Array | null;
    try {
      bytes = await readCapped(response, maxBytes);
    } catch {
      return { ok: false, reason: 'failed' };
    }
    if (bytes === null) return { ok: false, reason: 'too-big' };
    const header = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const mime = header && header !== 'application/octet-stream' ? header : sniffMime(bytes, kind);
    if (!mime) return { ok: false, reason: 'wrong-type' };
    return { ok: true, bytes, mime };
  };
}
