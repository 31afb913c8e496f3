import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import {
  MAX_STASH_BYTES,
  MAX_TABS,
  RATE_MAX,
  RATE_WINDOW_MS,
  TTL_MS,
  resetStashRate,
  stashFacts,
  takeFacts,
} from '@/utils/messaging/facts-stash';
import type { PageFactsPayload } from '@/utils/messaging/protocol';

const facts = (title = 'Рашгард черный'): PageFactsPayload => ({
  pageKind: 'product',
  pageUrl: 'https://kaspi.kz/shop/p/x-121207970/',
  facts: {
    orderNumber: null,
    productCode: '121207970',
    productTitle: title,
    productUrl: null,
    imageUrl: null,
    price: 2810,
    sellerName: null,
    merchantId: null,
    sellers: null,
    status: null,
    orderDate: null,
    receivedDate: null,
    quantity: null,
    total: null,
  },
});
const T0 = Date.UTC(2026, 10, 30, 10, 0);
const stored = async () => Object.keys(await browser.storage.session.get(null));

beforeEach(() => {
  fakeBrowser.reset();
  resetStashRate();
});

describe('facts stash', () => {
  it('hands the facts over once, by token', async () => {
    const token = await stashFacts(facts(), 7, T0);
    expect(await takeFacts(token, T0 + 1000)).toEqual(facts());
    expect(await takeFacts(token, T0 + 2000)).toBeNull();
    expect(await stored()).toEqual([]);
  });

  it('keeps one stash per tab: a new one replaces the old, other tabs keep theirs', async () => {
    const first = await stashFacts(facts('first'), 7, T0);
    const other = await stashFacts(facts('other tab'), 8, T0 + 10);
    const second = await stashFacts(facts('second'), 7, T0 + 20);
    expect(await stored()).toHaveLength(2);
    expect(await takeFacts(first, T0 + 30)).toBeNull();
    expect((await takeFacts(second, T0 + 30))?.facts.productTitle).toBe('second');
    expect((await takeFacts(other, T0 + 30))?.facts.productTitle).toBe('other tab');
  });

  it('refuses facts over the size cap and stores nothing', async () => {
    const big = facts('я'.repeat(MAX_STASH_BYTES / 2 + 10)); // 2 bytes a letter in UTF-8
    await expect(stashFacts(big, 7, T0)).rejects.toThrow(/too large/);
    expect(await stored()).toEqual([]);
    expect(await takeFacts(await stashFacts(facts(), 7, T0 + 1), T0 + 2)).not.toBeNull();
  });

  it('rate-limits a tab without touching storage, and not the other tabs', async () => {
    for (let i = 0; i < RATE_MAX; i++) await stashFacts(facts(), 7, T0 + i);
    let reads = 0;
    const get = browser.storage.session.get.bind(browser.storage.session);
    browser.storage.session.get = ((...args: Parameters<typeof get>) => {
      reads++;
      return get(...args);
    }) as typeof get;
    for (let i = 0; i < 1500; i++) await expect(stashFacts(facts(), 7, T0 + 100)).rejects.toThrow(/too many/);
    expect(reads).toBe(0);
    browser.storage.session.get = get;
    // Another tab is not affected, and the spamming tab may stash again once the window has passed.
    await expect(stashFacts(facts(), 8, T0 + 100)).resolves.toMatch(/^[0-9a-f-]{36}$/);
    await expect(stashFacts(facts(), 7, T0 + RATE_WINDOW_MS + 10)).resolves.toMatch(/^[0-9a-f-]{36}$/);
    expect(await stored()).toHaveLength(2);
  });

  it('expires after the TTL: not handed over, and swept by the next stash', async () => {
    const old = await stashFacts(facts(), 7, T0);
    expect(await takeFacts(old, T0 + TTL_MS + 1)).toBeNull();
    await stashFacts(facts(), 8, T0);
    await stashFacts(facts(), 9, T0 + TTL_MS + 1);
    expect(await stored()).toEqual(['facts:tab:9']);
  });

  it('keeps at most MAX_TABS stashes: the oldest tabs lose theirs', async () => {
    for (let tab = 1; tab <= MAX_TABS + 5; tab++) await stashFacts(facts(), tab, T0 + tab);
    const keys = await stored();
    expect(keys).toHaveLength(MAX_TABS);
    expect(keys).not.toContain('facts:tab:1');
    expect(keys).toContain(`facts:tab:${MAX_TABS + 5}`);
  });

  it('refuses facts that come from no tab', async () => {
    await expect(stashFacts(facts(), null, T0)).rejects.toThrow(/tab/);
  });
});
