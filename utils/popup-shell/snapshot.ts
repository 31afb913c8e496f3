/**
 * The frame of the popup's first screen as data: a copy of what React rendered (elements, allowed attributes, text,
 * form values), kept so the next popup can show it before React, zod and Dexie have loaded.
 *
 * Pure DOM code (no extension APIs): `serializeElement` reads a rendered element, `buildElement`
 * builds it again, `parseSnapshot` checks a stored snapshot. What is built comes from our own
 * rendering, but it is read back from storage, so it is treated as untrusted: only listed tags and
 * attributes are created, text only ever becomes text nodes, links only point at this extension's own
 * pages, and size and depth are bounded. Nothing here ever parses HTML.
 */
import { parseStrings, type ShellStrings } from './strings';

/** An element: tag, attributes, children; `v` is the value of an input or select. */
export interface ShellElement {
  t: string;
  a?: Record<string, string>;
  v?: string;
  c?: ShellNode[];
}
export type ShellNode = string | ShellElement;

/** What the popup renders (see entrypoints/popup/popup.tsx and components/case-row.tsx). */
const TAGS = new Set([
  'main',
  'div',
  'header',
  'footer',
  'h1',
  'p',
  'strong',
  'span',
  'ul',
  'li',
  'a',
  'time',
  'label',
  'input',
  'select',
  'option',
  'button',
]);
const ATTRIBUTES = new Set([
  'class',
  'role',
  'lang',
  'type',
  'name',
  'placeholder',
  'autocomplete',
  'spellcheck',
  'datetime',
  'value',
  'href',
  'aria-label',
  'aria-hidden',
]);
/** data-* attributes are kept (the tests and CSS use them), except the shell's own markers. */
const DATA_ATTRIBUTE = /^data-[a-z][a-z0-9-]*$/;
/** An element with this attribute (a notice, a live region, "show more") is not part of the snapshot. */
export const SKIP_ATTRIBUTE = 'data-shell-skip';

/** Bounds on what is built from storage. */
export const LIMITS = { depth: 24, nodes: 4000, text: 2000 } as const;

function allowedAttribute(name: string, value: string, origin: string): boolean {
  if (name === SKIP_ATTRIBUTE) return false;
  if (name === 'href') return value.startsWith(`${origin}/`);
  return ATTRIBUTES.has(name) || DATA_ATTRIBUTE.test(name);
}

export interface SerializeOptions {
  /** The extension's origin: links elsewhere are dropped. */
  origin: string;
  /** A list (<ul>) keeps at most this many items: the first screen, not the whole list. */
  maxListItems: number;
}

/** A rendered element as data; null for an element that is skipped or not allowed. */
export function serializeElement(el: Element, options: SerializeOptions): ShellElement | null {
  const t = el.localName;
  if (!TAGS.has(t) || el.hasAttribute(SKIP_ATTRIBUTE)) return null;
  const out: ShellElement = { t };
  for (const { name, value } of Array.from(el.attributes)) {
    if (allowedAttribute(name, value, options.origin)) (out.a ??= {})[name] = value;
  }
  if (t === 'input' || t === 'select') out.v = (el as HTMLInputElement | HTMLSelectElement).value;
  const children: ShellNode[] = [];
  let items = 0;
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) {
      if (node.nodeValue) children.push(node.nodeValue);
    } else if (node.nodeType === 1) {
      if (t === 'ul' && ++items > options.maxListItems) break;
      const child = serializeElement(node as Element, options);
      if (child) children.push(child);
    }
  }
  if (children.length) out.c = children;
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Builds the element again in `doc`; null when the data is not a well-formed snapshot (a wrong type,
 * an unknown tag, too deep or too big): then nothing is shown from it. Disallowed attributes are left
 * out, as when serializing.
 */
export function buildElement(node: unknown, doc: Document, origin: string): HTMLElement | null {
  let budget: number = LIMITS.nodes;
  const build = (n: unknown, depth: number): Node | null => {
    if (--budget < 0 || depth > LIMITS.depth) return null;
    if (typeof n === 'string') return n.length <= LIMITS.text ? doc.createTextNode(n) : null;
    if (!isRecord(n) || typeof n.t !== 'string' || !TAGS.has(n.t)) return null;
    const el = doc.createElement(n.t);
    if (n.a !== undefined) {
      if (!isRecord(n.a)) return null;
      for (const [name, value] of Object.entries(n.a)) {
        if (typeof value !== 'string' || value.length > LIMITS.text) return null;
        if (allowedAttribute(name, value, origin)) el.setAttribute(name, value);
      }
    }
    if (n.c !== undefined) {
      if (!Array.isArray(n.c)) return null;
      for (const c of n.c) {
        const child = build(c, depth + 1);
        if (!child) return null;
        el.append(child);
      }
    }
    if (n.v !== undefined) {
      if (typeof n.v !== 'string') return null;
      if (n.t === 'input' || n.t === 'select') (el as HTMLInputElement | HTMLSelectElement).value = n.v;
    }
    return el;
  };
  const root = build(node, 0);
  return root && root.nodeType === 1 ? (root as HTMLElement) : null;
}

/** The remembered frame of the first screen (everything but the rows) and the texts of its rows. */
export interface ShellSnapshot {
  /** The extension's version: a snapshot of another version is not shown. */
  stamp: string;
  lang: string;
  title: string;
  /** React's rendering of the popup with its list emptied: header, search, filter, footer. */
  tree: ShellElement;
  /** The texts the rows are drawn with (./strings.ts). */
  strings: ShellStrings;
}

/** The snapshot, if `raw` is one made for `stamp`; the tree itself is checked by `buildElement`. */
export function parseSnapshot(raw: unknown, stamp: string): ShellSnapshot | null {
  if (!isRecord(raw) || raw.stamp !== stamp) return null;
  const { lang, title, tree } = raw;
  if (typeof lang !== 'string' || typeof title !== 'string') return null;
  if (!isRecord(tree)) return null;
  const strings = parseStrings(raw.strings);
  if (!strings) return null;
  return { stamp, lang, title, tree: tree as unknown as ShellElement, strings };
}
