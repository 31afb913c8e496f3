import { parseKaspiUrl } from '../kaspi/urls';
import type { SenderInfo } from './router';

/**
 * The launcher (button, panel frame, page snapshot) is not declared in the manifest: it is injected by
 * the background into a kaspi.kz tab after that page has loaded, when the declared classifier
 * (entrypoints/kaspi-classifier.ts) asks for it. So kaspi.kz pages that are not complaint surfaces never
 * run it, and no page pays for it during its own load.
 *
 * The background injects only:
 * - on `cs:show-launcher` from our own content script (the router checks the sender first: this
 *   extension, a tab's top frame, https://kaspi.kz; extension pages and other extensions are refused);
 * - into that tab's top frame (that very document where the browser names it: Chrome's documentId),
 *   and only while the tab's URL is still https://kaspi.kz (the tab may have moved on meanwhile);
 * - at most INJECT_MAX times per tab in INJECT_WINDOW_MS. The classifier asks once per document, so a
 *   page can only make it ask again by loading a new document; the bound is for a page that reloads
 *   itself in a loop, and lies well above a buyer clicking quickly through products.
 */
export const LAUNCHER_SCRIPT = '/content-scripts/kaspi.js' as const;
export const INJECT_MAX = 20;
export const INJECT_WINDOW_MS = 10_000;

/** That document (Chrome names it), else the tab's top frame. */
export type InjectTarget = { tabId: number; documentIds: string[] } | { tabId: number; frameIds: number[] };

export interface InjectApi {
  /** The tab's current URL; undefined when the tab is gone or not ours to see. */
  tabUrl(tabId: number): Promise<string | undefined>;
  executeScript(target: InjectTarget, file: typeof LAUNCHER_SCRIPT): Promise<unknown>;
  now?: () => number;
}

export class InjectRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InjectRefused';
  }
}

/** Why no launcher may be injected for this sender, or null when it may (the tab's URL checked after). */
export function injectRefusal(sender: SenderInfo): string | null {
  if (sender.kind !== 'content-script') return 'only our content script asks for the launcher';
  if (sender.tabId === null) return 'not in a tab';
  if (!parseKaspiUrl(sender.url)) return 'the sender is not on https://kaspi.kz';
  return null;
}

/** The background's `cs:show-launcher` handler, with the browser calls passed in (tests use fakes). */
export function createLauncherInjector(api: InjectApi) {
  const now = api.now ?? Date.now;
  const recent = new Map<number, number[]>();
  return async function injectLauncher(sender: SenderInfo): Promise<{ injected: true }> {
    const refusal = injectRefusal(sender);
    if (refusal) throw new InjectRefused(refusal);
    const tabId = sender.tabId as number;
    const t = now();
    const times = (recent.get(tabId) ?? []).filter((at) => t - at < INJECT_WINDOW_MS && at <= t);
    if (times.length >= INJECT_MAX) {
      recent.set(tabId, times);
      throw new InjectRefused('too many launcher requests from this tab');
    }
    times.push(t);
    recent.set(tabId, times);
    if (recent.size > 1000) recent.delete(recent.keys().next().value as number);
    const url = await api.tabUrl(tabId);
    if (!url || !parseKaspiUrl(url)) throw new InjectRefused('the tab is not on https://kaspi.kz');
    const target: InjectTarget = sender.documentId
      ? { tabId, documentIds: [sender.documentId] }
      : { tabId, frameIds: [0] };
    await api.executeScript(target, LAUNCHER_SCRIPT);
    return { injected: true };
  };
}
