/**
 * Playwright side of the fault tally (tests/faults/tally.ts): a passing test counts with the entries it
 * attached (name "tally", JSON: tests/faults/browser-db.ts `tallyEntry`), or once if a catalogue rule
 * names it; either way only if it made at least one `expect`.
 */
import { relative } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { CATALOGUE } from './catalogue';
import { ROOT, isTallyEntry, writeTally, type TallyFile } from './tally';

function countExpects(steps: readonly TestStep[]): number {
  return steps.reduce((n, s) => n + (s.category === 'expect' ? 1 : 0) + countExpects(s.steps), 0);
}

export default class TallyReporter implements Reporter {
  private readonly runner: 'e2e-chromium' | 'e2e-firefox';
  private readonly out: TallyFile;
  private readonly matched = new Set<number>();
  private readonly ranFiles = new Set<string>();
  private readonly rules: typeof CATALOGUE;

  constructor(options: { runner: 'e2e-chromium' | 'e2e-firefox' }) {
    this.runner = options.runner;
    this.rules = CATALOGUE.filter((r) => r.runner === this.runner);
    this.out = { runner: this.runner, writtenAt: '', entries: [], unmatchedRules: [], unasserted: [] };
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = relative(ROOT, test.location.file);
    this.ranFiles.add(file);
    if (result.status !== 'passed') return;
    const full = test.titlePath().filter(Boolean).slice(1).join(' › ');
    const own = result.attachments
      .filter((a) => a.name === 'tally' && a.body)
      .map((a) => JSON.parse(a.body!.toString('utf8')) as unknown)
      .filter(isTallyEntry);
    const ruleIndex = this.rules.findIndex((r) => r.file === file && (!r.title || r.title.test(test.title)));
    if (own.length === 0 && ruleIndex < 0) return;
    if (countExpects(result.steps) === 0) {
      this.out.unasserted.push(`${file} › ${full}`);
      return;
    }
    if (ruleIndex >= 0) this.matched.add(ruleIndex);
    const rule = this.rules[ruleIndex];
    const entries = own.length
      ? own
      : [{ kind: rule!.kind, klass: rule!.klass, name: test.title, dataLost: 0, measured: false }];
    for (const e of entries) this.out.entries.push({ ...e, file, test: full });
  }

  onEnd(_result: FullResult): void {
    this.rules.forEach((r, i) => {
      if (!this.matched.has(i))
        this.out.unmatchedRules.push(
          `${r.file} ${r.title ?? ''}${this.ranFiles.has(r.file) ? '' : ' (did not run)'}`.trim(),
        );
    });
    this.out.writtenAt = new Date().toISOString();
    writeTally(this.out);
  }

  printsToStdio(): boolean {
    return false;
  }
}
