/**
 * "Cases changed": the one announcement every write of a case makes (utils/cases/store.ts), declared in
 * utils/messaging/protocol.ts (`ui:cases-changed`, zod-checked by the background's router).
 *
 * Listeners:
 * - the background (entrypoints/background.ts): recomputes the reminders, the index rows and the badge
 *   of the changed cases only, debounced (utils/reminders/scheduler.ts `queueChanged`);
 * - the popup's first-screen cache checks itself against the case index, which every write updates in
 *   its own transaction (`writtenAt`): no writer clears it by hand;
 * - open pages (popup, case page, panel) follow the database through Dexie's live queries.
 */
import { send } from '../messaging/client';
import { protocol } from '../messaging/protocol';

/** The most ids one message carries (the protocol's bound). */
export const MAX_IDS_PER_MESSAGE = 1000;

/** Tells the background which cases changed. Never throws: a lost message is caught up at its next wake. */
export async function announceCasesChanged(caseIds: readonly string[]): Promise<void> {
  const ids = [...new Set(caseIds)];
  for (let i = 0; i < ids.length; i += MAX_IDS_PER_MESSAGE) {
    const payload = protocol['ui:cases-changed'].request.parse({
      caseIds: ids.slice(i, i + MAX_IDS_PER_MESSAGE),
    });
    await send('ui:cases-changed', payload).catch((error: unknown) =>
      console.warn('[shagym] the background did not take "cases changed":', error),
    );
  }
}
