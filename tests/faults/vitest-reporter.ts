/** Writes the vitest part of the fault tally (tests/faults/tally.ts) when the run ends. */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { CATALOGUE } from './catalogue';
import { ROOT, isTallyEntry, writeTally, type TallyFile } from './tally';

export default class TallyReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rules = CATALOGUE.filter((r) => r.runner === 'vitest');
    const matched = new Set<number>();
    const out: TallyFile = {
      runner: 'vitest',
      writtenAt: new Date().toISOString(),
      entries: [],
      unmatchedRules: [],
      unasserted: [],
    };
    const ran = new Set<string>();
    for (const module of modules) {
      const file = relative(ROOT, module.moduleId);
      ran.add(file);
      for (const test of module.children.allTests()) {
        if (test.result().state !== 'passed') continue;
        const meta = test.meta();
        const own = (meta.tally ?? []).filter(isTallyEntry);
        const ruleIndex = rules.findIndex(
          (r) => r.file === file && (!r.title || r.title.test(test.fullName)),
        );
        if (own.length === 0 && ruleIndex < 0) continue;
        if (!meta.assertions) {
          out.unasserted.push(`${file} › ${test.fullName}`);
          continue;
        }
        if (ruleIndex >= 0) matched.add(ruleIndex);
        const entries = own.length
          ? own
          : [
              {
                kind: rules[ruleIndex]!.kind,
                klass: rules[ruleIndex]!.klass,
                name: test.name,
                dataLost: 0,
                measured: false,
              },
            ];
        for (const e of entries) out.entries.push({ ...e, file, test: test.fullName });
      }
    }
    // A rule counts as unmatched only if its file ran (a partial run says nothing about other files).
    rules.forEach((r, i) => {
      if (!matched.has(i) && ran.has(r.file)) out.unmatchedRules.push(`${r.file} ${r.title ?? ''}`.trim());
    });
    for (const r of rules) if (!ran.has(r.file)) out.unmatchedRules.push(`${r.file} (did not run)`);
    writeTally(out);
  }
}
