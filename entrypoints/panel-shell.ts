/**
 * The panel's first script (a classic one, at the top of panel.html's <head>): it starts taking the
 * page's facts and reading the language while the panel's modules load (entrypoints/panel/start.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { panelStart } from './panel/start';

export default defineUnlistedScript(() => {
  performance.mark('shagym:panel-script');
  panelStart();
});
