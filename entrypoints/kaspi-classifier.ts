import { browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { launchSignal } from '@/utils/kaspi/launch-signal';

/** How long, and how often at most, a page whose URL does not decide is looked at again as it renders. */
const WATCH_MS = 15_000;
const WATCH_DEBOUNCE_MS = 400;

/**
 * The only script declared for kaspi.kz pages (wxt.config.ts `content_scripts`): a few hundred bytes
 * that cost the page nothing while it loads. After the `load` event and an idle moment it classifies the
 * page cheaply (utils/kaspi/launch-signal.ts: the URL, else an order number in the text) and, on a
 * possible complaint surface, asks the background to inject the launcher (entrypoints/kaspi.content),
 * once per document. It reads nothing else, writes nothing to the page and listens to nothing the page
 * can send. It follows single-page navigation until the launcher is there, which then takes over.
 */
export default defineUnlistedScript(() => {
  if (window.top !== window) return; // top frame only
  let asked = false;
  let url = '';
  let watcher: MutationObserver | undefined;
  let pending: number | undefined;
  let until = 0;

  const look = () => {
    if (asked) return;
    url = location.href;
    const signal = launchSignal(url, () => document.body?.textContent ?? '');
    if (signal === 'launch') ask();
    else if (signal === 'watch') watch();
  };

  const ask = () => {
    asked = true;
    stop();
    browser.runtime.sendMessage({ type: 'cs:show-launcher', payload: {} }).then(
      (reply: { ok?: boolean } | undefined) => {
        if (!reply?.ok) asked = false; // looked at again on the next change
      },
      () => (asked = false),
    );
  };

  // A URL that does not decide (a possible order page) may render its content after navigating: look
  // again as the page changes, for a short while.
  const watch = () => {
    if (watcher) return; // a look while watching does not extend the window
    until = Date.now() + WATCH_MS;
    watcher = new MutationObserver(() => {
      if (pending !== undefined) return;
      pending = window.setTimeout(() => {
        pending = undefined;
        if (Date.now() > until) stop();
        else look();
      }, WATCH_DEBOUNCE_MS);
    });
    watcher.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  };
  const stop = () => {
    watcher?.disconnect();
    watcher = undefined;
  };

  const first = () => {
    look();
    // kaspi.kz moves between pages with history.pushState: a changed URL is looked at anew.
    const poll = window.setInterval(() => {
      if (asked) window.clearInterval(poll);
      else if (location.href !== url) {
        stop(); // a new page: a new window to watch it in
        look();
      }
    }, 1000);
  };

  // Nothing happens before the page's load event (or 5 s, for a page whose load never ends) and an
  // idle moment after it.
  const start = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(first, { timeout: 1000 })
      : window.setTimeout(first, 50);
  if (document.readyState === 'complete') start();
  else {
    let started = false;
    const once = () => {
      if (!started) start();
      started = true;
    };
    window.addEventListener('load', once, { once: true });
    window.setTimeout(once, 5000);
  }
});
