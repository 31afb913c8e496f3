/**
 * utils/archive (through its index) must run in Node and in any extension page: no browser extension
 * APIs, no Dexie, no React. Follows every import from index.ts, transitively, and lists the packages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

function resolveImport(from: string, spec: string): string {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate)) return candidate;
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

function packagesReachedFrom(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)) {
      const spec = (m[1] ?? m[2]) as string;
      if (spec.startsWith('.') || spec.startsWith('@/')) queue.push(resolveImport(file, spec));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('utils/archive is pure', () => {
  it('reaches only fflate, @noble/hashes and zod, and no database, browser or UI module', () => {
    const { files, packages } = packagesReachedFrom(join(ROOT, 'utils/archive/index.ts'));
    expect([...packages].sort()).toEqual([
      '@noble/hashes/sha2.js',
      '@noble/hashes/utils.js',
      'fflate',
      'zod',
    ]);
    const local = [...files].map((f) => f.slice(ROOT.length + 1));
    expect(local).toContain('utils/archive/read.ts');
    for (const f of local)
      expect(f, f).not.toMatch(/utils\/db|messaging|components\/|entrypoints\/|archive\/io/);
  });
});
