import { browser } from 'wxt/browser';
import type { PageFactsPayload } from './protocol';

/**
 * Facts handed from the content script to the panel through the background, by a one-time token:
 * the iframe's URL carries only the token, so kaspi.kz's scripts see no data, and nothing is written
 * to the page. storage.session survives a service-worker restart and is never written to disk.
 *
 * A page script can make the launcher fire (or, with the launcher hardened, at least try): so the
 * stash is bounded. One stash per tab (a new one replaces the tab's old one), each at most
 * MAX_STASH_BYTES serialised, at most MAX_TABS tabs (the oldest go first), gone after TTL_MS, and a
 * tab that stashes faster than RATE_MAX per RATE_WINDOW_MS is refused before any storage is touched,
 * so spam cannot fill storage.session or queue up work in front of other messages.
 */
const PREFIX = 'facts:tab:';
export const TTL_MS = 10 * 60 * 1000;
export const MAX_STASH_BYTES = 64 * 1024;
export const MAX_TABS = 50;
export const RATE_MAX = 10;
export const RATE_WINDOW_MS = 10_000;

interface Stashed {
  at: number;
  token: string;
  value: PageFactsPayload;
}

export class StashRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StashRefused';
  }
}

/** Recent stash times per tab (memory only: a restarted worker simply starts counting again). */
const recent = new Map<number, number[]>();

/** Forgets the rate counters (tests). */
export function resetStashRate(): void {
  recent.clear();
}

function allow(tabId: number, now: number): boolean {
  const times = (recent.get(tabId) ?? []).filter((t) => now - t < RATE_WINDOW_MS && t <= now);
  if (times.length >= RATE_MAX) {
    recent.set(tabId, times);
    return false;
  }
  times.push(now);
  recent.set(tabId, times);
  if (recent.size > 1000) recent.delete(recent.keys().next().value as number);
  return true;
}

export async function stashFacts(
  value: PageFactsPayload,
  tabId: number | null,
  now = Date.now(),
): Promise<string> {
  if (tabId === null) throw new StashRefused('facts come from a tab only');
  if (!allow(tabId, now)) throw new StashRefused('too many stashes from this tab; try again shortly');
  const size = new TextEncoder().encode(JSON.stringify(value)).length;
  if (size > MAX_STASH_BYTES) throw new StashRefused(`facts too large (${size} bytes)`);
  const token = crypto.randomUUID();
  const all = await stashes();
  const drop = all.filter(([k, v]) => k !== PREFIX + tabId && now - v.at > TTL_MS).map(([k]) => k);
  const live = all.filter(([k, v]) => k !== PREFIX + tabId && now - v.at <= TTL_MS);
  // Room for this tab's stash: the oldest other tabs' stashes go.
  live.sort((a, b) => a[1].at - b[1].at);
  while (live.length >= MAX_TABS) drop.push(live.shift()![0]);
  if (drop.length) await browser.storage.session.remove(drop);
  await browser.storage.session.set({ [PREFIX + tabId]: { at: now, token, value } satisfies Stashed });
  return token;
}

/** Returns the facts once, then forgets them. Null when unknown or expired. */
export async function takeFacts(token: string, now = Date.now()): Promise<PageFactsPayload | null> {
  const found = (await stashes()).find(([, v]) => v.token === token);
  if (!found) return null;
  await browser.storage.session.remove(found[0]);
  return now - found[1].at > TTL_MS ? null : found[1].value;
}

async function stashes(): Promise<[string, Stashed][]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all).filter(
    (e): e is [string, Stashed] =>
      e[0].startsWith(PREFIX) && typeof (e[1] as Stashed | undefined)?.token === 'string',
  );
}
