// @vitest-environment jsdom
/**
 * The popup's remembered first screen (utils/popup-shell): a rendered popup survives the round trip
 * exactly; what is read back from storage builds only our own tags, attributes and links, as text.
 * The database check is in shell-db.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  LIMITS,
  buildElement,
  parseSnapshot,
  serializeElement,
  type ShellElement,
  type ShellSnapshot,
} from '@/utils/popup-shell/snapshot';
import { stringsFor } from './shell-strings';
import {
  MAX_SHELL_CHARS,
  SHELL_KEY,
  clearShell,
  readShell,
  shellStamp,
  writeShell,
} from '@/utils/popup-shell/storage';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const opts = { origin: ORIGIN, maxListItems: 2 };

/** What React renders for the popup (entrypoints/popup/popup.tsx, components/case-row.tsx), in short. */
function renderedPopup(): HTMLElement {
  const main = document.createElement('main');
  main.append(Object.assign(document.createElement('div'), { className: 'top' }));
  const top = main.firstElementChild!;
  const h1 = document.createElement('h1');
  h1.textContent = 'Мои жалобы';
  const search = document.createElement('input');
  search.type = 'search';
  search.name = 'q';
  search.setAttribute('placeholder', 'Заказ, товар или продавец');
  search.setAttribute('autocomplete', 'off');
  search.value = 'typed';
  const filter = document.createElement('select');
  filter.name = 'filter';
  for (const [value, label] of [
    ['all', 'Все (3)'],
    ['drafts', 'Черновики (1)'],
  ] as const) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    filter.append(o);
  }
  filter.value = 'drafts';
  top.append(h1, search, filter);
  const notice = document.createElement('p');
  notice.className = 'notice notice--error';
  notice.setAttribute('data-shell-skip', '');
  notice.textContent = 'Уведомления выключены';
  const list = document.createElement('ul');
  list.className = 'cases';
  list.setAttribute('aria-label', 'Жалобы, сначала срочные');
  for (const n of [1, 2, 3]) {
    const li = document.createElement('li');
    li.className = 'case-item case-item--overdue';
    li.dataset.caseId = `id-${n}`;
    li.dataset.urgency = 'overdue';
    const a = document.createElement('a');
    a.href = `${ORIGIN}/case.html?id=id-${n}`;
    const title = document.createElement('span');
    title.className = 'title';
    // Page text: it must come back as text.
    title.textContent = `Товар ${n} <img src=x onerror=alert(1)>`;
    const mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '⚠';
    const time = document.createElement('time');
    time.setAttribute('datetime', '2026-11-20');
    time.textContent = 'срок был до 20 ноября 2026 г.';
    a.append(title, mark, ' ', time);
    li.append(a);
    list.append(li);
  }
  main.append(notice, list);
  return main;
}

describe('serializeElement → buildElement', () => {
  it('builds the rendered first screen again, exactly: first items only, skipped parts left out', () => {
    const main = renderedPopup();
    const tree = serializeElement(main, opts)!;
    const built = buildElement(JSON.parse(JSON.stringify(tree)), document, ORIGIN)!;

    const expected = main.cloneNode(true) as HTMLElement;
    expected.querySelector('[data-shell-skip]')!.remove();
    expected.querySelector('ul')!.lastElementChild!.remove();
    expect(built.outerHTML).toBe(expected.outerHTML);
    expect(built.querySelectorAll('li')).toHaveLength(2);
    expect(built.querySelector('.title')!.textContent).toBe('Товар 1 <img src=x onerror=alert(1)>');
    expect(built.querySelector('img')).toBeNull();
    // Form state is a property, not an attribute: kept too.
    expect(built.querySelector('input')!.value).toBe('typed');
    expect(built.querySelector('select')!.value).toBe('drafts');
    expect(built.querySelector('a')!.getAttribute('href')).toBe(`${ORIGIN}/case.html?id=id-1`);
  });

  it('leaves out attributes and links that are not ours when serializing', () => {
    const p = document.createElement('p');
    p.setAttribute('onclick', 'alert(1)');
    p.setAttribute('style', 'color:red');
    p.setAttribute('data-field', 'x');
    const a = document.createElement('a');
    a.href = 'https://evil.example/';
    p.append(a);
    expect(serializeElement(p, opts)).toEqual({ t: 'p', a: { 'data-field': 'x' }, c: [{ t: 'a' }] });
    expect(serializeElement(document.createElement('script'), opts)).toBeNull();
  });
});

describe('buildElement on untrusted data', () => {
  const build = (tree: unknown) => buildElement(tree, document, ORIGIN);

  it('builds nothing from a tag that is not ours', () => {
    for (const t of ['script', 'iframe', 'img', 'object', 'style', 'svg', 'SCRIPT', 'template']) {
      expect(build({ t: 'div', c: [{ t }] }), t).toBeNull();
    }
  });

  it('drops event handlers, styles, foreign and javascript: links', () => {
    const el = build({
      t: 'a',
      a: {
        onclick: 'alert(1)',
        onmouseover: 'alert(1)',
        style: 'background:url(x)',
        href: 'javascript:alert(1)',
        class: 'ok',
      },
    })!;
    expect(el.outerHTML).toBe('<a class="ok"></a>');
    expect(build({ t: 'a', a: { href: 'chrome-extension://another/case.html' } })!.outerHTML).toBe('<a></a>');
    // A look-alike origin: the check is on "<origin>/", not a prefix of the id.
    expect(build({ t: 'a', a: { href: `${ORIGIN}x/case.html` } })!.outerHTML).toBe('<a></a>');
  });

  it('keeps markup-looking text as text', () => {
    const el = build({ t: 'p', c: ['<script>alert(1)</script>', { t: 'strong', c: ['&lt;b&gt;'] }] })!;
    expect(el.children).toHaveLength(1);
    expect(el.textContent).toBe('<script>alert(1)</script>&lt;b&gt;');
  });

  it('rejects wrong shapes, and anything too deep or too big', () => {
    for (const bad of [
      null,
      'text at the top',
      [],
      { t: 42 },
      { t: 'div', a: [] },
      { t: 'div', a: { class: 1 } },
      { t: 'div', c: 'not a list' },
      { t: 'div', c: [null] },
      { t: 'input', v: 5 },
      { t: 'div', a: { class: 'x'.repeat(LIMITS.text + 1) } },
      { t: 'p', c: ['x'.repeat(LIMITS.text + 1)] },
    ]) {
      expect(build(bad), JSON.stringify(bad)?.slice(0, 60)).toBeNull();
    }
    let deep: ShellElement = { t: 'span' };
    for (let i = 0; i < LIMITS.depth + 1; i++) deep = { t: 'span', c: [deep] };
    expect(build(deep)).toBeNull();
    expect(build({ t: 'ul', c: Array.from({ length: LIMITS.nodes }, () => ({ t: 'li' })) })).toBeNull();
    expect(build({ t: 'ul', c: Array.from({ length: 100 }, () => ({ t: 'li' })) })).not.toBeNull();
  });
});

describe('stored snapshot', () => {
  const stamp = shellStamp('0.1.0');
  let snapshot: ShellSnapshot;
  beforeEach(async () => {
    localStorage.clear();
    snapshot = {
      stamp,
      lang: 'ru',
      title: 'Shagym — Мои жалобы',
      tree: { t: 'main' },
      strings: await stringsFor('ru'),
    };
  });

  it('is read back only for the same version, on any day', () => {
    writeShell(snapshot);
    expect(readShell(stamp)).toEqual(snapshot);
    expect(readShell(shellStamp('0.2.0'))).toBeNull();
    clearShell();
    expect(readShell(stamp)).toBeNull();
  });

  it('ignores damaged or oversized entries', () => {
    for (const raw of ['{', 'null', '[]', JSON.stringify({ ...snapshot, strings: null })]) {
      localStorage.setItem(SHELL_KEY, raw);
      expect(readShell(stamp), raw).toBeNull();
    }
    for (const bad of [
      { lang: 7 },
      { title: null },
      { tree: 'main' },
      { strings: { ...snapshot.strings, order: ['Заказ № '] } },
      { strings: { ...snapshot.strings, status: { open: 5 } } },
      { strings: { ...snapshot.strings, inDays: {} } },
      { strings: { ...snapshot.strings, filters: { all: 'Все' } } },
    ]) {
      expect(parseSnapshot({ ...snapshot, ...bad }, stamp), JSON.stringify(bad).slice(0, 80)).toBeNull();
    }
    localStorage.setItem(SHELL_KEY, JSON.stringify({ ...snapshot, title: 'x'.repeat(MAX_SHELL_CHARS) }));
    expect(readShell(stamp)).toBeNull();
    // Too big to keep: not written (and an older one is not left behind).
    writeShell(snapshot);
    writeShell({ ...snapshot, title: 'x'.repeat(MAX_SHELL_CHARS) });
    expect(localStorage.getItem(SHELL_KEY)).toBeNull();
  });
});
