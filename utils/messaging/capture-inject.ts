import { parseKaspiUrl } from '../kaspi/urls';
import { CAPTURE_PAGE, type PAGE_CAPTURE_SCRIPT } from './capture';
import { toContentScript, type PageSnapshot } from './protocol';
import type { SenderInfo } from './router';

/**
 * The background's `ui:capture-page`: the panel framed in a kaspi.kz tab asks for that page's snapshot.
 * The capture script (entrypoints/page-capture.content.ts) is injected into the tab's top frame only
 * now — never with the launcher — and its result is checked by `toContentScript[CAPTURE_PAGE]`.
 */
export interface CaptureInjectApi {
  /** The tab's current URL; undefined when the tab is gone. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** The result of running `file` in the tab's top frame. */
  executeScript(tabId: number, file: typeof PAGE_CAPTURE_SCRIPT): Promise<unknown>;
}

export function createPageCaptureRequester(api: CaptureInjectApi) {
  return async function capturePage(sender: SenderInfo): Promise<PageSnapshot> {
    // Only an extension page in a tab (the framed panel) has a page to capture: its own tab's top frame.
    if (sender.kind !== 'extension-page' || sender.tabId === null) throw new Error('not in a tab');
    if (!new URL(sender.url).pathname.endsWith('/panel.html'))
      throw new Error('only the panel captures its page');
    const url = await api.tabUrl(sender.tabId);
    if (!url || !parseKaspiUrl(url)) throw new Error('the tab is not on https://kaspi.kz');
    const spec = toContentScript[CAPTURE_PAGE];
    return spec.response.parse(await api.executeScript(sender.tabId, spec.script));
  };
}
