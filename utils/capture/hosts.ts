/**
 * Where kaspi.kz pages take their pictures, styles and fonts from: Kaspi's CDN (seen in the real product
 * pages of tests/fixtures/kaspi-real: product photos on resources.cdn-kaspi.kz; style sheets, web fonts
 * and icons on ks-static.cdn-kaspi.kz). A page capture (utils/capture/page-html.ts) copies what the buyer
 * sees from these hosts only, and only with the buyer's leave: they are an optional host permission
 * (`optional_host_permissions` in wxt.config.ts), asked for with `permissions.request` on the buyer's
 * click on the first capture. Never `<all_urls>`.
 */
export const CDN_ORIGINS = ['https://resources.cdn-kaspi.kz', 'https://ks-static.cdn-kaspi.kz'] as const;

/** The match patterns of the optional host permission. */
export const CDN_HOST_PERMISSIONS: readonly string[] = CDN_ORIGINS.map((origin) => `${origin}/*`);

/** Whether a resource may be fetched for a capture: https on one of the CDN hosts, no credentials or port. */
export function isCdnUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    (CDN_ORIGINS as readonly string[]).includes(parsed.origin)
  );
}
