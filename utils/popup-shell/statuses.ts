/** The case statuses (utils/cases/schema.ts `CASE_STATUSES`), zod-free for the first screen's script. */
export const CASE_STATUSES_FOR_SHELL: readonly string[] = [
  'draft',
  'open',
  'submitted',
  'escalated',
  'resolved',
  'closed',
];
