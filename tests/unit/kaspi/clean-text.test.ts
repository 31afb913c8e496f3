import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText } from '@/utils/kaspi/clean-text';
import { parseTengeExact } from '@/utils/kaspi/money';
import * as validation from '@/utils/validation';
import { ROOT } from './helpers';

describe('cleanText / cleanLine', () => {
  it('strips C0/C1 controls, zero-width and bidi marks; keeps \\n and \\t in cleanText', () => {
    expect(cleanText(' a\u0000b\u0007c\u001bd\u007fe\u0085f\u200bg\u200eh\u202ei\u2066j\n\tk ', 100)).toBe(
      'abcdefghij\n\tk',
    );
    expect(cleanLine(' a\u00a0\u202f b\n\tc\u0007 ', 100)).toBe('a b c');
  });

  it('bounds the length without splitting an emoji', () => {
    expect(cleanText('abcdef', 3)).toBe('abc');
    expect(cleanText('ab😀', 3)).toBe('ab');
    expect(cleanLine('a b c d', 4)).toBe('a b');
  });

  it('keeps markup as text', () => {
    expect(cleanLine('<script>alert(1)</script>', 100)).toBe('<script>alert(1)</script>');
  });

  it('is the same function utils/validation.ts exports', () => {
    expect(validation.cleanText).toBe(cleanText);
  });
});

describe('parseTengeExact', () => {
  it.each([
    ['2\u00a0810 ₸', 2810],
    ['2\u202f810 ₸', 2810],
    ['14 900 ₸', 14900],
    ['1\u00a0234\u00a0567 ₸', 1234567],
    ['8763', 8763],
    ['995 тг', 995],
    ['12 990,00 ₸', 12990],
    ['12 990,50 ₸', null],
    ['1.500 тг', null],
    ['от 2 810 ₸', null],
    ['2 810 $', null],
    ['', null],
  ] as const)('%s → %s', (text, value) => {
    expect(parseTengeExact(text)).toBe(value);
  });
});

describe('content-script hygiene', () => {
  // Everything the content script reaches from read-page.ts must stay free of zod, React and Dexie.
  const dir = join(ROOT, 'utils', 'kaspi');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'facts-schema.ts');

  it.each(files)('%s imports neither zod, React, Dexie nor utils/validation', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map(
      (m) => m[1],
    );
    for (const spec of imports) {
      expect(spec, `${file} imports ${spec}`).toMatch(/^\.\/[a-z-]+$/);
      expect(spec).not.toBe('./facts-schema');
    }
  });

  it('does not use getComputedStyle or whole-page text', () => {
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(source, file).not.toMatch(
        /getComputedStyle|innerText|body\.textContent|documentElement\.(?:outer|inner)HTML/,
      );
    }
  });
});
