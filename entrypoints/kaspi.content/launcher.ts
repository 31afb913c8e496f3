import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HOST_CSS, guardHost } from './guard';

export interface Launcher {
  show(strings: { open: string; hint: string }): void;
  hide(): void;
  focus(): void;
}

/**
 * The "Подготовить жалобу" button: one host element with a CLOSED shadow root, so kaspi.kz's CSS cannot
 * style it and its scripts cannot reach the button (assistive tech still can: the accessibility tree
 * ignores the mode). Only a trusted click (the buyer's own pointer or keyboard) opens the panel: a page
 * script's `.click()` or dispatched event does nothing. Built with DOM calls only, text by textContent.
 */
export function createLauncher(ctx: ContentScriptContext, onClick: () => void): Launcher {
  let host: HTMLElement | null = null;
  let button: HTMLButtonElement | null = null;
  let unguard = () => {};

  const mount = () => {
    host = document.createElement('shagym-launcher');
    host.setAttribute('data-shagym', 'launcher');
    unguard = guardHost(host, { 'data-shagym': 'launcher' });
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CSS;
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'launcher';
    button.addEventListener('click', (event) => {
      if (event.isTrusted) onClick();
    });
    root.append(style, button);
    // First in the body's tab order, so a keyboard user reaches it with one Tab, not after every link
    // on the page; on screen it sits fixed in the corner.
    (document.body ?? document.documentElement).prepend(host);
  };

  ctx.onInvalidated(() => {
    unguard();
    host?.remove();
  });

  return {
    show(strings) {
      if (!host || !host.isConnected) mount();
      if (button) {
        button.textContent = strings.open;
        button.title = strings.hint;
      }
    },
    hide() {
      unguard();
      host?.remove();
      host = null;
      button = null;
    },
    focus() {
      button?.focus();
    },
  };
}

const CSS = `
/* !important inside the shadow tree beats the page's !important rules on the host (CSS Cascade 4). */
:host { ${HOST_CSS} right: 16px !important; bottom: 96px !important; z-index: 2147483646 !important; }
.launcher {
  all: initial; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center; gap: 6px;
  padding: 10px 14px; border-radius: 999px; background: #b3261e; color: #fff;
  font: 600 14px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  box-shadow: 0 2px 8px rgba(0,0,0,.25);
}
.launcher::before { content: "!"; display: inline-grid; place-items: center; width: 18px; height: 18px;
  border-radius: 50%; background: #fff; color: #b3261e; font-weight: 800; font-size: 12px; }
.launcher:hover { background: #8c1d18; }
.launcher:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) { .launcher { transition: background .15s; } }
`;
