import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface PanelHandle {
  close(): void;
}

/** Messages the panel may post to the page it sits on. */
export const PANEL_CLOSE = 'shagym:close-panel';
export const PANEL_READY = 'shagym:panel-ready';

/**
 * Opens the complaint panel: the extension page panel.html in an iframe inside a shadow root.
 * The iframe has the extension's origin, so its IndexedDB is the extension's own and kaspi.kz cannot
 * read it. The URL carries only a one-time token for the facts. Messages from the frame are accepted
 * only from that frame's window and the extension's origin.
 */
export function openPanel(
  ctx: ContentScriptContext,
  token: string | null,
  strings: { panelTitle: string },
  onClosed: () => void,
): PanelHandle {
  const host = document.createElement('shagym-panel');
  host.setAttribute('data-shagym', 'panel');
  host.setAttribute('data-state', 'loading');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const frame = document.createElement('iframe');
  frame.title = strings.panelTitle;
  frame.src = browser.runtime.getURL('/panel.html') + (token ? `#${token}` : '');
  frame.setAttribute('allow', 'clipboard-write');
  root.append(style, frame);
  document.documentElement.append(host);
  frame.focus();

  const base = new URL(browser.runtime.getURL('/'));
  const extensionOrigin = `${base.protocol}//${base.host}`; // not URL.origin: "null" for non-special schemes
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    window.removeEventListener('message', onMessage);
    host.remove();
    onClosed();
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || event.origin !== extensionOrigin) return;
    const type =
      event.data && typeof event.data === 'object' ? (event.data as { type?: unknown }).type : null;
    if (type === PANEL_CLOSE) close();
    // Shown as a state on the host (loading → ready), for the page's layout and for tests.
    else if (type === PANEL_READY) host.setAttribute('data-state', 'ready');
  };
  window.addEventListener('message', onMessage);
  ctx.onInvalidated(close);
  return { close };
}

const CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; right: 0 !important;
  bottom: 0 !important; z-index: 2147483647 !important; width: min(440px, 100vw) !important;
  display: block !important; opacity: 1 !important; visibility: visible !important; }
iframe { all: initial; display: block; width: 100%; height: 100%; border: 0; background: #fff;
  box-shadow: -4px 0 24px rgba(0,0,0,.25); color-scheme: light; }
`;
