import { describe, expect, it } from 'vitest';
import { cssForStyleElement, cssImports, cssUrls, rewriteCss } from '@/utils/capture/css';

const base = 'https://ks-static.cdn-kaspi.kz/shop/styles/app.css';

describe('CSS of a page capture (utils/capture/css.ts)', () => {
  it('finds url()s in every quoting, resolved, once; not fragments, data: or comments', () => {
    const css = `a{background:url(img/a.png)} b{background:url("../b.png")} c{background:url( 'c.png' )}
      d{mask:url(#m)} e{background:url(data:image/png;base64,AA==)} /* url(commented.png) */ f{background:url(img/a.png)}
      g{background:url(img/\\(paren\\).png)}`;
    expect(cssUrls(css, base)).toEqual([
      'https://ks-static.cdn-kaspi.kz/shop/styles/img/a.png',
      'https://ks-static.cdn-kaspi.kz/shop/b.png',
      'https://ks-static.cdn-kaspi.kz/shop/styles/c.png',
      'https://ks-static.cdn-kaspi.kz/shop/styles/img/(paren).png',
    ]);
  });

  it('finds @imports in both forms, with their media', () => {
    expect(cssImports('@import url("x.css") screen; @import \'y.css\'; a{}', base)).toEqual([
      { url: 'https://ks-static.cdn-kaspi.kz/shop/styles/x.css', media: 'screen' },
      { url: 'https://ks-static.cdn-kaspi.kz/shop/styles/y.css', media: '' },
    ]);
  });

  it('inlines what it has, writes none for the rest, keeps fragments and data:', () => {
    const css =
      '@import "x.css" print; @import "gone.css"; a{background:url(a.png) no-repeat} b{background:url(b.png)} c{filter:url(#f)}';
    const out = rewriteCss(
      css,
      base,
      (url) => (url.endsWith('/a.png') ? 'data:image/png;base64,AA==' : null),
      (url) => (url.endsWith('/x.css') ? 'p{color:red}' : null),
    );
    expect(out).toBe(
      '@media print {\np{color:red}\n}  a{background:url("data:image/png;base64,AA==") no-repeat} b{background:none} c{filter:url(#f)}',
    );
  });

  it('cannot close its <style> element', () => {
    expect(cssForStyleElement('a{content:"</style><script>x</script>"} b{content:"</STYLE >"}')).toBe(
      'a{content:"<\\/style><script>x</script>"} b{content:"<\\/STYLE >"}',
    );
  });
});
