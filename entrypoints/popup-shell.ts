/**
 * The popup's first screen, before React (see utils/popup-shell). A classic script loaded at the top
 * of popup.html's <head>: it starts reading the case index while the rest of the page loads, then
 * draws its most urgent rows in the remembered frame. The page is not rendered until then
 * (`holdRendering`): the list is the first thing painted. The built popup.html keeps the style sheets
 * and the React app's scripts in an inert template (build/popup-later-tags.ts): this script adds the
 * style sheets once the read has started, and the app once the first screen is on screen or known not
 * to be drawn (popup/boot.ts then loads it).
 */
import { browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { todayInKz } from '@/utils/deadlines/time-zone';
import { afterFirstContentfulPaint, holdRendering, laterTags, within } from '@/utils/popup-shell/later';
import { shellStamp } from '@/utils/popup-shell/storage';
import { pageReady, showShell } from '@/utils/popup-shell/show';

declare global {
  /** Settles once the remembered first screen is shown (true) or known not to be (false). */
  var shagymShell: Promise<boolean> | undefined;
}

/**
 * However long the database takes to answer (another tab upgrading it, a stalled disk), after this the
 * page is shown and React takes over, which says what it finds.
 */
const SHELL_MAX_MS = 1_000;

export default defineUnlistedScript(() => {
  // The benchmark measures from here to the render mark: the popup's own time (npm run bench).
  performance.mark('shagym:popup-script');
  const later = laterTags(document);
  const reveal = holdRendering(document);
  let shown: Promise<boolean> = Promise.resolve(false);
  try {
    shown = within(
      showShell(
        shellStamp(browser.runtime.getManifest().version),
        todayInKz(Date.now()),
        later.addStyles,
        reveal,
      ),
      SHELL_MAX_MS,
      false,
    );
  } finally {
    // Whatever happened above, the page is shown and gets its styles and the app: once the first screen
    // is on screen (its first contentful paint), so that compiling the app does not take the CPU from
    // rastering it.
    later.addStyles();
    globalThis.shagymShell = shown;
    const addApp = () => later.addScripts();
    void shown.finally(reveal);
    void shown
      .then((drawn) => pageReady().then(() => (drawn ? afterFirstContentfulPaint() : undefined)))
      .then(addApp, addApp);
  }
});
