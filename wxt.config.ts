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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Shagym',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // storage: settings shared with the content script; alarms + notifications: deadline reminders.
    permissions: ['storage', 'alarms', 'notifications'],
    // kaspi.kz only — never <all_urls>.
    host_permissions: ['https://kaspi.kz/*'],
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
