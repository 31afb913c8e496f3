import { productCodeFromPath, parseKaspiUrl } from '../kaspi/urls';

/**
 * The file name of a screenshot: what it shows and when (UTC), e.g.
 * `kaspi-102529963-full-page-2026-11-30T19-52-07Z.png`. Only digits, letters and dashes: safe in
 * every file system and in the archive's names.
 */
export function screenshotFileName(
  url: string,
  method: 'visible-screenshot' | 'full-page-screenshot',
  at: number,
): string {
  const u = parseKaspiUrl(url);
  const code = u ? productCodeFromPath(u.pathname) : null;
  const what = method === 'full-page-screenshot' ? 'full-page' : 'visible';
  const when = new Date(at).toISOString().slice(0, 19).replace(/:/g, '-');
  return `kaspi-${code ?? 'page'}-${what}-${when}Z.png`;
}

/** "Chrome 156.0.7000.0", "Firefox 153.0", … from a user agent (what the capture's metadata records). */
export function browserNameOf(userAgent: string): string {
  const firefox = /Firefox\/([\d.]+)/.exec(userAgent);
  if (firefox) return `Firefox ${firefox[1]}`;
  const edge = /Edg\/([\d.]+)/.exec(userAgent);
  if (edge) return `Edge ${edge[1]}`;
  const chrome = /(?:Headless)?Chrome\/([\d.]+)/.exec(userAgent);
  if (chrome) return `Chrome ${chrome[1]}`;
  return userAgent.slice(0, 120) || 'unknown';
}
