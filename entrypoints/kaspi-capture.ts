import { browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CAPTURE_METRICS, CAPTURE_RESTORE, CAPTURE_SCROLL } from '@/utils/messaging/capture';

/**
 * The page side of a screenshot (issue 11): not declared, not in the launcher. The background injects
 * it into a kaspi.kz tab's top frame when a capture starts (utils/capture/screenshot.ts), so pages pay
 * nothing for it otherwise. It answers only this extension's background (no tab in the sender):
 * the page's sizes, "scroll to y" (with the fixed and sticky elements hidden after the first tile, so a
 * header shows once) and "put everything back" (the elements and the buyer's scroll position).
 */
export default defineUnlistedScript(() => {
  if (window.top !== window) return;
  const marker = '__shagymCapture';
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[marker]) return; // injected again for the next capture: one listener is enough
  scope[marker] = true;

  let saved: { x: number; y: number; behavior: string } | null = null;
  /** Elements we hid, with their own inline visibility to put back. */
  let hidden: { el: HTMLElement; value: string; priority: string }[] = [];

  const metrics = () => {
    const root = document.documentElement;
    return {
      url: location.href,
      title: document.title.slice(0, 2000),
      viewportWidth: root.clientWidth || window.innerWidth,
      viewportHeight: root.clientHeight || window.innerHeight,
      windowWidth: window.innerWidth,
      windowHeight: window.innerHeight,
      // What scrolls: a body fixed in place (a dialog open) does not, whatever its own height.
      pageHeight: Math.max((document.scrollingElement ?? root).scrollHeight, root.clientHeight),
      scrollX: window.scrollX,
      scrollY: window.scrollY,
      devicePixelRatio: window.devicePixelRatio || 1,
      ownUi: document.querySelector('shagym-launcher, shagym-panel') !== null,
    };
  };

  const hideFixed = () => {
    if (hidden.length) return;
    for (const el of document.body?.querySelectorAll<HTMLElement>('*') ?? []) {
      if (el.localName.startsWith('shagym-')) continue;
      const position = getComputedStyle(el).position;
      if (position !== 'fixed' && position !== 'sticky') continue;
      // Headers, footers, floating buttons and chats; not a fixed wrapper around the whole page.
      if (el.getBoundingClientRect().height > window.innerHeight * 0.6) continue;
      hidden.push({
        el,
        value: el.style.getPropertyValue('visibility'),
        priority: el.style.getPropertyPriority('visibility'),
      });
      el.style.setProperty('visibility', 'hidden', 'important');
    }
  };
  const showFixed = () => {
    for (const { el, value, priority } of hidden) {
      if (value) el.style.setProperty('visibility', value, priority);
      else el.style.removeProperty('visibility');
    }
    hidden = [];
  };

  /** After two frames the browser has painted what changed. */
  const painted = () =>
    new Promise<void>((resolve) => {
      const done = () => resolve();
      requestAnimationFrame(() => requestAnimationFrame(done));
      setTimeout(done, 200); // a page that is not being painted still answers
    });

  const scrollTo = async (y: number, fixedHidden: boolean) => {
    const root = document.documentElement;
    if (!saved) {
      saved = {
        x: window.scrollX,
        y: window.scrollY,
        behavior: root.style.getPropertyValue('scroll-behavior'),
      };
      root.style.setProperty('scroll-behavior', 'auto', 'important');
    }
    if (fixedHidden) hideFixed();
    else showFixed();
    window.scrollTo({ left: 0, top: y, behavior: 'instant' });
    await painted();
    return { scrollY: window.scrollY };
  };

  const restore = async () => {
    showFixed();
    if (saved) {
      const root = document.documentElement;
      window.scrollTo({ left: saved.x, top: saved.y, behavior: 'instant' });
      if (saved.behavior) root.style.setProperty('scroll-behavior', saved.behavior);
      else root.style.removeProperty('scroll-behavior');
      saved = null;
    }
    await painted();
    return { scrollX: window.scrollX, scrollY: window.scrollY };
  };

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only our background: an extension page or another content script has a tab.
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const m = (message ?? {}) as { type?: unknown; y?: unknown; hideFixed?: unknown };
    if (m.type === CAPTURE_METRICS) {
      sendResponse(metrics());
      return;
    }
    if (m.type === CAPTURE_SCROLL && typeof m.y === 'number' && Number.isFinite(m.y)) {
      void scrollTo(Math.max(0, m.y), m.hideFixed === true).then(sendResponse);
      return true;
    }
    if (m.type === CAPTURE_RESTORE) {
      void restore().then(sendResponse);
      return true;
    }
  });
});
