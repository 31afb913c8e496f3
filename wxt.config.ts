import { defineConfig } from 'wxt';

/**
 * One source for both browsers. Chrome gets MV3 with a service worker; Firefox gets MV3 with an event
 * page (`npm run build:firefox` passes --mv3). See README "Why MV3 in Firefox too".
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a newcomer can follow every name to its file.
  imports: false,
  vite: () => ({
    esbuild: { jsx: 'automatic' },
    build: { chunkSizeWarningLimit: 800 },
  }),
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
    // scripting: the launcher is injected on complaint surfaces after the page has loaded.
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    // kaspi.kz only — never <all_urls>.
    host_permissions: ['https://kaspi.kz/*'],
    // The one declared content script: a few hundred bytes that classify the page after its load and ask
    // the background for the launcher (entrypoints/kaspi-classifier.ts; the launcher itself,
    // entrypoints/kaspi.content, has `registration: 'runtime'`).
    content_scripts: [
      { matches: ['https://kaspi.kz/*'], js: ['kaspi-classifier.js'], run_at: 'document_idle' as const },
    ],
    action: { default_title: '__MSG_actionTitle__' },
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
