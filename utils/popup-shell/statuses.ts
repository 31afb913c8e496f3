/** The case statuses (utils/cases/schema.ts `CASE_STATUSES`), zod-free for the first screen's script. */
export const CASE_STATUSES_FOR_SHELL: readonly string[] = [
  'draft',
  'open',
  'submitted',
  'escalated',
  'resolved',
  'closed',
];

/** The statuses a row's chip shows (utils/cases/lifecycle.ts `SHOWN_STATUSES`): the case statuses and "refused". */
export const SHOWN_STATUSES_FOR_SHELL: readonly string[] = [...CASE_STATUSES_FOR_SHELL, 'refused'];
