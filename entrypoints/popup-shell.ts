/**
 * The popup's first screen, before React (see utils/popup-shell). A classic script loaded at the top
 * of popup.html's <head>: it starts reading the case index while the rest of the page loads, then
 * draws its most urgent rows in the remembered frame. popup/boot.ts loads the React app once this is settled.
 */
import { browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { todayInKz } from '@/utils/deadlines/time-zone';
import { shellStamp } from '@/utils/popup-shell/storage';
import { showShell } from '@/utils/popup-shell/show';

declare global {
  /** Settles once the remembered first screen is shown (true) or known not to be (false). */
  var shagymShell: Promise<boolean> | undefined;
}

export default defineUnlistedScript(() => {
  // The benchmark measures from here to the render mark: the popup's own time (npm run bench).
  performance.mark('shagym:popup-script');
  globalThis.shagymShell = showShell(
    shellStamp(browser.runtime.getManifest().version),
    todayInKz(Date.now()),
  ).catch(() => false);
});
