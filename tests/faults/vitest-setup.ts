/**
 * Vitest side of the fault tally (tests/faults/tally.ts): records how many assertions each test made,
 * and lets a test record its own entries with a measured `dataLost`.
 */
import { afterEach, expect } from 'vitest';
import type { TallyEntry } from './tally';

declare module '@vitest/runner' {
  interface TaskMeta {
    tally?: TallyEntry[];
    assertions?: number;
  }
}

let pending: TallyEntry[] = [];

afterEach((context) => {
  context.task.meta.assertions = expect.getState().assertionCalls;
  if (pending.length) context.task.meta.tally = pending;
  pending = [];
});

/** Records an entry for the running test; it counts only if the test passes (and asserted). */
export function recordTally(entry: TallyEntry): void {
  pending.push(entry);
}
