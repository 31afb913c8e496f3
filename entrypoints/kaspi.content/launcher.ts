import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HOST_CSS, guardHost, hider } from './guard';

export interface Launcher {
  show(strings: { open: string; hint: string }): void;
  hide(): void;
  focus(): void;
  /** Hidden while a screenshot is taken. */
  setHidden(hidden: boolean): void;
}

/**
 * The "Подготовить жалобу" button: one host element with a CLOSED shadow root, so kaspi.kz's CSS cannot
 * style it and its scripts cannot reach the button (assistive tech still can: the accessibility tree
 * ignores the mode). Only a trusted click (the buyer's own pointer or keyboard) opens the panel: a page
 * script's `.click()` or dispatched event does nothing. Built with DOM calls only, text by textContent.
 */
export function createLauncher(
  ctx: ContentScriptContext,
  onClick: () => void,
  onPoint: (pointing: boolean) => void = () => {},
): Launcher {
  let host: HTMLElement | null = null;
  let button: HTMLButtonElement | null = null;
  let unguard = () => {};
  let hide: (hidden: boolean) => void = () => {};
  let hiddenNow = false;
  let ownFocus = false;

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
    // The buyer points at the launcher (pointer over it, or keyboard focus on it; not our own focus()):
    // the panel's frame can start loading, hidden, before the click (see panel-frame.ts).
    const point = (pointing: boolean) => (event: Event) => {
      if (event.isTrusted && !ownFocus) onPoint(pointing);
    };
    button.addEventListener('pointerenter', point(true));
    button.addEventListener('focus', point(true));
    button.addEventListener('pointerleave', point(false));
    button.addEventListener('blur', point(false));
    root.append(style, button);
    hide = hider(root);
    hide(hiddenNow);
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
      ownFocus = true;
      try {
        button?.focus();
      } finally {
        ownFocus = false;
      }
    },
    setHidden(hidden) {
      hiddenNow = hidden;
      hide(hidden);
    },
  };
}

/*
 * The design system's look (components/ui/tokens.css: --c-accent, --c-accent-hover, --c-focus, the
 * mark, a 44 px touch target), written out here: kaspi.kz's page never loads our stylesheet.
 */
const CSS = `
/* !important inside the shadow tree beats the page's !important rules on the host (CSS Cascade 4). */
:host { ${HOST_CSS} right: 16px !important; bottom: 96px !important; z-index: 2147483646 !important; }
.launcher {
  all: initial; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center; gap: 8px;
  min-height: 48px; padding: 8px 18px 8px 10px; border-radius: 999px; background: #b3261e; color: #fff;
  font: 650 15px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  box-shadow: 0 4px 16px rgba(17,18,22,.22), 0 1px 3px rgba(17,18,22,.16);
  -webkit-tap-highlight-color: transparent; touch-action: manipulation;
}
.launcher::before { content: "!"; display: inline-grid; place-items: center; width: 28px; height: 28px;
  border-radius: 7px; background: #fff; color: #b3261e; font-weight: 900; font-size: 18px; }
.launcher:hover { background: #8c1d18; }
.launcher:focus-visible { outline: 3px solid #1a56c4; outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) { .launcher { transition: background .15s; } }
`;
