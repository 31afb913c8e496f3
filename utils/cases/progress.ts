import { CHANNEL_ROLES } from '../deadlines/rules';
import type { Case } from './schema';

/** The panel's steps, in order. */
export const WIZARD_STEPS = ['order', 'problem', 'remedy', 'story', 'proof', 'texts', 'channel'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

const SENT_KINDS = new Set(Object.values(CHANNEL_ROLES).map((r) => r.event));

/**
 * Which of the panel's steps the case has done, for the stepper's ticks: a fact the step asks for is
 * there (the order identified, a problem and a remedy chosen, the story or the received date told, some
 * proof ticked, the texts seen, the complaint marked as sent somewhere).
 */
export function stepDone(c: Case, step: WizardStep): boolean {
  switch (step) {
    case 'order':
      return Boolean(c.order.orderNumber || c.order.productCode || c.order.productTitle);
    case 'problem':
      return c.problem !== null;
    case 'remedy':
      return c.remedy !== null;
    case 'story':
      return c.description.trim() !== '' || c.order.receivedDate !== null;
    case 'proof':
      return c.proof.length > 0;
    case 'texts':
      return c.status !== 'draft';
    case 'channel':
      return c.timeline.some((e) => SENT_KINDS.has(e.kind as 'submitted') && e.channel !== null);
  }
}
