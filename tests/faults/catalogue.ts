/**
 * Tests written with each fix of issue 13 (and before it) that inject a fault or try a hostile input,
 * named here so that they count in the tally without being rewritten. A rule names a test file and,
 * optionally, a pattern for the test's full name (describe › it); every passing, asserting test it
 * matches counts once. A rule that matches no passing test fails the totals (a renamed test must be
 * renamed here too), so the tally never silently shrinks.
 *
 * fault: something around the extension fails (a killed background, a failed notification, a second
 * writer, a slow worker). hostile: an input crafted or damaged (a typo, an archive, a page, a message).
 */
import type { TallyKind } from './tally';

export interface CatalogueRule {
  runner: 'vitest' | 'e2e-chromium' | 'e2e-firefox';
  file: string;
  /** Matched against the test's full name; all the file's tests when absent. */
  title?: RegExp;
  kind: TallyKind;
  klass: string;
}

const unit = (file: string, kind: TallyKind, klass: string, title?: RegExp): CatalogueRule => ({
  runner: 'vitest',
  file: `tests/unit/${file}`,
  kind,
  klass,
  ...(title ? { title } : {}),
});
const chromium = (file: string, kind: TallyKind, klass: string, title?: RegExp): CatalogueRule => ({
  runner: 'e2e-chromium',
  file: `tests/e2e/${file}`,
  kind,
  klass,
  ...(title ? { title } : {}),
});

const firefox = (file: string, kind: TallyKind, klass: string, title?: RegExp): CatalogueRule => ({
  runner: 'e2e-firefox',
  file: `tests/e2e-firefox/${file}`,
  kind,
  klass,
  ...(title ? { title } : {}),
});

export const CATALOGUE: readonly CatalogueRule[] = [
  // 1. A typo bricks the app: bounded dates, stored bad dates repaired, each case computed alone.
  unit('hardening/dates.test.ts', 'hostile', 'typo-dates'),
  unit('hardening/stored-bad-rows.test.ts', 'hostile', 'typo-dates'),
  unit('hardening/isolation.test.ts', 'hostile', 'typo-dates'),
  unit('db/db.test.ts', 'hostile', 'unreadable-rows', /bad row|invalid case/),
  // 2. Archive CPU bombs, overlapping and corrupt entries, tampered and hostile archives.
  unit('archive/bombs.test.ts', 'hostile', 'archive-bombs'),
  unit('archive/read.test.ts', 'hostile', 'archive-bombs', /hostile input|a tampered archive|damaged or odd/),
  unit('archive/worker.test.ts', 'fault', 'archive-bombs', /time limit/),
  unit(
    'archive/names.test.ts',
    'hostile',
    'unsafe-names',
    /replaces slashes|never empty|safe in a path|refuses absolute/,
  ),
  // 3. Import overwrites: future updatedAt, edits between preview and import, unreadable rows.
  unit('archive/import.test.ts', 'hostile', 'import-overwrites'),
  // 4. Lost updates: two editors, an import meanwhile.
  unit('cases/merge.test.ts', 'fault', 'lost-updates', /optimistic concurrency/),
  // 5. Missed reminders: failed notifications, a killed background, cases written without a message.
  unit(
    'background/scheduler.test.ts',
    'fault',
    'missed-reminders',
    /marked after they are shown|periodic recompute/,
  ),
  chromium('reminders.spec.ts', 'fault', 'missed-reminders', /worker was stopped|browser was closed/),
  chromium('skeleton.spec.ts', 'fault', 'missed-reminders', /worker is killed/),
  // 6. The page against the framed panel; hostile page text.
  chromium(
    'frame-guard.spec.ts',
    'hostile',
    'framed-panel',
    /overlay|styles and attributes|taking the focus/,
  ),
  chromium('pages.spec.ts', 'hostile', 'framed-panel', /hostile page text|no CSS leaks/),
  firefox(
    'frame-guard.spec.ts',
    'hostile',
    'framed-panel',
    /drawn over the panel|transparent|taking the focus/,
  ),
  // 7. Launcher spam: untrusted clicks open nothing; the facts go to the panel in a keyed message (no
  // stash, nothing stored, no message to the background) and are checked there; message senders.
  chromium('frame-guard.spec.ts', 'hostile', 'launcher-spam', /clicking the launcher 100 times/),
  firefox('frame-guard.spec.ts', 'hostile', 'launcher-spam', /clicking the launcher/),
  chromium('panel-warm.spec.ts', 'hostile', 'launcher-spam', /forged facts/),
  unit('messaging/page-facts.test.ts', 'hostile', 'launcher-spam', /refuses|strips control|cuts/),
  unit('messaging/router.test.ts', 'hostile', 'launcher-spam', /refuses/),
  // 8. The smaller items: download names, sourceUrl schemes, imported capturedAt, 1,000-event
  // timelines, a clock before 2000, 100,000-deep nesting; a damaged popup snapshot.
  unit('hardening/small-fixes.test.ts', 'hostile', 'smaller-items'),
  unit('hardening/deep-nesting.test.ts', 'hostile', 'smaller-items'),
  chromium('popup.spec.ts', 'hostile', 'smaller-items', /damaged or hostile snapshot|damaged record/),
];
