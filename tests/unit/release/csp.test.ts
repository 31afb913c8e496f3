import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, EXTENSION_PAGES_CSP, parseCsp } from '../../../build/csp';
import { CDN_ORIGINS } from '../../../utils/capture/hosts';

describe('the extension pages CSP (build/csp.ts)', () => {
  const csp = parseCsp(EXTENSION_PAGES_CSP);

  it('is one string of the listed directives, each once', () => {
    expect([...csp.keys()]).toEqual(CSP_DIRECTIVES.map((d) => d[0]));
  });

  it('denies by default and allows scripts and workers only from the extension itself', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('has no unsafe source (but style attributes), no wildcard and no network origin except kaspi.kz as the framing page and Kaspi CDN for a page capture', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) {
        // The one allowance: style attributes, for the browser's own viewer of evidence (see build/csp.ts).
        if (name !== 'style-src-attr') expect(source, `${name} ${source}`).not.toMatch(/unsafe/);
        expect(source, `${name} ${source}`).not.toMatch(/^\*|^https?:$|^data:$/);
        if (name !== 'frame-ancestors' && name !== 'connect-src')
          expect(source, `${name} ${source}`).not.toMatch(/^https?:\/\//);
      }
    }
    // Our own pages (a page capture's sandboxed preview in the case page, issue 11) and kaspi.kz (the panel).
    expect(csp.get('frame-ancestors')).toEqual(["'self'", 'moz-extension:', 'https://kaspi.kz']);
    // No network but the extension's own files, and Kaspi's two CDN hosts for the page capture the buyer
    // asks for (fetched only with the optional host permission granted): exactly those, https, no path.
    expect(csp.get('connect-src')).toEqual([
      "'self'",
      'https://resources.cdn-kaspi.kz',
      'https://ks-static.cdn-kaspi.kz',
    ]);
    expect(CDN_ORIGINS).toEqual(['https://resources.cdn-kaspi.kz', 'https://ks-static.cdn-kaspi.kz']);
  });
});
