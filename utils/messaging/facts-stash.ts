import { browser } from 'wxt/browser';
import type { PageFactsPayload } from './protocol';

/**
 * Facts handed from the content script to the panel through the background, by a one-time token:
 * the iframe's URL carries only the token, so kaspi.kz's scripts (which can read the iframe's src)
 * see no data, and nothing is written to the page. storage.session survives a service-worker restart
 * and is never written to disk.
 */
const PREFIX = 'facts:';
const TTL_MS = 30 * 60 * 1000;

interface Stashed {
  at: number;
  tabId: number | null;
  value: PageFactsPayload;
}

export async function stashFacts(
  value: PageFactsPayload,
  tabId: number | null,
  now = Date.now(),
): Promise<string> {
  const token = crypto.randomUUID();
  await dropExpired(now);
  await browser.storage.session.set({ [PREFIX + token]: { at: now, tabId, value } satisfies Stashed });
  return token;
}

/** Returns the facts once, then forgets them. Null when unknown or expired. */
export async function takeFacts(token: string, now = Date.now()): Promise<PageFactsPayload | null> {
  const key = PREFIX + token;
  const stored = (await browser.storage.session.get(key))[key] as Stashed | undefined;
  await browser.storage.session.remove(key);
  if (!stored || now - stored.at > TTL_MS) return null;
  return stored.value;
}

async function dropExpired(now: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const stale = Object.entries(all)
    .filter(([k, v]) => k.startsWith(PREFIX) && now - ((v as Stashed | undefined)?.at ?? 0) > TTL_MS)
    .map(([k]) => k);
  if (stale.length) await browser.storage.session.remove(stale);
}
