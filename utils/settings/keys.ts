/** storage.local keys, in a module of their own so that code without the polyfill can import them. */

/** The buyer's language choice (see language.ts). */
export const LANG_KEY = 'settings.lang';
