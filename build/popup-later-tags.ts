import type { Plugin } from 'vite';
import { LATER_TEMPLATE_ID } from '../utils/popup-shell/later';

/**
 * The popup's first screen is drawn by a small classic script at the top of popup.html
 * (entrypoints/popup-shell.ts) before the React app loads. The tags Vite adds to the built popup.html —
 * the app's module script, its module preloads and the style sheets — make the browser fetch and compile
 * all of it while that script is still waiting to run and to read the database: its first line ran
 * ~8 ms later than a blank page's (issue 10, README "The popup against its floor").
 *
 * This step moves those tags, unchanged, into an inert `<template id="shagym-later">` placed just before
 * that script (which looks it up as soon as it runs). The shell adds the style sheets once its database read has started and the app's scripts once
 * the first screen is settled (utils/popup-shell/later.ts): the same tags, only later.
 *
 * The style sheets travel in the page itself: each `<link rel="stylesheet">` becomes, in the template,
 * a `<style data-href="…">` holding that file's CSS (`inlineStyles`), which the shell adopts as a
 * constructed style sheet (utils/popup-shell/later.ts). Loading the two files instead cost ~8 ms of the
 * popup's own time, most of it in the database's answers arriving later while they loaded (session 10,
 * interleaved A/B of 60 opens; README "The popup at 1.4× the blank page").
 *
 * Builds only (the dev server's tags are left alone). If the built popup.html does not have the tags
 * this expects, or a style sheet cannot be carried in the page as it is, the build fails: it is never
 * silently skipped.
 */

/** A tag Vite injects into the built page: the entry module, a module preload, a style sheet. */
const LATER_TAG =
  /[ \t]*<(?:script type="module"[^>]*><\/script>|link rel="(?:modulepreload|stylesheet)"[^>]*>)[ \t]*\r?\n?/g;

/** A style sheet's URL in a tag Vite injected. */
const STYLESHEET_HREF = /^<link rel="stylesheet"[^>]*\shref="([^"]+)"/;

/**
 * What in a style sheet would read differently from inside the page than from its own file, or would
 * end the `<style>` that carries it: a relative `url()` (it would resolve against popup.html, not
 * /assets/), an `@import`, a `</style`.
 */
const NOT_CARRIED = /url\(\s*(?!["']?(?:\/|data:|#))|@import|<\/style/i;

/**
 * Pure: `tag` (a `<link rel="stylesheet">` Vite injected) as a `<style data-href>` with its file's CSS,
 * from `cssOf` (the built file's text by URL). Other tags are returned unchanged. Throws when the CSS
 * cannot be found or carried as it is.
 */
export function inlineStyles(tag: string, cssOf: (href: string) => string | undefined): string {
  const href = STYLESHEET_HREF.exec(tag.trim())?.[1];
  if (!href) return tag;
  const css = cssOf(href);
  if (css === undefined)
    throw new Error(`popup-later-tags: no built style sheet for ${href}: update build/popup-later-tags.ts.`);
  const bad = NOT_CARRIED.exec(css);
  if (bad)
    throw new Error(
      `popup-later-tags: ${href} has "${bad[0]}", which reads differently inside popup.html: update build/popup-later-tags.ts.`,
    );
  return `<style data-href="${href}">${css.trim()}</style>`;
}

/**
 * Pure: popup.html with Vite's tags moved into the template; throws without a module script. With
 * `cssOf`, the style sheets are carried in it (`inlineStyles`).
 */
export function moveLaterTags(html: string, cssOf?: (href: string) => string | undefined): string {
  const tags = html.match(LATER_TAG) ?? [];
  const scripts = tags.filter((t) => t.includes('<script')).length;
  if (scripts !== 1)
    throw new Error(
      `popup-later-tags: expected 1 module script in the built popup.html, found ${scripts}: update build/popup-later-tags.ts.`,
    );
  if (html.includes(`id="${LATER_TEMPLATE_ID}"`))
    throw new Error('popup-later-tags: the template is already there.');
  const rest = html.replace(LATER_TAG, '');
  // Before the first script: the shell's, which looks the template up as soon as it runs.
  const at = rest.search(/[ \t]*<script\b/);
  const headEnd = rest.indexOf('</head>');
  if (at < 0 || headEnd < 0 || at > headEnd)
    throw new Error('popup-later-tags: no classic script in the head of the built popup.html.');
  const indent = /^[ \t]*/.exec(rest.slice(at))![0];
  const kept = cssOf ? tags.map((t) => inlineStyles(t, cssOf)) : tags;
  const template = `${indent}<template id="${LATER_TEMPLATE_ID}">\n${kept.map((t) => `${indent}  ${t.trim()}\n`).join('')}${indent}</template>\n`;
  return rest.slice(0, at) + template + rest.slice(at);
}

/** Whether a built page is the popup's (WXT builds entrypoints/popup/index.html as popup.html). */
export const isPopupPage = (path: string): boolean => /(^|\/)popup(\/index)?\.html$/.test(path);

export function popupLaterTags(): Plugin {
  return {
    name: 'shagym:popup-later-tags',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!isPopupPage(ctx.path)) return html;
        const bundle = ctx.bundle;
        if (!bundle) throw new Error('popup-later-tags: no bundle to take the style sheets from.');
        return moveLaterTags(html, (href) => {
          const asset = bundle[href.replace(/^\//, '')];
          if (asset?.type !== 'asset') return undefined;
          return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        });
      },
    },
  };
}
