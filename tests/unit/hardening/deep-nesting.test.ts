import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readKaspiPage } from '@/utils/kaspi/read-page';

/**
 * Issue 13, item 8: reading a page with 100,000-deep nesting took seconds, because every link checked
 * for visibility walked all its ancestors again. Counted, not timed: each element inspected is asked
 * hasAttribute('hidden') once, so the count must grow with the depth, not with depth × links.
 * (linkedom: jsdom itself recurses once per level when building such a tree.)
 */
describe('visibility check on a 100,000-deep page', () => {
  it('inspects each ancestor about once, however many links sit at the bottom', () => {
    const DEPTH = 100_000;
    const LINKS = 150;
    const url = 'https://kaspi.kz/shop/order/612345678/';
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    let parent: Element = document.body;
    for (let i = 0; i < DEPTH; i++) {
      const div = document.createElement('div');
      parent.appendChild(div);
      parent = div;
    }
    const p = document.createElement('p');
    p.textContent = 'Заказ № 612345678';
    parent.appendChild(p);
    for (let i = 0; i < LINKS; i++) {
      const a = document.createElement('a');
      a.setAttribute('href', `/shop/p/item-${100000000 + i}/`);
      a.textContent = `Товар ${i}`;
      parent.appendChild(a);
    }

    // Count hasAttribute('hidden') on the prototype that defines it (a plain wrapper: cheap enough
    // that the old code, with LINKS × DEPTH calls, still ends).
    let proto: object | null = document.body;
    while (proto && !Object.prototype.hasOwnProperty.call(proto, 'hasAttribute'))
      proto = Object.getPrototypeOf(proto) as object | null;
    const owner = proto as { hasAttribute: (name: string) => boolean };
    const original = owner.hasAttribute;
    let calls = 0;
    owner.hasAttribute = function (this: Element, name: string) {
      if (name === 'hidden') calls++;
      return original.call(this, name);
    };
    let page;
    try {
      page = readKaspiPage(url, document as unknown as Document);
    } finally {
      owner.hasAttribute = original;
    }

    expect(page.kind).toBe('order');
    // One walk for the text, one for the links' ancestors, a little per link. The old check walked
    // every ancestor for every link: about LINKS × DEPTH = 15,000,000.
    expect(calls).toBeLessThan(4 * DEPTH);
  }, 120_000);
});
