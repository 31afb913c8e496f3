#!/usr/bin/env node
/**
 * The fault and hostile-input totals of `npm test` (issue 13), from the tally the test runners wrote
 * (tests/faults/tally.ts):
 *   node tests/faults/totals.mjs reset    forget the last run's tally (first step of npm test)
 *   node tests/faults/totals.mjs report   print the totals; exit 1 if data was lost, if a runner's
 *                                         tally is missing or empty, if a catalogued test no longer
 *                                         matches, or if a counted test made no assertion
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DIR = join(resolve(import.meta.dirname, '..', '..'), '.tmp', 'fault-tally');
const RUNNERS = ['vitest', 'e2e-chromium', 'e2e-firefox'];

const mode = process.argv[2];
if (mode === 'reset') {
  rmSync(DIR, { recursive: true, force: true });
  process.exit(0);
}
if (mode !== 'report') {
  console.error('usage: node tests/faults/totals.mjs reset|report');
  process.exit(2);
}

const problems = [];
const entries = [];
for (const runner of RUNNERS) {
  const path = join(DIR, `${runner}.json`);
  if (!existsSync(path)) {
    problems.push(`no tally from ${runner} (${path}): did its tests run?`);
    continue;
  }
  const file = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(file.entries) || file.entries.length === 0)
    problems.push(`the ${runner} tally is empty`);
  else entries.push(...file.entries.map((e) => ({ ...e, runner })));
  for (const rule of file.unmatchedRules ?? [])
    problems.push(`${runner}: catalogue rule matched no passing test: ${rule} (tests/faults/catalogue.ts)`);
  for (const test of file.unasserted ?? [])
    problems.push(`${runner}: counted test made no assertion: ${test}`);
}

const faults = entries.filter((e) => e.kind === 'fault');
const hostile = entries.filter((e) => e.kind === 'hostile');
const lost = entries.reduce((n, e) => n + e.dataLost, 0);
const measured = entries.filter((e) => e.measured).length;

const byClass = new Map();
for (const e of entries) {
  const row = byClass.get(e.klass) ?? { fault: 0, hostile: 0, lost: 0 };
  row[e.kind] += 1;
  row.lost += e.dataLost;
  byClass.set(e.klass, row);
}
console.log('\nFault and hostile-input suite (issue 13), by class:');
for (const [klass, row] of [...byClass].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(
    `  ${klass.padEnd(22)} faults ${String(row.fault).padStart(3)}  hostile ${String(row.hostile).padStart(3)}  lost ${row.lost}`,
  );
for (const runner of RUNNERS)
  console.log(`  ${runner.padEnd(22)} ${entries.filter((e) => e.runner === runner).length} counted`);
for (const e of entries.filter((x) => x.dataLost > 0))
  console.log(`  DATA LOST ${e.dataLost}: ${e.runner} ${e.file} › ${e.test} (${e.name})`);
console.log(
  `  data lost measured by comparing the database before and after in ${measured} of ${entries.length}; ` +
    'the others assert what they keep',
);
console.log(`faults injected: ${faults.length}, hostile inputs tried: ${hostile.length}, data lost: ${lost}`);
for (const p of problems) console.error(`fault tally: ${p}`);
process.exit(lost > 0 || problems.length > 0 || entries.length === 0 ? 1 : 0);
