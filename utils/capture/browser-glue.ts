/**
 * The browser side of screenshots (issue 11), kept small: the calls `takeScreenshot` is given
 * (utils/capture/screenshot.ts), and the entry points that carry the `activeTab` grant besides the
 * toolbar button: a context-menu item on kaspi.kz pages. (The keyboard shortcut is the manifest's
 * `_execute_action` command: it opens the same popup, wxt.config.ts.)
 */
import { browser } from 'wxt/browser';
import { addEvidence } from '../evidence/store';
import { CAPTURE_PROGRESS } from '../messaging/capture';
import type { Bitmap, Picture, ScreenshotApi } from './screenshot';
import { browserNameOf } from './names';

export const CAPTURE_MENU_ID = 'shagym-capture';

function pngFromDataUrl(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:image/png;base64,') || comma < 0) throw new Error('The capture is not a PNG');
  const text = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Blob([bytes], { type: 'image/png' });
}

function offscreenPicture(width: number, height: number): Picture {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error(`No canvas of ${width}×${height} px`);
  return {
    draw(tile, s) {
      context.drawImage(
        tile as unknown as ImageBitmap,
        s.sx,
        s.sy,
        s.width,
        s.height,
        0,
        s.dy,
        s.width,
        s.dh,
      );
    },
    png: () => canvas.convertToBlob({ type: 'image/png' }),
  };
}

export function browserScreenshotApi(tabId: number): ScreenshotApi {
  const tabs = browser.tabs as typeof browser.tabs & { MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND?: number };
  return {
    tab: async (id) => {
      const tab = await browser.tabs.get(id).catch(() => null);
      return tab && typeof tab.windowId === 'number'
        ? { windowId: tab.windowId, url: tab.url ?? '', active: tab.active }
        : null;
    },
    injectHelper: async (id, file) => {
      await browser.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: [file] });
    },
    sendToTab: (id, message) => browser.tabs.sendMessage(id, message, { frameId: 0 }),
    captureVisible: async (windowId) =>
      pngFromDataUrl(await browser.tabs.captureVisibleTab(windowId, { format: 'png' })),
    decode: (png) => createImageBitmap(png) as Promise<Bitmap>,
    picture: offscreenPicture,
    store: (input) => addEvidence(input),
    progress: (done, total) =>
      void browser.runtime.sendMessage({ type: CAPTURE_PROGRESS, tabId, done, total }).catch(() => undefined),
    capturesPerSecond: tabs.MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND,
    browserName: browserNameOf(navigator.userAgent),
    extensionVersion: browser.runtime.getManifest().version,
    now: () => performance.timeOrigin + performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/**
 * The context-menu item "Save a screenshot of this page to the case…" on kaspi.kz pages: its click
 * grants `activeTab` and opens the popup (where the buyer picks the case and the kind of screenshot);
 * where the browser cannot open the popup from here, the same page opens in a small window for that tab.
 */
export function registerCaptureMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    void menus.removeAll().then(() =>
      menus.create({
        id: CAPTURE_MENU_ID,
        title: browser.i18n.getMessage('captureMenu'),
        contexts: ['page', 'image', 'link', 'selection'],
        documentUrlPatterns: ['https://kaspi.kz/*'],
      }),
    );
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CAPTURE_MENU_ID || typeof tab?.id !== 'number') return;
    const id = tab.id;
    const action = browser.action as typeof browser.action & { openPopup?: () => Promise<void> };
    const inWindow = () =>
      void browser.windows.create({
        url: browser.runtime.getURL(`/popup.html?tab=${id}` as '/popup.html'),
        type: 'popup',
        width: 420,
        height: 600,
      });
    if (typeof action.openPopup === 'function') action.openPopup().catch(inWindow);
    else inWindow();
  });
}
