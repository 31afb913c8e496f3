/**
 * How the popup is styled, read in the page (Playwright and puppeteer both pass it to `evaluate`): its
 * adopted style sheets (the ones popup.html carries, build/popup-later-tags.ts), the style sheets it
 * links and loads, and what their rules give. Self-contained: it runs in the page.
 */
export function popupStyles() {
  return {
    adopted: document.adoptedStyleSheets.length,
    // the carried files are not linked (a disabled link loads nothing); a style sheet the app imports is
    loaded: Array.from(
      document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])'),
    ).map((link) => /\/assets\/([a-z]+)-/.exec(link.href)?.[1]),
    // theme.css's accent and popup.css's sticky header
    accent: getComputedStyle(document.documentElement).getPropertyValue('--c-accent').trim(),
    header: getComputedStyle(document.querySelector('.top')!).position,
  };
}
