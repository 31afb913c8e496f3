/**
 * How the popup is styled, read in the page (Playwright and puppeteer both pass it to `evaluate`): its
 * adopted style sheets (the ones popup.html carries, build/popup-later-tags.ts), the style sheets it
 * links and loads, and what their rules give. Self-contained: it runs in the page.
 */
export function popupStyles() {
  return {
    adopted: document.adoptedStyleSheets.length,
    // the style sheets linked and loaded: not the carried files (their disabled links load nothing), only
    // a style sheet the app's own chunks import
    loaded: Array.from(
      document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])'),
    ).map((link) => /\/assets\/([a-z]+)-/.exec(link.href)?.[1]),
    // theme.css's accent and popup.css's sticky header
    accent: getComputedStyle(document.documentElement).getPropertyValue('--c-accent').trim(),
    header: getComputedStyle(document.querySelector('.top')!).position,
  };
}
