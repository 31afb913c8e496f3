import { describe, expect, it } from 'vitest';
import { takeScreenshot, type ScreenshotApi } from '@/utils/capture/screenshot';
import { captureReplies } from '@/utils/messaging/protocol';

const URL_ = 'https://kaspi.kz/shop/p/komplekt-alpika-102492502-chernyi-52-102529963/';
const CASE = '0b6d2a4e-8f3c-4d1a-9b2e-5c7f1a3e9d40';

/** A page in a tab, as the background sees it through messages; a clock that sleeps instantly. */
function fakeTab(
  opts: { pageHeight?: number; failCaptureAt?: number; quotaOnce?: boolean; ownUi?: boolean } = {},
) {
  const log: string[] = [];
  let clock = 1_000;
  let scrollY = 300;
  let captures = 0;
  let quota = opts.quotaOnce ?? false;
  const draws: unknown[] = [];
  const api: ScreenshotApi = {
    tab: async () => ({ windowId: 1, url: URL_, active: true }),
    injectHelper: async () => void log.push('inject'),
    sendToTab: async (_id, message) => {
      const m = message as { type: string; y?: number; hidden?: boolean; hideFixed?: boolean };
      log.push(
        m.type + (m.hidden !== undefined ? `:${m.hidden}` : '') + (m.y !== undefined ? `:${m.y}` : ''),
      );
      if (m.type === 'bg:capture-metrics')
        return {
          url: URL_,
          title: 'Комплект',
          viewportWidth: 1265,
          viewportHeight: 900,
          windowWidth: 1280,
          windowHeight: 900,
          pageHeight: opts.pageHeight ?? 2500,
          scrollX: 0,
          scrollY,
          devicePixelRatio: 1,
          ownUi: opts.ownUi ?? true,
        };
      if (m.type === 'bg:capture-own-ui') return { hidden: m.hidden };
      if (m.type === 'bg:capture-scroll') {
        scrollY = Math.min(m.y!, (opts.pageHeight ?? 2500) - 900);
        return { scrollY };
      }
      if (m.type === 'bg:capture-restore') {
        scrollY = 300;
        return { scrollX: 0, scrollY };
      }
      throw new Error(`unexpected ${m.type}`);
    },
    captureVisible: async () => {
      if (quota) {
        quota = false;
        throw new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.');
      }
      captures++;
      log.push(`capture@${scrollY}`);
      if (captures === opts.failCaptureAt) throw new Error('Cannot access contents of the page');
      return new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    },
    decode: async () => ({ width: 1280, height: 900, close: () => undefined }),
    picture: (width, height) => {
      log.push(`picture ${width}x${height}`);
      return {
        draw: (_t, s) => void draws.push(s),
        png: async () => new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
      };
    },
    store: async (input) => {
      log.push(`store ${input.capture?.method}`);
      return { id: CASE, sha256: 'a'.repeat(64), size: input.file.size };
    },
    progress: () => undefined,
    capturesPerSecond: 2,
    browserName: 'Chrome 156',
    extensionVersion: '0.1.0',
    now: () => clock,
    sleep: async (ms) => {
      log.push(`sleep ${ms}`);
      clock += ms;
    },
  };
  return { api, log, draws };
}

describe('takeScreenshot', () => {
  it('visible: our elements hidden before the capture and shown after, then stored', async () => {
    const { api, log } = fakeTab();
    const r = await takeScreenshot(api, { tabId: 5, method: 'visible-screenshot', caseId: CASE });
    expect(log).toEqual([
      'inject',
      'bg:capture-metrics',
      'bg:capture-own-ui:true',
      'capture@300',
      'bg:capture-own-ui:false',
      'store visible-screenshot',
    ]);
    expect(r).toMatchObject({ width: 1280, height: 900, tiles: 1, cut: false });
  });

  it('full page: tiles 2 a second, fixed elements hidden after the first, page put back before storing', async () => {
    const { api, log, draws } = fakeTab();
    const r = await takeScreenshot(api, { tabId: 5, method: 'full-page-screenshot', caseId: CASE });
    expect(log).toEqual([
      'inject',
      'bg:capture-metrics',
      'bg:capture-own-ui:true',
      'bg:capture-scroll:0',
      'capture@0',
      'picture 1265x2500',
      'bg:capture-scroll:900',
      'sleep 525',
      'capture@900',
      'bg:capture-scroll:1600',
      'sleep 525',
      'capture@1600',
      'bg:capture-restore',
      'bg:capture-own-ui:false',
      'store full-page-screenshot',
    ]);
    expect(draws.at(-1)).toEqual({ sx: 0, sy: 200, width: 1265, height: 700, dy: 1800, dh: 700 });
    expect(r).toMatchObject({ width: 1265, height: 2500, pageHeight: 2500, tiles: 3 });
  });

  it('a failed capture still puts the page back and shows our elements', async () => {
    const { api, log } = fakeTab({ failCaptureAt: 2 });
    await expect(
      takeScreenshot(api, { tabId: 5, method: 'full-page-screenshot', caseId: CASE }),
    ).rejects.toThrow('Cannot access');
    expect(log.slice(-2)).toEqual(['bg:capture-restore', 'bg:capture-own-ui:false']);
    expect(log.some((l) => l.startsWith('store'))).toBe(false);
  });

  it('Chrome’s quota error: waits and tries once more', async () => {
    const { api, log } = fakeTab({ quotaOnce: true, ownUi: false });
    await takeScreenshot(api, { tabId: 5, method: 'visible-screenshot', caseId: CASE });
    expect(log).toEqual([
      'inject',
      'bg:capture-metrics',
      'sleep 525',
      'capture@300',
      'store visible-screenshot',
    ]);
  });

  it('refuses a tab that is not kaspi.kz or not in front', async () => {
    const { api } = fakeTab();
    await expect(
      takeScreenshot(
        { ...api, tab: async () => ({ windowId: 1, url: 'https://evil.example/', active: true }) },
        {
          tabId: 5,
          method: 'visible-screenshot',
          caseId: CASE,
        },
      ),
    ).rejects.toThrow('Only kaspi.kz');
    await expect(
      takeScreenshot(
        { ...api, tab: async () => ({ windowId: 1, url: URL_, active: false }) },
        {
          tabId: 5,
          method: 'visible-screenshot',
          caseId: CASE,
        },
      ),
    ).rejects.toThrow('not the tab in front');
  });

  it('a page reply of the wrong shape is refused before anything is captured', async () => {
    const { api, log } = fakeTab();
    const bad = { ...api, sendToTab: async () => ({ url: 'https://evil.example/' }) };
    await expect(
      takeScreenshot(bad, { tabId: 5, method: 'visible-screenshot', caseId: CASE }),
    ).rejects.toThrow();
    expect(log.filter((l) => l.startsWith('capture'))).toEqual([]);
  });
});

describe('capture reply schemas', () => {
  it('accept what the page helper answers and refuse the rest', () => {
    expect(captureReplies.scrolled.safeParse({ scrollY: 900 }).success).toBe(true);
    expect(captureReplies.scrolled.safeParse({ scrollY: -1 }).success).toBe(false);
    expect(captureReplies.ownUi.safeParse({ hidden: 'yes' }).success).toBe(false);
    expect(
      captureReplies.progress.safeParse({ type: 'bg:capture-progress', tabId: 1, done: 1, total: 0 }).success,
    ).toBe(false);
  });
});
