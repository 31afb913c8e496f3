import type { KaspiPageKind } from './types';
import { merchantIdFromPath, parseKaspiUrl, productCodeFromPath } from './urls';

/**
 * The URL part of the page classification (see classify.ts): its own small module because the declared
 * content script (entrypoints/kaspi-classifier.ts) runs it on every kaspi.kz page and must not carry
 * the document readers.
 */

/** Kind from the URL alone, or null when the document must decide. */
export function classifyKaspiUrl(url: string): KaspiPageKind | null {
  const u = parseKaspiUrl(url);
  if (!u) return 'other';
  const path = u.pathname;
  if (productCodeFromPath(path)) return 'product';
  if (merchantIdFromPath(path)) return 'merchant';
  if (/^\/(?:shop\/?)?$/i.test(path)) return 'other';
  if (/^\/shop\/(?:[a-z-]+\/)?c\//i.test(path) || /^\/shop\/search(?:\/|$)/i.test(path)) return 'other';
  return null;
}
