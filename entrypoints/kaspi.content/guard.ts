/**
 * Our host elements on kaspi.kz (launcher, panel) live in CLOSED shadow roots, so page scripts cannot
 * reach the button or the iframe inside. The host itself stays in the page's DOM: its look is pinned by
 * `:host { all: initial !important; … }` in the shadow tree (important declarations from the shadow
 * context beat the page's, inline `!important` included), and anything the page sets on the host —
 * a style attribute, `inert`, `hidden`, `popover`, classes — is taken off again at once by an
 * observer that watches the host only (not the page).
 */
export function guardHost(host: HTMLElement, ours: Record<string, string>): () => void {
  const restore = () => {
    for (const { name } of Array.from(host.attributes)) if (!(name in ours)) host.removeAttribute(name);
    for (const [name, value] of Object.entries(ours))
      if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  };
  const observer = new MutationObserver(restore);
  observer.observe(host, { attributes: true });
  return () => observer.disconnect();
}

/** Host CSS shared by the launcher and the panel: nothing inherited, nothing the page can change. */
export const HOST_CSS = `all: initial !important; display: block !important; position: fixed !important;
  opacity: 1 !important; visibility: visible !important; transform: none !important; filter: none !important;
  clip-path: none !important; mix-blend-mode: normal !important; pointer-events: auto !important;`;

/**
 * Hides a host while a screenshot is taken (issue 11): a rule in its own shadow root, after HOST_CSS,
 * so it wins over it (the page cannot do this, and an iframe kept in place is not reloaded). Opacity,
 * not visibility: the shadow tree's `all: initial` would make its children visible again.
 */
export function hider(root: ShadowRoot): (hidden: boolean) => void {
  const style = document.createElement('style');
  style.textContent = ':host { opacity: 0 !important; pointer-events: none !important; }';
  return (hidden) => {
    if (hidden) root.append(style);
    else style.remove();
  };
}
