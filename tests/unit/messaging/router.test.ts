import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { classifySender, createRouter, type Handlers, type SenderEnv } from '@/utils/messaging/router';

const env: SenderEnv = {
  extensionId: 'abcdefghijklmnopabcdefghijklmnop',
  extensionBaseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};
const page = (path: string): Runtime.MessageSender => ({
  id: env.extensionId,
  url: `${env.extensionBaseUrl}${path.slice(1)}`,
});
const tab = {
  id: 7,
  index: 0,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
} as Runtime.MessageSender['tab'];
const contentScript = (url: string, extra: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: env.extensionId,
  url,
  tab,
  frameId: 0,
  ...extra,
});
const CASE_ID = '0b6d2a4e-8f3c-4d1a-9b2e-5c7f1a3e9d40';

function handlers(): Handlers {
  return {
    'cs:show-launcher': vi.fn(async () => ({ injected: true as const })),
    'ui:cases-changed': vi.fn(async () => ({ reminders: 2 })),
    'ui:sync-reminders': vi.fn(async () => ({ notificationsAllowed: true, pending: 0, overdue: 0 })),
    'ui:open-case': vi.fn(async () => ({ opened: true as const })),
    'ui:capture-screenshot': vi.fn(async () => ({
      evidenceId: CASE_ID,
      sha256: 'a'.repeat(64),
      size: 1,
      width: 1,
      height: 1,
      pageHeight: 1,
      cut: false,
      tiles: 1,
      ms: 1,
    })),
    'ui:cdn-access': vi.fn(async () => ({ granted: false })),
    'ui:capture-page': vi.fn(async () => ({
      url: 'https://kaspi.kz/shop/p/x-121207970/',
      title: 'x',
      html: '<!DOCTYPE html><html></html>',
      capturedAt: 1,
      viewport: { width: 1280, height: 900 },
      pageSize: { width: 1280, height: 4000 },
      devicePixelRatio: 1,
      sheets: [],
    })),
  };
}

describe('classifySender', () => {
  it('accepts allow-listed extension pages, including the panel framed in a tab', () => {
    expect(classifySender(page('/popup.html'), env)).toMatchObject({ kind: 'extension-page' });
    expect(classifySender({ ...page('/panel.html#x'), tab, frameId: 3 }, env)).toMatchObject({
      kind: 'extension-page',
      tabId: 7,
    });
  });
  it('accepts a top-frame content script on https://kaspi.kz', () => {
    expect(classifySender(contentScript('https://kaspi.kz/shop/p/x-1/'), env)).toEqual({
      kind: 'content-script',
      tabId: 7,
      url: 'https://kaspi.kz/shop/p/x-1/',
    });
  });
  it.each([
    ['another extension', { ...page('/popup.html'), id: 'otherextensionid' }],
    ['an unlisted extension page', page('/evil.html')],
    [
      'a page of another extension origin',
      { id: env.extensionId, url: 'chrome-extension://zzzz/popup.html' },
    ],
    ['a sub-frame on kaspi.kz', contentScript('https://kaspi.kz/shop/', { frameId: 2 })],
    ['http kaspi.kz', contentScript('http://kaspi.kz/shop/')],
    ['a look-alike host', contentScript('https://kaspi.kz.evil.com/shop/')],
    ['a subdomain', contentScript('https://evil.kaspi.kz/shop/')],
    ['no tab', { id: env.extensionId, url: 'https://kaspi.kz/', frameId: 0 }],
    [
      'a mismatching origin field',
      contentScript('https://kaspi.kz/', { origin: 'https://evil.com' } as Partial<Runtime.MessageSender>),
    ],
    ['no url', { id: env.extensionId }],
  ])('refuses %s', (_name, sender) => {
    expect(classifySender(sender as Runtime.MessageSender, env)).toHaveProperty('refused');
  });
});

describe('router', () => {
  it('routes a valid message to its handler with the parsed payload', async () => {
    const h = handlers();
    const route = createRouter(h, env);
    const reply = await route(
      { type: 'ui:cases-changed', payload: { caseIds: [CASE_ID] } },
      page('/panel.html'),
    );
    expect(reply).toEqual({ ok: true, data: { reminders: 2 } });
    expect(h['ui:cases-changed']).toHaveBeenCalledWith(
      { caseIds: [CASE_ID] },
      expect.objectContaining({ kind: 'extension-page' }),
    );
  });

  it('refuses a wrong sender before looking at the message', async () => {
    const h = handlers();
    const reply = await createRouter(h, env)(
      { type: 'ui:open-case', payload: { caseId: CASE_ID } },
      { id: 'other' },
    );
    expect(reply).toMatchObject({ ok: false, code: 'sender' });
    expect(h['ui:open-case']).not.toHaveBeenCalled();
  });

  it('refuses a content script sending a page-only message', async () => {
    const h = handlers();
    const reply = await createRouter(h, env)(
      { type: 'ui:cases-changed', payload: { caseIds: [CASE_ID] } },
      contentScript('https://kaspi.kz/shop/p/x-1/'),
    );
    expect(reply).toMatchObject({ ok: false, code: 'sender' });
    expect(h['ui:cases-changed']).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing payload', { type: 'ui:open-case' }],
    ['a non-uuid id', { type: 'ui:open-case', payload: { caseId: '../../etc' } }],
    ['an empty list', { type: 'ui:cases-changed', payload: { caseIds: [] } }],
    ['a string for a list', { type: 'ui:cases-changed', payload: { caseIds: CASE_ID } }],
  ])('refuses %s with a clear shape error', async (_name, message) => {
    const h = handlers();
    const reply = await createRouter(h, env)(message, page('/popup.html'));
    expect(reply).toMatchObject({ ok: false, code: 'shape' });
    expect((reply as { error: string }).error).toMatch(/^Bad ui:/);
  });

  it('refuses unknown types and non-objects', async () => {
    const route = createRouter(handlers(), env);
    expect(await route({ type: 'toString' }, page('/popup.html'))).toMatchObject({
      ok: false,
      code: 'unknown-type',
    });
    expect(await route('ui:open-case', page('/popup.html'))).toMatchObject({
      ok: false,
      code: 'unknown-type',
    });
    expect(await route(null, page('/popup.html'))).toMatchObject({ ok: false, code: 'unknown-type' });
  });

  it('turns a handler failure or a bad handler result into an error reply, never a rejection', async () => {
    const h = handlers();
    h['ui:open-case'] = async () => {
      throw new Error('no tabs');
    };
    h['ui:sync-reminders'] = async () => ({ notificationsAllowed: true, pending: -1, overdue: 0 });
    const route = createRouter(h, env);
    expect(await route({ type: 'ui:open-case', payload: { caseId: CASE_ID } }, page('/case.html'))).toEqual({
      ok: false,
      code: 'failed',
      error: 'no tabs',
    });
    expect(await route({ type: 'ui:sync-reminders', payload: {} }, page('/popup.html'))).toMatchObject({
      ok: false,
      code: 'failed',
    });
  });
});
