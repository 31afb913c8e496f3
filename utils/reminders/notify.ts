import { browser } from 'wxt/browser';
import { getCase } from '../db';
import { DEADLINE_KINDS, deadlineLabel, type DeadlineKind } from '../deadlines';
import { createI18n } from '../i18n';
import { getLanguage } from '../settings/language';
import type { Reminder, ReminderStage } from './schema';

/** Notification ids carry what a click needs: `shagym|<reminderId>|<stage>` (reminderId = caseId:kind). */
const PREFIX = 'shagym|';

export function notificationId(reminder: Reminder, stage: ReminderStage): string {
  return `${PREFIX}${reminder.id}|${stage}`;
}

export function parseNotificationId(
  id: string,
): { reminderId: string; caseId: string; stage: string } | null {
  if (!id.startsWith(PREFIX)) return null;
  const [reminderId, stage] = id.slice(PREFIX.length).split('|');
  const caseId = reminderId?.split(':')[0];
  if (!reminderId || !stage || !caseId || !/^[0-9a-f-]{36}$/i.test(caseId)) return null;
  return { reminderId, caseId, stage };
}

const isDeadlineKind = (k: string): k is DeadlineKind => (DEADLINE_KINDS as readonly string[]).includes(k);

export const IS_FIREFOX = import.meta.env.BROWSER === 'firefox';

/** Names the order and what is due; Chrome gets "Open" and "Remind me tomorrow" buttons, Firefox none. */
export async function showReminderNotification(reminder: Reminder, stage: ReminderStage): Promise<void> {
  const lang = await getLanguage();
  const i18n = await createI18n(lang);
  const found = await getCase(reminder.caseId);
  const kind = reminder.kind;
  // The buyer's own reminder speaks in the buyer's words.
  const what =
    (kind === 'buyer-reminder' && reminder.label) ||
    (isDeadlineKind(kind) ? deadlineLabel(kind, lang) : '') ||
    reminder.label ||
    reminder.kind;
  const order = found?.order.orderNumber ? i18n.t('notify.order', { number: found.order.orderNumber }) : '';
  const product = found?.order.productTitle ?? '';
  await browser.notifications.create(notificationId(reminder, stage), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: i18n.t(`notify.${stage}`, { what }),
    message: [order, product].filter(Boolean).join(' · ') || i18n.t('app.name'),
    ...(IS_FIREFOX
      ? {}
      : {
          buttons: [{ title: i18n.t('notify.openButton') }, { title: i18n.t('notify.snoozeButton') }],
          requireInteraction: true,
        }),
  });
}
