import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Kept by Playwright on purpose between runs: its cache of compiled test files. */
const KEPT = [/^playwright-transform-cache-/];

/** The temporary folder of this e2e run, for the fixtures to check that they use it. */
export const RUN_TMPDIR_VARIABLE = 'SHAGYM_E2E_TMPDIR';

/**
 * Playwright global setup of both e2e configurations: the run gets a temporary folder of its own
 * (TMPDIR, so os.tmpdir() of the workers, of Chromium and of puppeteer's Firefox profiles points into
 * it; other runs on the machine do not count), and the returned teardown fails the run when anything is
 * left in it — a browser profile, an extension copy, a download folder — then removes the folder.
 */
export default function tempDirCheck(): () => void {
  const outer = tmpdir();
  const run = mkdtempSync(join(outer, 'shagym-e2e-run-'));
  process.env.TMPDIR = run;
  process.env[RUN_TMPDIR_VARIABLE] = run;
  return () => {
    process.env.TMPDIR = outer;
    delete process.env[RUN_TMPDIR_VARIABLE];
    const left = readdirSync(run).filter((name) => !KEPT.some((kept) => kept.test(name)));
    rmSync(run, { recursive: true, force: true, maxRetries: 3 });
    if (left.length)
      throw new Error(
        `The e2e run left ${left.length} temporary file(s) or folder(s) behind: ${left.join(', ')}`,
      );
  };
}
