import { defineContentScript } from 'wxt/utils/define-content-script';
import { LAUNCHER_STRINGS } from '@/utils/i18n/launcher-strings';
import type { Lang } from '@/utils/i18n/languages';
import { classifyKaspiPage, readKaspiPage } from '@/utils/kaspi/read-page';
import type { KaspiPageKind } from '@/utils/kaspi/types';
import { send } from '@/utils/messaging/client';
import { getLanguage, watchLanguage } from '@/utils/settings/language';
import { createLauncher } from './launcher';
import { openPanel, type PanelHandle } from './panel-frame';

/** Pages where a buyer starts a complaint. */
const SURFACES: ReadonlySet<KaspiPageKind> = new Set(['product', 'merchant', 'order']);

/**
 * Runs on every kaspi.kz page, so it stays tiny: no React, zod or Dexie here. It classifies the page,
 * shows the launcher where a complaint can start, and on click hands the page's facts to the panel
 * (an extension page in an iframe, loaded only then).
 */
export default defineContentScript({
  matches: ['https://kaspi.kz/*'],
  runAt: 'document_idle',
  main(ctx) {
    if (window.top !== window) return; // top frame only
    let lang: Lang = 'ru';
    let panel: PanelHandle | null = null;
    const launcher = createLauncher(ctx, () => void onLaunch());

    const update = () => {
      const kind = classifyKaspiPage(location.href, document);
      if (SURFACES.has(kind)) launcher.show(LAUNCHER_STRINGS[lang]);
      else {
        launcher.hide();
        panel?.close();
      }
    };

    async function onLaunch(): Promise<void> {
      const page = readKaspiPage(location.href, document);
      let token: string | null = null;
      try {
        token = (await send('cs:stash-facts', { pageKind: page.kind, pageUrl: location.href, facts: page.facts })).token;
      } catch (error) {
        // The panel still opens and asks for the facts by hand.
        console.warn('[shagym] page facts were not accepted:', error);
      }
      panel?.close();
      panel = openPanel(ctx, token, LAUNCHER_STRINGS[lang], () => {
        panel = null;
        launcher.focus();
      });
    }

    void getLanguage().then((chosen) => {
      lang = chosen;
      update();
    });
    const unwatch = watchLanguage((next) => {
      lang = next;
      update();
    });
    ctx.onInvalidated(unwatch);
    ctx.addEventListener(window, 'wxt:locationchange', update);
  },
});
