import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import tempDirCheck, { RUN_TMPDIR_VARIABLE } from '../../support/temp-dir-check';

const outer = tmpdir();
afterEach(() => {
  process.env.TMPDIR = outer;
  delete process.env[RUN_TMPDIR_VARIABLE];
});

describe('the e2e runs’ temporary folder check (tests/support/temp-dir-check.ts)', () => {
  it('gives the run a folder of its own and passes when nothing is left in it', () => {
    const teardown = tempDirCheck();
    const run = tmpdir();
    expect(run).not.toBe(outer);
    expect(process.env[RUN_TMPDIR_VARIABLE]).toBe(run);
    // Playwright's cache of compiled tests is kept on purpose.
    mkdirSync(join(run, 'playwright-transform-cache-0'));
    expect(() => teardown()).not.toThrow();
    expect(tmpdir()).toBe(outer);
    expect(existsSync(run)).toBe(false);
  });

  it('fails the run on a leftover profile or extension copy, and still removes them', () => {
    const teardown = tempDirCheck();
    const run = tmpdir();
    mkdirSync(join(run, 'shagym-ext-abc123'));
    writeFileSync(join(run, 'shagym-ext-abc123', 'manifest.json'), '{}');
    mkdirSync(join(run, 'puppeteer_dev_firefox_profile-xyz'));
    expect(() => teardown()).toThrow(
      /left 2 temporary .*puppeteer_dev_firefox_profile-xyz, shagym-ext-abc123/,
    );
    expect(existsSync(run)).toBe(false);
  });
});
