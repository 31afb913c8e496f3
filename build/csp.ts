/**
 * The Content Security Policy of every extension page (popup, framed panel, case page, archive page,
 * the background), in `content_security_policy.extension_pages` of both manifests (Chrome MV3 and
 * Firefox MV3). Checked on the built manifests by tests/unit/release, and in the browsers by the e2e
 * specs (tests/e2e/csp.spec.ts, tests/e2e-firefox/csp.spec.ts; every Chromium e2e fails on a violation).
 */
import { CDN_ORIGINS } from '../utils/capture/hosts';

export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [
  // Nothing is allowed unless listed below.
  ['default-src', "'none'"],
  // Only the extension's own bundled scripts: no inline script, no eval, no remote code, no wasm.
  ['script-src', "'self'"],
  // The archive reader's Web Worker (`?worker`) is a bundled file.
  ['worker-src', "'self'"],
  // Bundled CSS only (React's `style` props go through the CSSOM, which CSP does not restrict).
  ['style-src', "'self'"],
  // Style attributes only (no <style>, no other style sheets): evidence the buyer opens is shown by the
  // browser's own image or video viewer in a blob: tab, which inherits this policy and lays the picture
  // out with style attributes. A style attribute runs no script and loads nothing the rules here refuse.
  ['style-src-attr', "'unsafe-inline'"],
  // The icons; evidence the buyer opens is a blob: URL of the stored bytes.
  ['img-src', "'self'", 'blob:'],
  ['media-src', "'self'", 'blob:'],
  // The extension's own files (Vite's module-preload fallback fetches them) and, for a page capture the
  // buyer asked for, the pictures, styles and fonts of that kaspi.kz page from Kaspi's CDN — fetched only
  // once the buyer has granted the optional host permission for exactly these hosts (utils/capture/hosts.ts).
  ['connect-src', "'self'", ...CDN_ORIGINS],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  // Forms are handled in script and never submitted anywhere.
  ['form-action', "'none'"],
  // The panel is framed only by kaspi.kz pages (a kaspi.kz page framed by another site cannot show it).
  // 'self' and moz-extension: let the case page show a page capture in a sandboxed frame without scripts
  // (about:srcdoc, issue 11, components/evidence/page-capture-preview.tsx): that frame inherits this
  // policy, and Firefox applies the inherited frame-ancestors to it, matching the extension's page only
  // by its scheme (its per-install origin is not 'self' there). Another extension cannot frame ours: no
  // page is web-accessible to it (wxt.config.ts). No other page is framed.
  ['frame-ancestors', "'self'", 'moz-extension:', 'https://kaspi.kz'],
];

export const EXTENSION_PAGES_CSP = CSP_DIRECTIVES.map((d) => d.join(' ')).join('; ');

/** `directive → sources` of a policy string (for the tests of the built manifests). */
export function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}
