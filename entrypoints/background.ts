import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserScreenshotApi, registerCaptureMenu } from '@/utils/capture/browser-glue';
import { takeScreenshot } from '@/utils/capture/screenshot';
import { CDN_HOST_PERMISSIONS } from '@/utils/capture/hosts';
import { createPageCaptureRequester } from '@/utils/messaging/capture-inject';
import { createLauncherInjector } from '@/utils/messaging/launcher-inject';
import { createRouter, type Handlers } from '@/utils/messaging/router';
import { backfillCrc32Once } from '@/utils/evidence/crc-backfill';
import { parseNotificationId } from '@/utils/reminders/notify';
import { REMINDER_STAGES, type ReminderStage } from '@/utils/reminders/schema';
import { NEXT_ALARM, TICK_ALARM, reconcile, queueChanged, snoozeReminder } from '@/utils/reminders/scheduler';

/**
 * The background: routes messages, keeps reminders and opens cases from notifications.
 * Chrome runs it as a service worker and Firefox as an event page: both can be stopped at any time,
 * so every listener is registered synchronously here and all state lives in IndexedDB.
 */
export default defineBackground(() => {
  // The launcher is injected after a kaspi.kz page has loaded, when our declared classifier asks.
  const injectLauncher = createLauncherInjector({
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    executeScript: (target, file) => browser.scripting.executeScript({ target, files: [file] }),
  });
  let capturing = false;
  // The page capture script is injected only when the panel asks for a capture.
  const capturePage = createPageCaptureRequester({
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    executeScript: async (tabId, file) =>
      (await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] }))[0]?.result,
  });
  const handlers: Handlers = {
    'cs:show-launcher': async (_payload, sender) => injectLauncher(sender),
    // The one announcement of every case write (utils/cases/changes.ts): only those cases, debounced.
    'ui:cases-changed': async ({ caseIds }) => ({ reminders: await queueChanged(caseIds) }),
    'ui:sync-reminders': async () => reconcile(),
    'ui:capture-page': async (_payload, sender) => capturePage(sender),
    'ui:cdn-access': async () => ({
      granted: await browser.permissions.contains({ origins: [...CDN_HOST_PERMISSIONS] }),
    }),
    // A screenshot into a case (issue 11), one at a time: a second would scroll the same page.
    'ui:capture-screenshot': async (request) => {
      if (capturing) throw new Error('A screenshot is being taken');
      capturing = true;
      try {
        return await takeScreenshot(browserScreenshotApi(request.tabId), request);
      } finally {
        capturing = false;
      }
    },
    'ui:open-case': async ({ caseId }) => {
      await openCase(caseId);
      return { opened: true as const };
    },
  };
  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  registerCaptureMenu();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NEXT_ALARM || alarm.name === TICK_ALARM) void reconcile();
  });

  browser.notifications.onClicked.addListener((id) => {
    const parsed = parseNotificationId(id);
    if (!parsed) return;
    void browser.notifications.clear(id);
    void openCase(parsed.caseId);
  });
  // Chrome only (Firefox notifications have no buttons): 0 = open, 1 = remind me tomorrow.
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    const parsed = parseNotificationId(id);
    if (!parsed) return;
    void browser.notifications.clear(id);
    if (index === 0) void openCase(parsed.caseId);
    else if (isStage(parsed.stage)) void snoozeReminder(parsed.reminderId, parsed.stage);
  });

  browser.runtime.onInstalled.addListener(() => {
    void reconcile();
    // After an update: evidence stored before CRC-32s were kept gets them, once (exports then skip reading it).
    void backfillCrc32Once();
  });
  browser.runtime.onStartup.addListener(() => {
    void reconcile();
    void backfillCrc32Once();
  });
  // Every wake: a browser that was closed at the due time shows the reminder now.
  void reconcile();
});

/** Opens the full-tab case page; the case page itself reloads live, so a duplicate tab is harmless. */
async function openCase(caseId: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/case.html?id=${encodeURIComponent(caseId)}`) });
}

function isStage(value: string): value is ReminderStage {
  return (REMINDER_STAGES as readonly string[]).includes(value);
}
