import { cleanLine } from './clean-text';

/**
 * Visible text without getComputedStyle (the content script must stay fast): an element is hidden when it,
 * or an ancestor, is <script>/<style>/<template>/<noscript>/…, has the `hidden` attribute,
 * `aria-hidden="true"`, or an inline style with display:none / visibility:hidden|collapse /
 * content-visibility:hidden. Stylesheet rules are not consulted.
 */

const NEVER_TEXT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'select',
  'option',
  'textarea',
  'input',
  'button',
]);

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)/i;

/** True when this element itself hides its content (ancestors not consulted). */
export function hidesContent(el: Element): boolean {
  if (NEVER_TEXT.has(el.localName)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Answers of `isHidden` during one read of the page (see withVisibilityMemo); null outside one. */
let memo: Map<Element, boolean> | null = null;

/**
 * Runs one read of the page with `isHidden` memoised: each element's answer is kept, so checking many
 * elements deep in the same tree walks each ancestor once, not once per element. With 100,000 levels
 * of nesting and a few hundred links to check, that is 100,000 steps instead of tens of millions. The
 * memo lives only while `read` runs (synchronously): the page may change between reads.
 */
export function withVisibilityMemo<T>(read: () => T): T {
  if (memo) return read();
  memo = new Map();
  try {
    return read();
  } finally {
    memo = null;
  }
}

/** True when the element or any ancestor hides it. Memoised within withVisibilityMemo. */
export function isHidden(el: Element): boolean {
  if (!memo) {
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (hidesContent(node)) return true;
    }
    return false;
  }
  // Up to the first ancestor already answered (or one that hides, or the top); everything walked
  // shares that answer: none of it hides by itself.
  const walked: Element[] = [];
  let hidden = false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const known = memo.get(node);
    if (known !== undefined) {
      hidden = known;
      break;
    }
    walked.push(node);
    if (hidesContent(node)) {
      hidden = true;
      break;
    }
  }
  for (const node of walked) memo.set(node, hidden);
  return hidden;
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'body',
  'html',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Text of the visible part of `root`, split into lines at block boundaries (div, p, li, td, br, …).
 * Each line is cleaned (control characters out, spaces collapsed, ≤ 2000 chars). Stops after `maxNodes` nodes or `maxChars` chars.
 */
export function visibleLines(root: Element, maxNodes = 60_000, maxChars = 200_000): string[] {
  const lines: string[] = [];
  let current = '';
  let chars = 0;
  let budget = maxNodes;
  const flush = () => {
    const line = cleanLine(current, 2000);
    if (line) lines.push(line);
    current = '';
  };
  if (isHidden(root)) return lines;
  // Iterative pre-order walk; `node` is never above `root`.
  let node: Node | null = root.firstChild;
  while (node && budget-- > 0 && chars < maxChars) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      current += data;
      chars += data.length;
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (!hidesContent(el)) {
        if (BLOCK.has(el.localName)) flush();
        descend = el.firstChild !== null;
        if (!descend && BLOCK.has(el.localName)) flush();
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next sibling, climbing up and closing blocks on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE && BLOCK.has((node as Element).localName)) {
        flush();
      }
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return lines;
}

/** Visible text of one element on one line (spaces collapsed), or '' when hidden. */
export function visibleText(el: Element | null | undefined): string {
  if (!el || isHidden(el)) return '';
  return visibleLines(el, 5_000, 20_000).join(' ');
}
