import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { kaspiFactsSchema } from '@/utils/kaspi/facts-schema';
import type { KaspiFacts, KaspiPage, KaspiPageKind } from '@/utils/kaspi/types';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

export function readFixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFixture(path)) as T;
}

/** A jsdom document served at `url` (scripts are not run). */
export function domAt(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

export interface UrlEntry {
  name: string;
  file: string;
  url: string;
  kind: KaspiPageKind;
  now?: string;
}

export const URL_ENTRIES = readJson<UrlEntry[]>('kaspi/urls.json');

export function expectedPage(name: string): KaspiPage {
  return readJson<KaspiPage>(`kaspi/expected/${name}.json`);
}

/**
 * The facts pass the boundary schema unchanged: every string is already clean and bounded, every number
 * an integer in range, every date a real ISO date.
 */
export function expectValidFacts(facts: KaspiFacts): void {
  const parsed = kaspiFactsSchema.safeParse(facts);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(parsed.data).toEqual(facts);
}

/** A Document that fails the test if anything reads it: proves a URL alone decided. */
export function untouchableDocument(): Document {
  return new Proxy({} as Document, {
    get(_target, prop) {
      throw new Error(`the document was read (${String(prop)}) although the URL decides`);
    },
  });
}
