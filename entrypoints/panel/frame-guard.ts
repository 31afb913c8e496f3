import { useEffect, useRef, useState, type RefObject } from 'react';
import { KASPI_ORIGIN, panelStart } from './start';

export { KASPI_ORIGIN };
export const inFrame = window.parent !== window;

/** Same names as entrypoints/kaspi.content/panel-frame.ts (the content script cannot share modules with us). */
const PANEL_COVER = 'shagym:cover';
const PANEL_FOCUS_TAKEN = 'shagym:focus-taken';
const PANEL_REFOCUS = 'shagym:refocus';

/**
 * The key on every message the content script posts to us (read from the URL's hash at the start, see
 * ./start.ts): the page can post to this frame too (same origin as the content script), but cannot read
 * our URL in the closed shadow root.
 */
const FRAME_KEY = panelStart().key;

const ioV2 =
  typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

function isTextField(el: Element | null): el is HTMLElement {
  return (
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement &&
      !['button', 'submit', 'checkbox', 'radio', 'file'].includes(el.type)) ||
    (el instanceof HTMLElement && el.isContentEditable)
  );
}

/**
 * Guards the framed panel against the page it sits on (clickjacking, focus theft):
 * - covered: the page draws over the panel or makes it see-through. Chromium: IntersectionObserver v2
 *   (`trackVisibility`) on the panel's main element — the browser's own occlusion and effects check.
 *   Elsewhere: the content script's coarser check (see panel-frame.ts for what it cannot catch).
 *   While covered the panel's controls are disabled and a notice says why.
 * - focusTaken: the page moved the focus out of the panel while the buyer was in a text field. The panel
 *   asks for the focus back at once and shows a notice with a button to return.
 * Not framed (a tab): nothing to guard.
 */
export function useFrameGuard(target: RefObject<HTMLElement | null>) {
  const [covered, setCovered] = useState(false);
  const [focusTaken, setFocusTaken] = useState(false);
  const field = useRef<HTMLElement | null>(null);
  const lastTab = useRef(0);

  useEffect(() => {
    if (!inFrame) return;
    const el = target.current;
    let io: IntersectionObserver | null = null;
    let alive = true;
    // A frame made before the click is hidden until the buyer opens it: watched from then on.
    const watch = () => {
      if (!alive || !ioV2 || !el) return;
      io = new IntersectionObserver(
        (entries) => {
          const last = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean };
          setCovered(last.isVisible === false);
        },
        { threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      );
      io.observe(el);
    };
    void panelStart().shown.promise.then(watch);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab') lastTab.current = Date.now();
    };
    // The text field the buyer is in (kept when the whole frame loses the focus: no focusin then); the
    // panel may have put the focus in its first field before this effect ran.
    const active = document.activeElement;
    let typingIn: HTMLElement | null = active && isTextField(active) ? (active as HTMLElement) : null;
    const onFocusIn = (e: FocusEvent) => {
      typingIn = isTextField(e.target as Element) ? (e.target as HTMLElement) : null;
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || event.origin !== KASPI_ORIGIN) return;
      const data = event.data as { type?: unknown; key?: unknown; covered?: unknown } | null;
      if (!data || typeof data !== 'object' || FRAME_KEY === null || data.key !== FRAME_KEY) return;
      if (data.type === PANEL_COVER && !ioV2 && typeof data.covered === 'boolean') setCovered(data.covered);
      if (data.type === PANEL_FOCUS_TAKEN) {
        // Still ours (a report from the panel opening), or tabbing out of the panel: the buyer's own move.
        if (document.hasFocus() || !typingIn?.isConnected || Date.now() - lastTab.current < 500) return;
        field.current = typingIn;
        setFocusTaken(true);
        window.parent.postMessage({ type: PANEL_REFOCUS }, KASPI_ORIGIN);
        typingIn.focus();
      }
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocusIn);
    window.addEventListener('message', onMessage);
    return () => {
      alive = false;
      io?.disconnect();
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocusIn);
      window.removeEventListener('message', onMessage);
    };
  }, [target]);

  // Disabled controls drop the focus: give it back where it was once the panel is visible again.
  const lastFocused = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement) lastFocused.current = e.target;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  useEffect(() => {
    const active = document.activeElement;
    if (!covered && lastFocused.current?.isConnected && (!active || active === document.body))
      lastFocused.current.focus();
  }, [covered]);

  const returnFocus = () => {
    setFocusTaken(false);
    window.parent.postMessage({ type: PANEL_REFOCUS }, KASPI_ORIGIN);
    field.current?.focus();
  };
  return { covered, focusTaken, returnFocus };
}
