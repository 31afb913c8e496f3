import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageFactsPayload } from '@/utils/messaging/protocol';
import { HOST_CSS, guardHost, hider } from './guard';

export interface PanelHandle {
  /** Shown to the buyer (a panel made before the click stays hidden until then). */
  readonly opened: boolean;
  /** Shows the panel: it says "loading" until the facts are given. */
  open(): void;
  /** The page's facts as read at the click (null: none could be read; the panel asks by hand). */
  giveFacts(facts: PageFactsPayload | null): void;
  close(): void;
  /** Hidden (not removed: the panel keeps its state) while a screenshot is taken. */
  setHidden(hidden: boolean): void;
}

/** Messages the panel may post to the page it sits on. */
export const PANEL_CLOSE = 'shagym:close-panel';
export const PANEL_READY = 'shagym:panel-ready';
export const PANEL_REFOCUS = 'shagym:refocus';
/** The panel's first script has run and listens for the facts (entrypoints/panel/start.ts). */
export const PANEL_HELLO = 'shagym:panel-hello';
/** Messages to the panel (with the per-open key): the page's facts, covered or not (fallback check), focus taken. */
export const PANEL_FACTS = 'shagym:facts';
export const PANEL_COVER = 'shagym:cover';
export const PANEL_FOCUS_TAKEN = 'shagym:focus-taken';

/** A focus move counts as the buyer's own when a trusted input on the page came this recently. */
const USER_INPUT_MS = 1000;

/**
 * Makes the complaint panel: the extension page panel.html in an iframe inside a CLOSED shadow root.
 * The iframe has the extension's origin, so its IndexedDB is the extension's own and kaspi.kz cannot
 * read it. The URL carries only a random key that our messages to the panel carry (page scripts can post
 * to the frame too, but cannot read the URL inside the closed root). Messages from the frame are accepted
 * only from that frame's window and the extension's origin.
 *
 * The frame is made hidden, as soon as the buyer points at the launcher (or at the click), so that its
 * code loads while the buyer's hand is still on the way; `open()` shows it (on the click). The facts,
 * read at the click, are posted to the panel with the key once both the click has happened and the
 * panel has said hello (its first script listens): straight to the frame's window, for the extension's
 * origin only, so no other window can read them, and no page script can forge them without the key.
 * The panel checks them (the protocol's schema) as any input. Nothing of the page is read before the
 * click; a hidden frame holds no facts; nothing is stored on the way.
 */
export function createPanel(
  ctx: ContentScriptContext,
  strings: { panelTitle: string },
  onClosed: (opened: boolean) => void,
): PanelHandle {
  const host = document.createElement('shagym-panel');
  const attrs: Record<string, string> = { 'data-shagym': 'panel', 'data-state': 'warm' };
  for (const [k, v] of Object.entries(attrs)) host.setAttribute(k, v);
  const unguard = guardHost(host, attrs);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  // Until open(): not displayed (a later rule of the shadow root beats HOST_CSS's `display: block`).
  const notYet = document.createElement('style');
  notYet.textContent = ':host { display: none !important; }';
  const frame = document.createElement('iframe');
  frame.title = strings.panelTitle;
  const key = crypto.randomUUID();
  frame.src = browser.runtime.getURL('/panel.html') + `#wait~${key}`;
  frame.setAttribute('allow', 'clipboard-write');
  root.append(style, notYet, frame);
  const setHidden = hider(root);
  document.documentElement.append(host);

  const base = new URL(browser.runtime.getURL('/'));
  const extensionOrigin = `${base.protocol}//${base.host}`; // not URL.origin: "null" for non-special schemes
  const post = (message: object) => frame.contentWindow?.postMessage({ ...message, key }, extensionOrigin);

  let opened = false;
  let hello = false;
  let facts: { value: PageFactsPayload | null } | null = null;
  let factsSent = false;
  const giveFacts = () => {
    if (!opened || !hello || !facts || factsSent) return;
    factsSent = true;
    post({ type: PANEL_FACTS, facts: facts.value });
  };

  // Focus: a page script may move the focus out of the panel while the buyer types, so the keys land in
  // the page. A move with no trusted pointer/key input on the page just before is reported to the panel,
  // which shows a notice and asks for the focus back (PANEL_REFOCUS, at most 3 times in 10 s so a page
  // cannot start a focus fight). The keys typed between the move and the refocus (a couple of message
  // hops) can still reach the page.
  let lastUserInput = 0;
  const onUserInput = (event: Event) => {
    if (event.isTrusted) lastUserInput = Date.now();
  };
  const inputs = ['pointerdown', 'mousedown', 'touchstart', 'keydown'] as const;
  // Chromium reports the iframe's own blur unreliably (the frame is in another process): a page element
  // taking the focus is seen here too. The panel ignores reports while it still has the focus.
  const onFocusMoved = (event: Event) => {
    if (event.type === 'focusin' && event.target === host) return;
    if (Date.now() - lastUserInput > USER_INPUT_MS && document.hasFocus()) post({ type: PANEL_FOCUS_TAKEN });
  };
  let refocused: number[] = [];

  // Covered? Where the panel has IntersectionObserver v2 (Chromium) it watches its own visibility and this
  // check is not run. Elsewhere (Firefox) this is the fallback: the frame must be the topmost element at
  // its center and four inner points, with opacity 1 on the host and the root element, and nothing of
  // the page painted over it (paintedOver). It catches elements that take the clicks over the panel, a
  // transparent or filtered page root, a panel partly hidden at those points, and an overlay with
  // `pointer-events: none` (hit testing skips it: the very "draw over it, pass the clicks through"
  // trick). It cannot see a top-layer element (open popover, modal dialog) inside a shadow root, nor
  // tricks that need the rendered pixels; those need the browser's own occlusion check (IO v2).
  const ioV2 =
    typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
  let covered: boolean | null = null;
  const check = () => {
    const r = frame.getBoundingClientRect();
    const points: [number, number][] = [
      [0.5, 0.5],
      [0.2, 0.2],
      [0.8, 0.2],
      [0.2, 0.8],
      [0.8, 0.8],
    ];
    const hidden =
      paintedOver(host, r) ||
      points.some(
        ([x, y]) => document.elementFromPoint(r.left + r.width * x, r.top + r.height * y) !== host,
      ) ||
      [host, document.documentElement].some((el) => {
        const s = getComputedStyle(el);
        return s.opacity !== '1' || s.filter !== 'none' || s.visibility !== 'visible';
      });
    if (hidden !== covered) {
      covered = hidden;
      post({ type: PANEL_COVER, covered });
    }
  };
  let timer: number | undefined;

  const open = () => {
    if (opened) return;
    opened = true;
    attrs['data-state'] = 'loading';
    host.setAttribute('data-state', 'loading');
    notYet.remove();
    frame.focus();
    for (const type of inputs) window.addEventListener(type, onUserInput, true);
    frame.addEventListener('blur', onFocusMoved);
    window.addEventListener('focusin', onFocusMoved, true);
    if (!ioV2) timer = ctx.setInterval(check, 300);
    giveFacts();
  };

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    window.clearInterval(timer);
    window.removeEventListener('message', onMessage);
    for (const type of inputs) window.removeEventListener(type, onUserInput, true);
    window.removeEventListener('focusin', onFocusMoved, true);
    unguard();
    host.remove();
    onClosed(opened);
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || event.origin !== extensionOrigin) return;
    const type =
      event.data && typeof event.data === 'object' ? (event.data as { type?: unknown }).type : null;
    if (type === PANEL_HELLO) {
      hello = true;
      giveFacts();
    } else if (!opened) return;
    else if (type === PANEL_CLOSE) close();
    // Shown as a state on the host (warm → loading → ready), for the page's layout and for tests.
    else if (type === PANEL_READY) {
      attrs['data-state'] = 'ready';
      host.setAttribute('data-state', 'ready');
      if (!ioV2) {
        covered = null;
        check();
      }
    } else if (type === PANEL_REFOCUS) {
      const now = Date.now();
      refocused = refocused.filter((t) => now - t < 10_000);
      if (refocused.length < 3) {
        refocused.push(now);
        frame.focus();
        frame.contentWindow?.focus(); // the element alone does not hand the keys to an out-of-process frame
      }
    }
  };
  window.addEventListener('message', onMessage);
  ctx.onInvalidated(close);
  return {
    get opened() {
      return opened;
    },
    open,
    giveFacts(value) {
      if (facts) return;
      facts = { value };
      giveFacts();
    },
    close,
    setHidden,
  };
}

const MAX_Z = '2147483647';

/**
 * Is anything of the page painted over our host where the frame is (hit testing aside)? Our host is a
 * child of the root element at the highest z-index, so only these can be: the top layer (modal dialogs,
 * open popovers, fullscreen), the root's ::after, and elements at the highest z-index that come after
 * the host in paint order — later children of the root, or any child moved after it with `order` when
 * the root is a flex or grid container — not confined in a lower stacking context. Moving the host
 * elsewhere counts as covered. Closed shadow roots are looked into (Firefox's openOrClosedShadowRoot).
 */
function paintedOver(host: HTMLElement, r: DOMRect): boolean {
  const html = document.documentElement;
  if (host.parentNode !== html) return true;
  const over = (el: Element) => {
    const b = el.getBoundingClientRect();
    return (
      b.width > 0 &&
      b.height > 0 &&
      b.right > r.left &&
      b.left < r.right &&
      b.bottom > r.top &&
      b.top < r.bottom
    );
  };
  try {
    if (Array.from(document.querySelectorAll(':modal, :popover-open, :fullscreen')).some(over)) return true;
  } catch {
    // a selector this browser does not know
  }
  const after = getComputedStyle(html, '::after');
  if (!/^(none|normal)$/.test(after.content) && after.zIndex === MAX_Z) return true;
  const flow = /flex|grid/.test(getComputedStyle(html).display);
  let later = false;
  for (const child of Array.from(html.children)) {
    if (child === host) {
      later = true;
      continue;
    }
    const s = getComputedStyle(child);
    const order = flow && !/absolute|fixed/.test(s.position) ? Number(s.order) : 0;
    if ((order > 0 || (later && order === 0)) && overIn(child, over, flow)) return true;
  }
  return false;
}

/**
 * An element at the highest z-index in `el`'s tree (open and closed shadow roots too) over the frame.
 * `item`: `el` is a flex or grid item (z-index applies without a position).
 */
function overIn(el: Element, over: (el: Element) => boolean, item: boolean, depth = 0): boolean {
  const s = getComputedStyle(el);
  if (s.display === 'none' || depth > 64) return false;
  const stacks = s.zIndex !== 'auto' && (item || s.position !== 'static');
  if (stacks && s.zIndex === MAX_Z && over(el)) return true;
  // A stacking context below the highest level keeps everything in it under our host.
  if (stacks && s.zIndex !== MAX_Z) return false;
  const shadow = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  const flow = /flex|grid/.test(s.display);
  const kids = [...Array.from(el.children), ...Array.from((shadow ?? el.shadowRoot)?.children ?? [])];
  return kids.some((kid) => overIn(kid, over, flow, depth + 1));
}

const CSS = `
:host { ${HOST_CSS} top: 0 !important; right: 0 !important; bottom: 0 !important;
  z-index: 2147483647 !important; width: min(440px, 100vw) !important; }
iframe { all: initial; display: block; width: 100%; height: 100%; border: 0; background: #fff;
  box-shadow: -4px 0 24px rgba(0,0,0,.25); color-scheme: light; }
`;
