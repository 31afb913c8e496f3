import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, EXTENSION_PAGES_CSP, parseCsp } from '../../../build/csp';

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
  });

  it('has no unsafe source, no wildcard and no network origin except kaspi.kz as the framing page', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/unsafe|^\*|^https?:$|^data:$/);
        if (name !== 'frame-ancestors') expect(source, `${name} ${source}`).not.toMatch(/^https?:\/\//);
      }
    }
    expect(csp.get('frame-ancestors')).toEqual(['https://kaspi.kz']);
    // No network: only the extension's own files.
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });
});
