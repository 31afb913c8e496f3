import type { Plugin } from 'vite';

/**
 * React DOM's production client sets `innerHTML` in exactly two places: the `dangerouslySetInnerHTML`
 * prop on ordinary and on custom elements. Shagym never uses that prop (eslint forbids it: page text is
 * rendered as text only), yet addons.mozilla.org's linter (`web-ext lint`) rightly flags both
 * assignments in the bundle. This transform replaces them with a throw, so the code path is gone from
 * the shipped bundle and a future use of the prop fails loudly instead of writing HTML.
 *
 * If a React DOM upgrade changes that code, the build fails (the patterns are not found), and the
 * transform must be revisited: it is never silently skipped.
 */

/** The one file patched: React DOM's production client (what `react-dom/client` resolves to in a build). */
export const REACT_DOM_CLIENT =
  /[\\/]node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;

/** The assignment, as React DOM 19 writes it in `setProp` and `setPropOnCustomElement`. */
const ASSIGNMENT = '(domElement.innerHTML = key)';
/** How many there are: both are in a `case "dangerouslySetInnerHTML":` branch. */
export const EXPECTED_ASSIGNMENTS = 2;

export const REPLACEMENT =
  '(function () { throw Error("Shagym: dangerouslySetInnerHTML is not supported (build/react-dom-without-inner-html.ts)"); })()';

/**
 * Pure: returns the patched source, or throws when the source does not have exactly the expected
 * assignments, each inside a `dangerouslySetInnerHTML` branch.
 */
export function removeInnerHtml(source: string): string {
  const parts = source.split(ASSIGNMENT);
  const found = parts.length - 1;
  if (found !== EXPECTED_ASSIGNMENTS)
    throw new Error(
      `react-dom-without-inner-html: expected ${EXPECTED_ASSIGNMENTS} "${ASSIGNMENT}" in React DOM's client, found ${found}. ` +
        'React DOM changed: check its innerHTML code paths and update build/react-dom-without-inner-html.ts.',
    );
  for (const before of parts.slice(0, -1)) {
    const branch = before.lastIndexOf('case "dangerouslySetInnerHTML":');
    const otherCase = before.lastIndexOf('case "');
    if (branch < 0 || otherCase !== branch)
      throw new Error(
        `react-dom-without-inner-html: an "${ASSIGNMENT}" is outside a dangerouslySetInnerHTML branch. ` +
          'React DOM changed: update build/react-dom-without-inner-html.ts.',
      );
  }
  const patched = parts.join(REPLACEMENT);
  if (/\.innerHTML\s*=(?!=)\s*[^\s"'`]/.test(patched))
    throw new Error('react-dom-without-inner-html: React DOM still assigns innerHTML from a variable.');
  return patched;
}

/**
 * The Vite plugin. Besides patching, it fails the build when React DOM is bundled but its production
 * client was never seen (a renamed file would otherwise ship the assignments unpatched).
 */
export function reactDomWithoutInnerHtml(): Plugin {
  let patched = false;
  let reactDomSeen = false;
  return {
    name: 'shagym:react-dom-without-inner-html',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      patched = false;
      reactDomSeen = false;
    },
    transform(code, id) {
      if (/[\\/]node_modules[\\/]react-dom[\\/]/.test(id)) reactDomSeen = true;
      // The file itself, not the commonjs plugin's virtual `?commonjs-…` modules derived from it.
      if (id.includes('?') || !REACT_DOM_CLIENT.test(id)) return null;
      patched = true;
      return { code: removeInnerHtml(code), map: null };
    },
    buildEnd(error) {
      if (!error && reactDomSeen && !patched)
        this.error(
          "react-dom-without-inner-html: React DOM is bundled but its production client (react-dom-client.production.js) was not: update the transform's file pattern.",
        );
    },
  };
}
