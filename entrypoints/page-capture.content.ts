import { defineContentScript } from 'wxt/utils/define-content-script';
import { snapshotDom } from '@/utils/capture/dom-snapshot';

/**
 * The page capture script (issue 11, part 2). Not declared in the manifest and not part of the launcher:
 * the background injects it (scripting.executeScript with this file) into the kaspi.kz tab's top frame
 * only when the buyer starts a page capture from the panel, and reads its result — the page's DOM
 * snapshot (utils/capture/dom-snapshot.ts), checked there by `pageSnapshotSchema` (utils/messaging/
 * protocol.ts, `toContentScript`). It changes nothing on the page, listens to nothing and stays nowhere.
 */
export default defineContentScript({
  matches: ['https://kaspi.kz/*'],
  registration: 'runtime',
  main() {
    if (window.top !== window) return null;
    return snapshotDom(document, window);
  },
});
