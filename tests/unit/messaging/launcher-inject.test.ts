import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import {
  INJECT_MAX,
  INJECT_WINDOW_MS,
  LAUNCHER_SCRIPT,
  createLauncherInjector,
  injectRefusal,
  type InjectApi,
} from '@/utils/messaging/launcher-inject';
import { createRouter, type Handlers, type SenderInfo } from '@/utils/messaging/router';

const PRODUCT = 'https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970/';
const cs = (extra: Partial<SenderInfo> = {}): SenderInfo => ({
  kind: 'content-script',
  tabId: 7,
  url: PRODUCT,
  ...extra,
});

function fakes(tabUrl: string | null = PRODUCT) {
  let now = 1_000_000;
  const api = {
    tabUrl: vi.fn(async () => tabUrl ?? undefined),
    executeScript: vi.fn(async () => [{ frameId: 0, result: undefined }]),
    now: () => now,
  } satisfies InjectApi;
  return { api, advance: (ms: number) => (now += ms) };
}

describe('launcher injection', () => {
  it("injects the launcher into the asking tab's top frame", async () => {
    const { api } = fakes();
    await expect(createLauncherInjector(api)(cs())).resolves.toEqual({ injected: true });
    expect(api.executeScript).toHaveBeenCalledWith({ tabId: 7, frameIds: [0] }, LAUNCHER_SCRIPT);
    expect(api.tabUrl).toHaveBeenCalledWith(7);
  });

  it('targets the very document that asked when the browser names it (Chrome)', async () => {
    const { api } = fakes();
    await createLauncherInjector(api)(cs({ documentId: 'DOC-1' }));
    expect(api.executeScript).toHaveBeenCalledWith({ tabId: 7, documentIds: ['DOC-1'] }, LAUNCHER_SCRIPT);
  });

  it.each([
    ['an extension page', cs({ kind: 'extension-page', url: 'chrome-extension://abc/popup.html' })],
    ['no tab', cs({ tabId: null })],
    ['http kaspi.kz', cs({ url: 'http://kaspi.kz/shop/p/x-121207970/' })],
    ['a look-alike host', cs({ url: 'https://kaspi.kz.evil.com/shop/p/x-121207970/' })],
    ['a subdomain', cs({ url: 'https://evil.kaspi.kz/shop/p/x-121207970/' })],
    ['another port', cs({ url: 'https://kaspi.kz:8443/shop/p/x-121207970/' })],
  ])('refuses %s, and never touches the tab', async (_name, sender) => {
    const { api } = fakes();
    expect(injectRefusal(sender)).not.toBeNull();
    await expect(createLauncherInjector(api)(sender)).rejects.toThrow();
    expect(api.tabUrl).not.toHaveBeenCalled();
    expect(api.executeScript).not.toHaveBeenCalled();
  });

  it.each([
    ['the tab moved to another host', 'https://evil.example/'],
    ['the tab moved to http', 'http://kaspi.kz/shop/p/x-121207970/'],
    ['the tab is gone', null],
  ])('refuses when %s since the message', async (_name, url) => {
    const { api } = fakes(url);
    await expect(createLauncherInjector(api)(cs())).rejects.toThrow(/not on https:\/\/kaspi\.kz/);
    expect(api.executeScript).not.toHaveBeenCalled();
  });

  it('bounds how often one tab can have the launcher injected; other tabs are not affected', async () => {
    const { api, advance } = fakes();
    const inject = createLauncherInjector(api);
    for (let i = 0; i < INJECT_MAX; i++) await inject(cs());
    await expect(inject(cs())).rejects.toThrow(/too many/);
    await expect(inject(cs({ tabId: 8 }))).resolves.toEqual({ injected: true });
    expect(api.executeScript).toHaveBeenCalledTimes(INJECT_MAX + 1);
    advance(INJECT_WINDOW_MS);
    await expect(inject(cs())).resolves.toEqual({ injected: true });
  });
});

describe('cs:show-launcher through the router: only our own top-frame content script on kaspi.kz', () => {
  const env = {
    extensionId: 'abcdefghijklmnopabcdefghijklmnop',
    extensionBaseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
  };
  const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
  const route = () => {
    const { api } = fakes();
    const inject = createLauncherInjector(api);
    const handlers = { 'cs:show-launcher': (_p: unknown, s: SenderInfo) => inject(s) } as unknown as Handlers;
    return { api, route: createRouter(handlers, env) };
  };
  const message = { type: 'cs:show-launcher', payload: {} };

  it('injects for our content script in the top frame of a kaspi.kz tab', async () => {
    const { api, route: r } = route();
    const sender = { id: env.extensionId, url: PRODUCT, tab, frameId: 0 } as Runtime.MessageSender;
    expect(await r(message, sender)).toEqual({ ok: true, data: { injected: true } });
    expect(api.executeScript).toHaveBeenCalledOnce();
  });

  it.each([
    [
      'an extension page (a forged request)',
      { id: env.extensionId, url: `${env.extensionBaseUrl}popup.html` },
    ],
    [
      'the panel framed in a kaspi.kz tab',
      { id: env.extensionId, url: `${env.extensionBaseUrl}panel.html`, tab, frameId: 3 },
    ],
    ['another extension', { id: 'someotherextensionidxxxxxxxxxxxx', url: PRODUCT, tab, frameId: 0 }],
    ['a kaspi.kz sub-frame', { id: env.extensionId, url: PRODUCT, tab, frameId: 2 }],
    [
      'a content script on another host',
      { id: env.extensionId, url: 'https://example.com/', tab, frameId: 0 },
    ],
    ['no tab', { id: env.extensionId, url: PRODUCT, frameId: 0 }],
  ])('refuses %s', async (_name, sender) => {
    const { api, route: r } = route();
    const reply = await r(message, sender as Runtime.MessageSender);
    expect(reply).toMatchObject({ ok: false, code: 'sender' });
    expect(api.executeScript).not.toHaveBeenCalled();
  });

  it('refuses a payload it does not expect', async () => {
    const { api, route: r } = route();
    const sender = { id: env.extensionId, url: PRODUCT, tab, frameId: 0 } as Runtime.MessageSender;
    const reply = await r({ type: 'cs:show-launcher', payload: 'x' }, sender);
    expect(reply).toMatchObject({ ok: false, code: 'shape' });
    expect(api.executeScript).not.toHaveBeenCalled();
  });
});
