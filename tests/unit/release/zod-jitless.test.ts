import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../../../utils/zod';
import { ROOT } from '../../support/kaspi-fixtures';

/** Every .ts/.tsx file of the extension's own code. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('zod under the extension CSP', () => {
  it('is jitless: no `new Function` probe, which Firefox reports as a CSP violation', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('is imported at run time only through utils/zod.ts (type-only imports are fine)', () => {
    const direct = ['entrypoints', 'components', 'utils']
      .flatMap((d) => sources(join(ROOT, d)))
      .filter((file) => /^import (?!type )[^;]*from 'zod(\/[^']*)?';/m.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(direct).toEqual(['utils/zod.ts']);
  });
});
