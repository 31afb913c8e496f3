/**
 * The tags the build moves out of popup.html into an inert template (build/popup-later-tags.ts): the
 * style sheets and the React app's module script with its preloads. The first screen's script
 * (entrypoints/popup-shell.ts) adds them back: the style sheets once its database read has started,
 * the app once the first screen is settled. Without the template (the dev server), there is nothing to
 * add: the tags are in the page as usual.
 *
 * The build carries the style sheets in the template as `<style data-href>` (their files' CSS): they are
 * adopted as constructed style sheets, which loads nothing. Only links and scripts of this extension's
 * own pages are added, as new elements (no markup is parsed).
 */

/** The template's id in the built popup.html. */
export const LATER_TEMPLATE_ID = 'shagym-later';

export interface LaterTags {
  /** Adds the style sheets (once). */
  addStyles(): void;
  /** Adds the module preloads and the app's module script (once). */
  addScripts(): void;
}

/** A URL of this page's own origin, or null. */
function ownUrl(value: string | null, doc: Document): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, doc.baseURI);
    const own = new URL(doc.baseURI);
    // Scheme and host, not `origin`: that of a chrome-extension: URL is "null" outside the browser.
    return url.protocol === own.protocol && url.host === own.host ? url.href : null;
  } catch {
    return null;
  }
}

export function laterTags(doc: Document): LaterTags {
  const template = doc.getElementById(LATER_TEMPLATE_ID);
  const tags = template instanceof HTMLTemplateElement ? Array.from(template.content.children) : [];
  /** Copies of the kept tags: links before scripts, so that the preloads start first. */
  const copies = (keep: (tag: Element) => boolean): Element[] =>
    [
      ...tags.filter((t) => keep(t) && t.localName === 'link'),
      ...tags.filter((t) => keep(t) && t.localName !== 'link'),
    ].flatMap((tag) => {
      const isScript = tag.localName === 'script';
      const url = ownUrl(tag.getAttribute(isScript ? 'src' : 'href'), doc);
      if (!url) return [];
      const copy = doc.createElement(tag.localName);
      if (isScript) {
        (copy as HTMLScriptElement).type = 'module';
        (copy as HTMLScriptElement).src = url;
      } else {
        (copy as HTMLLinkElement).rel = tag.getAttribute('rel') ?? '';
        (copy as HTMLLinkElement).href = url;
      }
      if (tag.hasAttribute('crossorigin')) copy.setAttribute('crossorigin', '');
      return [copy];
    });
  const once = (keep: (tag: Element) => boolean) => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      doc.head.append(...copies(keep));
    };
  };
  const rel = (tag: Element) => tag.getAttribute('rel');
  const addLinks = once((tag) => tag.localName === 'link' && rel(tag) === 'stylesheet');
  let adopted = false;
  return {
    addStyles: () => {
      addLinks();
      if (adopted) return;
      adopted = true;
      adoptStyles(
        doc,
        tags.filter((t): t is HTMLStyleElement => t.localName === 'style'),
      );
    },
    addScripts: once(
      (tag) =>
        (tag.localName === 'link' && rel(tag) === 'modulepreload') ||
        (tag.localName === 'script' && tag.getAttribute('type') === 'module'),
    ),
  };
}

/**
 * The carried style sheets (`<style data-href>` in the template), in their order, adopted as constructed
 * style sheets: CSP's `style-src 'self'` (build/csp.ts) allows no `<style>` in the page, and does not
 * govern constructed sheets; the CSS is the extension's own, from its own popup.html. Where a sheet cannot
 * be constructed (a browser without constructable style sheets), the file it came from is linked instead.
 */
function adoptStyles(doc: Document, styles: HTMLStyleElement[]): void {
  if (!styles.length) return;
  /** Links each carried style sheet's file: disabled, it only says that the sheet is there. */
  const link = (disabled: boolean) => {
    for (const style of styles) {
      const href = style.dataset.href ?? null;
      const url = ownUrl(href, doc);
      if (!href || !url) continue;
      const tag = doc.createElement('link');
      tag.rel = 'stylesheet';
      tag.disabled = disabled;
      // Disabled, as the page's own URL (what the app's loader looks for); else in full.
      tag.setAttribute('href', disabled ? href : url);
      doc.head.append(tag);
    }
  };
  try {
    const View = doc.defaultView as (Window & typeof globalThis) | null;
    if (!View?.CSSStyleSheet) throw new Error('no constructable style sheets');
    const sheets = styles.map((style) => {
      const sheet = new View.CSSStyleSheet();
      sheet.replaceSync(style.textContent ?? '');
      return sheet;
    });
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, ...sheets];
    // The app's module loader (Vite's preload helper) links a style sheet its chunks import unless the
    // page has a `link[href="…"][rel="stylesheet"]` for it: a disabled one says so and loads nothing.
    link(true);
  } catch {
    link(false);
  }
}

/**
 * Resolves once the page has painted what is on it now (the first screen), so that compiling the app
 * does not hold that paint back; at the latest after `maxMs` (no frames come to a hidden page).
 */
export function afterNextPaint(maxMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * Resolves once the page's first contentful paint is on screen (its `paint` timing entry, reported
 * when the frame is presented), so that compiling the app and reading the rest do not take the CPU
 * from rastering the first screen: a frame committed by the main thread is not yet on screen. At the
 * latest after `maxMs`; where paint timing is not observable, after the next paint (afterNextPaint).
 * Measured (session 9, .tmp A/B of 60 interleaved opens): the list's first contentful paint came
 * 16 ms sooner than with the app added after the next frame (136 vs 152 ms from navigation start).
 */
export function afterFirstContentfulPaint(maxMs = 250): Promise<void> {
  if (
    typeof PerformanceObserver !== 'function' ||
    !PerformanceObserver.supportedEntryTypes?.includes('paint')
  )
    return afterNextPaint(maxMs);
  return new Promise((resolve) => {
    let observer: PerformanceObserver | null = null;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/**
 * Keeps the page from being rendered until the first screen is drawn or known not to be: the buyer sees
 * no empty page before the list, and the frames the browser would make of the empty page (style, layout,
 * paint and commit, with the style sheets arriving meanwhile) do not hold up the main thread while the
 * database answers. Measured (session 9, three interleaved A/B runs of 60–80 opens, .tmp/ab3.mjs): the
 * render mark 5–10 ms sooner, the first contentful paint 4–8 ms sooner. Returns what shows the page
 * again (any number of calls).
 */
export function holdRendering(doc: Document): () => void {
  const root = doc.documentElement;
  root.style.setProperty('display', 'none');
  return () => root.style.removeProperty('display');
}

/** `settling`, or `fallback` after `maxMs` if it has not settled by then. */
export function within<T>(settling: Promise<T>, maxMs: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), maxMs);
    const done = (value: T) => {
      clearTimeout(timer);
      resolve(value);
    };
    settling.then(done, () => done(fallback));
  });
}
