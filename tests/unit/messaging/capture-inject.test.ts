import { describe, expect, it, vi } from 'vitest';
import { createPageCaptureRequester } from '@/utils/messaging/capture-inject';
import type { SenderInfo } from '@/utils/messaging/router';

const panel: SenderInfo = {
  kind: 'extension-page',
  tabId: 7,
  url: 'chrome-extension://abc/panel.html?token=x',
};
const snapshot = {
  url: 'https://kaspi.kz/shop/p/x-1/',
  title: 'x',
  html: '<!DOCTYPE html><html></html>',
  capturedAt: 1,
  viewport: { width: 1280, height: 900 },
  pageSize: { width: 1280, height: 4000 },
  devicePixelRatio: 1,
  sheets: [],
};

describe('ui:capture-page: the capture script is injected only for the panel in a kaspi.kz tab', () => {
  it('injects the capture script into that tab and checks its reply', async () => {
    const executeScript = vi.fn(async () => snapshot);
    const capture = createPageCaptureRequester({
      tabUrl: async () => 'https://kaspi.kz/shop/p/x-1/',
      executeScript,
    });
    await expect(capture(panel)).resolves.toEqual(snapshot);
    expect(executeScript).toHaveBeenCalledWith(7, '/content-scripts/page-capture.js');
  });

  it('refuses other senders, other tabs and a bad reply', async () => {
    const executeScript = vi.fn(async () => snapshot);
    const kaspi = createPageCaptureRequester({
      tabUrl: async () => 'https://kaspi.kz/shop/p/x-1/',
      executeScript,
    });
    await expect(kaspi({ ...panel, tabId: null })).rejects.toThrow('not in a tab');
    await expect(kaspi({ ...panel, url: 'chrome-extension://abc/case.html' })).rejects.toThrow(
      'only the panel',
    );
    await expect(kaspi({ kind: 'content-script', tabId: 7, url: 'https://kaspi.kz/' })).rejects.toThrow();
    const elsewhere = createPageCaptureRequester({
      tabUrl: async () => 'https://evil.example/',
      executeScript,
    });
    await expect(elsewhere(panel)).rejects.toThrow('not on https://kaspi.kz');
    expect(executeScript).not.toHaveBeenCalled();
    const forged = createPageCaptureRequester({
      tabUrl: async () => 'https://kaspi.kz/',
      executeScript: async () => ({ ...snapshot, url: 'https://evil.example/' }),
    });
    await expect(forged(panel)).rejects.toThrow();
    const huge = createPageCaptureRequester({
      tabUrl: async () => 'https://kaspi.kz/',
      executeScript: async () => ({ ...snapshot, sheets: [{ href: null, css: 'x'.repeat(7_999_990) }] }),
    });
    await expect(huge(panel)).rejects.toThrow(/larger than/);
  });
});
