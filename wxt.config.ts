import { defineConfig } from 'wxt';
import { EXTENSION_PAGES_CSP } from './build/csp';
import { CDN_HOST_PERMISSIONS } from './utils/capture/hosts';
import { SOURCES_EXCLUDE, SOURCES_INCLUDE } from './build/sources';
import { reactDomWithoutInnerHtml } from './build/react-dom-without-inner-html';
import { popupLaterTags } from './build/popup-later-tags';

/**
 * SHAGYM_CAPTURE_TEST=1 (tests only, `npm run build:capture-test`): a build that also holds `<all_urls>`,
 * standing in for the `activeTab` grant a buyer's click on the toolbar button gives (Playwright cannot
 * click the toolbar). It goes to its own folder (.output/<browser>-mv3-capture-test) and is never shipped:
 * tests/unit/release/capture-permissions.test.ts checks that the shipped manifest has no `<all_urls>`.
 */
const CAPTURE_TEST = process.env.SHAGYM_CAPTURE_TEST === '1';

/**
 * One source for both browsers. Chrome gets MV3 with a service worker; Firefox gets MV3 with an event
 * page (`npm run build:firefox` passes --mv3). See README "Why MV3 in Firefox too".
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a newcomer can follow every name to its file.
  imports: false,
  ...(CAPTURE_TEST ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-capture-test' } : {}),
  vite: () => ({
    // React DOM's two innerHTML assignments (dangerouslySetInnerHTML, never used) are removed from the
    // bundle, so `web-ext lint` has nothing to warn about; the build fails if React DOM changes them.
    // popup.html's style sheets and app scripts wait in a template for its first screen's script
    // (build/popup-later-tags.ts).
    plugins: [reactDomWithoutInnerHtml(), popupLaterTags()],
    esbuild: { jsx: 'automatic' },
    build: { chunkSizeWarningLimit: 800 },
  }),
  // `npm run zip`: the Chrome and Firefox packages and, with Firefox, the sources archive for Mozilla's
  // review (what a reviewer needs to rebuild: README steps, lockfile, config, sources; checked by
  // `npm run verify:sources`).
  zip: {
    includeSources: SOURCES_INCLUDE,
    excludeSources: SOURCES_EXCLUDE,
  },
  hooks: {
    // The content script runs on every kaspi.kz page and must stay tiny: it uses the browsers' native
    // promise-based APIs (Firefox `browser`, Chrome MV3 `chrome`) instead of webextension-polyfill, which
    // the background and the extension pages keep. Only promise-returning calls are used there.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const native = { find: 'wxt/browser', replacement: '@wxt-dev/browser' };
      if (Array.isArray(alias))
        config.resolve!.alias = [native, ...alias.filter((a) => a.find !== 'wxt/browser')];
      else
        config.resolve = {
          ...config.resolve,
          alias: { ...(alias as Record<string, string> | undefined), 'wxt/browser': '@wxt-dev/browser' },
        };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Shagym',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // storage: settings shared with the content script; alarms + notifications: deadline reminders;
    // scripting: the launcher is injected on complaint surfaces after the page has loaded;
    // unlimitedStorage: proof (photos, video, page captures) is never cut by a quota share, and the
    // browser keeps it under storage pressure (README "Privacy and permissions", issue 11).
    // activeTab + contextMenus: a screenshot of the page the buyer is on (issue 11), only after the buyer's
    // click on the toolbar button, the shortcut or the "Save a screenshot…" menu item on kaspi.kz.
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'scripting',
      'activeTab',
      'contextMenus',
      'unlimitedStorage',
    ],
    // kaspi.kz only — never <all_urls> (except in the test-only build above).
    host_permissions: ['https://kaspi.kz/*', ...(CAPTURE_TEST ? ['<all_urls>'] : [])],
    // Kaspi's CDN (pictures, styles, fonts of kaspi.kz pages), asked for only when the buyer first keeps a
    // page capture, so that it opens like the page (utils/capture/hosts.ts). Optional: refused, the capture
    // is kept without pictures and says so.
    optional_host_permissions: [...CDN_HOST_PERMISSIONS],
    // The one declared content script: a few hundred bytes that classify the page after its load and ask
    // the background for the launcher (entrypoints/kaspi-classifier.ts; the launcher itself,
    // entrypoints/kaspi.content, has `registration: 'runtime'`).
    content_scripts: [
      { matches: ['https://kaspi.kz/*'], js: ['kaspi-classifier.js'], run_at: 'document_idle' as const },
    ],
    action: { default_title: '__MSG_actionTitle__' },
    // The keyboard shortcut opens the popup (and grants activeTab, like a click): there the buyer saves a
    // screenshot of the page to a case (components/capture/screenshot-section.tsx).
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_captureCommand__',
      },
    },
    // Strict for every extension page (popup, panel, case, archive, background): build/csp.ts says why.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    web_accessible_resources: [
      // The complaint panel is an extension page framed on kaspi.kz, so its data stays in the
      // extension's own IndexedDB and kaspi.kz's CSS cannot reach it.
      { resources: ['panel.html'], matches: ['https://kaspi.kz/*'] },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'shagym@shagym',
              // data_collection_permissions is known from Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
