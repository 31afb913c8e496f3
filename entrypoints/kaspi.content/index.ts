import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { LAUNCHER_STRINGS } from '@/utils/i18n/launcher-strings';
import type { Lang } from '@/utils/i18n/languages';
import { classifyKaspiPage, classifyKaspiUrl, readKaspiPage } from '@/utils/kaspi/read-page';
import type { KaspiPageKind } from '@/utils/kaspi/types';
import { CAPTURE_OWN_UI } from '@/utils/messaging/capture';
import type { PageFactsPayload } from '@/utils/messaging/protocol';
import { getLanguage, watchLanguage } from '@/utils/settings/language';
import { createLauncher } from './launcher';
import { createPanel, type PanelHandle } from './panel-frame';

/** How long, and how often at most, a page whose URL does not decide is looked at again as it renders. */
const WATCH_MS = 15_000;
const WATCH_DEBOUNCE_MS = 400;

/** A panel made when the buyer pointed at the launcher, but not opened, is dropped this long after. */
const WARM_MS = 30_000;

/** Pages where a buyer starts a complaint. */
const SURFACES: ReadonlySet<KaspiPageKind> = new Set(['product', 'merchant', 'order']);

/**
 * The launcher. Not declared in the manifest: the background injects it into a kaspi.kz tab after the
 * page has loaded, when the declared classifier (entrypoints/kaspi-classifier.ts) saw a possible
 * complaint surface (utils/messaging/launcher-inject.ts). Still small: no React, zod or Dexie here. It
 * classifies the page fully (visible text), shows the launcher where a complaint can start, follows
 * single-page navigation, and on click hands the page's facts to the panel (an extension page in an
 * iframe, loaded only then).
 */
export default defineContentScript({
  matches: ['https://kaspi.kz/*'],
  registration: 'runtime',
  main(ctx) {
    if (window.top !== window) return; // top frame only
    // The panel's page capture is not here: the background injects its own script when one starts
    // (entrypoints/page-capture.content.ts).
    // A screenshot (issue 11): our launcher and panel are hidden while it is taken, then shown again.
    // Asked only by our background (runtime messages never come from the page).
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || sender.tab) return; // our background only
      const m = message as { type?: unknown; hidden?: unknown } | null;
      if (m?.type === CAPTURE_OWN_UI && typeof m.hidden === 'boolean') {
        launcher.setHidden(m.hidden);
        panel?.setHidden(m.hidden);
        // Answered once the change is painted, so the next capture does not show us.
        requestAnimationFrame(() => requestAnimationFrame(() => sendResponse({ hidden: m.hidden })));
        return true;
      }
    });
    let lang: Lang = 'ru';
    let panel: PanelHandle | null = null;
    const launcher = createLauncher(ctx, onLaunch, onPoint);

    let watcher: MutationObserver | null = null;
    let settle: number | undefined;
    const stopWatching = () => {
      watcher?.disconnect();
      watcher = null;
      window.clearTimeout(settle);
    };

    const update = () => {
      const kind = classifyKaspiPage(location.href, document);
      if (SURFACES.has(kind)) {
        stopWatching();
        launcher.show(LAUNCHER_STRINGS[lang]);
        return;
      }
      launcher.hide();
      panel?.close();
      // A URL that does not decide (a possible order page) may render its content after navigating:
      // look again as the page changes, for a short while.
      if (!watcher && classifyKaspiUrl(location.href) === null) watchForContent();
    };

    function watchForContent(): void {
      const until = Date.now() + WATCH_MS;
      let pending: number | undefined;
      watcher = new MutationObserver(() => {
        if (pending !== undefined) return;
        pending = window.setTimeout(() => {
          pending = undefined;
          if (Date.now() > until) stopWatching();
          else update();
        }, WATCH_DEBOUNCE_MS);
      });
      watcher.observe(document.body ?? document.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      settle = window.setTimeout(stopWatching, WATCH_MS);
    }
    ctx.onInvalidated(stopWatching);

    // After the buyer closes the panel, pointing loads nothing until the pointer (or the focus) has left
    // the launcher once: the launcher under a pointer that has not moved is not a new intent.
    let armed = true;
    const newPanel = () =>
      createPanel(ctx, LAUNCHER_STRINGS[lang], (opened) => {
        panel = null;
        if (!opened) return;
        armed = false;
        launcher.focus();
      });

    // The buyer points at the launcher: the panel's frame starts loading, hidden, so that its code is
    // ready by the click. Nothing of the page is read or handed over before the click; a panel not
    // opened is dropped a while after the pointer (or the focus) has left.
    let warmTimer: number | undefined;
    function onPoint(pointing: boolean): void {
      window.clearTimeout(warmTimer);
      if (!pointing) armed = true;
      if (pointing) {
        if (armed) panel ??= newPanel();
      } else if (panel && !panel.opened) {
        const warm = panel;
        warmTimer = ctx.setTimeout(() => {
          if (panel === warm && !warm.opened) warm.close();
        }, WARM_MS);
      }
    }

    // The launcher takes only trusted clicks. The panel shows at once and gets the page's facts as they
    // are at the click, posted straight to its frame (./panel-frame.ts): no message to the background,
    // nothing stored.
    function onLaunch(): void {
      window.clearTimeout(warmTimer);
      if (panel?.opened) panel.close();
      const opening = (panel ??= newPanel());
      opening.open();
      let facts: PageFactsPayload | null = null;
      try {
        const page = readKaspiPage(location.href, document);
        facts = { pageKind: page.kind, pageUrl: location.href, facts: page.facts };
      } catch (error) {
        // The panel still opens and asks for the facts by hand.
        console.warn('[shagym] the page could not be read:', error);
      }
      opening.giveFacts(facts);
    }

    // Stay out of kaspi.kz's own loading: the first look happens after the load event, when the
    // browser is idle (the launcher is not needed before the buyer can read the page).
    void afterLoadAndIdle(ctx)
      .then(getLanguage)
      .then((chosen) => {
        lang = chosen;
        update();
      });
    const unwatch = watchLanguage((next) => {
      lang = next;
      update();
    });
    ctx.onInvalidated(unwatch);
    // With the Navigation API, WXT reports the change while `location` still holds the old URL (the
    // `navigate` event fires before pushState commits): look once the new URL is in place.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      stopWatching();
      ctx.setTimeout(update, 0);
    });
  },
});

/** Resolves after the window's load event (or 5 s) and then an idle moment (at most ~1 s later). */
function afterLoadAndIdle(ctx: { setTimeout: (fn: () => void, ms: number) => number }): Promise<void> {
  // A page whose load never ends (a hanging resource) still gets its launcher after 5 s.
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          window.addEventListener('load', () => resolve(), { once: true });
          ctx.setTimeout(resolve, 5000);
        });
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof requestIdleCallback === 'function')
          requestIdleCallback(() => resolve(), { timeout: 1000 });
        else ctx.setTimeout(resolve, 50);
      }),
  );
}
