import { z } from '../zod';
import { DEADLINE_KINDS } from '../deadlines/rules';
import { epochMs, freeText, isoDate } from '../validation';

/** Stages of one reminder: a heads-up before, the due day, and overdue. Each is notified once. */
export const REMINDER_STAGES = ['before', 'due', 'overdue'] as const;
export const reminderStageSchema = z.enum(REMINDER_STAGES);
export type ReminderStage = z.infer<typeof reminderStageSchema>;

export const reminderSchema = z.object({
  /** `${caseId}:${kind}` — one reminder per deadline kind per case. */
  id: z.string().min(1).max(120),
  caseId: z.uuid(),
  /** Deadline kind (utils/deadlines). A retired kind ('card-refund-90') fails here: such a row never fires. */
  kind: z.enum(DEADLINE_KINDS),
  /** The last day of the deadline in Kazakhstan (Asia/Almaty). */
  dueDate: isoDate,
  /** When each stage fires, ms since epoch. */
  stages: z
    .array(z.object({ stage: reminderStageSchema, at: epochMs, notifiedAt: epochMs.nullable() }))
    .min(1)
    .max(REMINDER_STAGES.length),
  /** "Remind me tomorrow": nothing fires before this. */
  snoozedUntil: epochMs.nullable().default(null),
  /** Earliest pending stage time (indexed; null when every stage was notified). */
  nextAt: epochMs.nullable(),
  label: freeText(200).default(''),
});
export type Reminder = z.infer<typeof reminderSchema>;

/**
 * When a case's reminders were last computed, and from which version of the case (its `updatedAt`).
 * A case whose `updatedAt` differs, or that has no row here (imported, or written before version 3),
 * is recomputed at the next reconcile, even if the "cases changed" message never reached the background.
 */
export const reminderMetaSchema = z.object({
  caseId: z.uuid(),
  caseUpdatedAt: epochMs,
  computedAt: epochMs,
});
export type ReminderMeta = z.infer<typeof reminderMetaSchema>;
