/**
 * What a kaspi.kz page script does to our launcher, shared by the Chromium and Firefox frame-guard specs.
 * Runs in the page (`page.evaluate(clickLauncherAsPage, n)`): it must not use anything from this module.
 */
export function clickLauncherAsPage(times: number): void {
  // Everything a page script can reach: the host, and the button if the shadow root let it.
  const host = document.querySelector('shagym-launcher') as HTMLElement;
  const button = host.shadowRoot?.querySelector('button');
  for (let i = 0; i < times; i++) {
    host.click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 5, clientY: 5 }));
    button?.click();
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  }
}
