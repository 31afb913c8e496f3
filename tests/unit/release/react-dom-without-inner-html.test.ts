// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXPECTED_ASSIGNMENTS,
  REACT_DOM_CLIENT,
  REPLACEMENT,
  reactDomWithoutInnerHtml,
  removeInnerHtml,
} from '../../../build/react-dom-without-inner-html';

const require = createRequire(import.meta.url);
/** The file the build really patches: React DOM's production client, as installed. */
const CLIENT_PATH = join(
  dirname(require.resolve('react-dom/client')),
  'cjs',
  'react-dom-client.production.js',
);
const CLIENT = readFileSync(CLIENT_PATH, 'utf8');

/** What addons.mozilla.org's linter flags: an innerHTML assignment of anything but a string literal. */
const VARIABLE_INNER_HTML = /\.innerHTML\s*=(?!=)\s*[^\s"'`]/g;

/** Runs a CommonJS React DOM client source and returns its exports (React and the scheduler from node_modules). */
function load(source: string): typeof import('react-dom/client') {
  const module = { exports: {} };
  new Function('module', 'exports', 'require', 'process', source)(module, module.exports, require, {
    env: { NODE_ENV: 'production' },
  });
  return module.exports as typeof import('react-dom/client');
}

async function render(client: typeof import('react-dom/client'), element: unknown): Promise<HTMLElement> {
  const { act } = await import('react');
  const container = document.createElement('div');
  const root = client.createRoot(container);
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  await act(async () => root.render(element as never));
  return container;
}

describe('build/react-dom-without-inner-html', () => {
  it('matches the file a build resolves react-dom/client to', () => {
    expect(REACT_DOM_CLIENT.test(CLIENT_PATH)).toBe(true);
  });

  it('the installed React DOM has the two innerHTML assignments web-ext lint flags; patched, none is left', () => {
    expect(CLIENT.match(VARIABLE_INNER_HTML)).toHaveLength(EXPECTED_ASSIGNMENTS);
    const patched = removeInnerHtml(CLIENT);
    expect(patched.match(VARIABLE_INNER_HTML)).toBeNull();
    expect(patched.split(REPLACEMENT)).toHaveLength(EXPECTED_ASSIGNMENTS + 1);
    // Only those two lines changed.
    expect(patched.length - CLIENT.length).toBe(
      EXPECTED_ASSIGNMENTS * (REPLACEMENT.length - '(domElement.innerHTML = key)'.length),
    );
  });

  it('the patched React DOM renders as before, and dangerouslySetInnerHTML throws instead of writing HTML', async () => {
    const { createElement } = await import('react');
    const patched = load(removeInnerHtml(CLIENT));
    const ok = await render(patched, createElement('p', { title: 't', style: { margin: 0 } }, 'text <b>'));
    expect(ok.innerHTML).toBe('<p title="t" style="margin: 0px;">text &lt;b&gt;</p>');

    const html = createElement('div', {
      dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' },
    });
    // Unpatched, React writes the HTML (what the transform removes).
    const unpatched = await render(load(CLIENT), html);
    expect(unpatched.querySelector('img')).not.toBeNull();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => {
      errors.push(e.error);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    const spy = console.error;
    console.error = () => undefined;
    try {
      const container = await render(patched, html).catch((e: unknown) => {
        errors.push(e);
        return null;
      });
      expect(container?.querySelector('img') ?? null).toBeNull();
    } finally {
      window.removeEventListener('error', onError);
      console.error = spy;
    }
    expect(String(errors[0] ?? '')).toMatch(/dangerouslySetInnerHTML is not supported/);
  });

  it('fails when React DOM changes: the assignments missing, one more, or one outside its branch', () => {
    expect(() => removeInnerHtml('function f(){}')).toThrow(/expected 2 .* found 0/);
    const three = `${CLIENT}\ncase "dangerouslySetInnerHTML": (domElement.innerHTML = key);`;
    expect(() => removeInnerHtml(three)).toThrow(/found 3/);
    const outside =
      'switch (k) { case "dangerouslySetInnerHTML": (domElement.innerHTML = key); break; case "other": (domElement.innerHTML = key); }';
    expect(() => removeInnerHtml(outside)).toThrow(/outside a dangerouslySetInnerHTML branch/);
    expect(() =>
      removeInnerHtml(
        `${outside.replace('case "other": ', 'case "dangerouslySetInnerHTML": ')}; el.innerHTML = v;`,
      ),
    ).toThrow(/still assigns innerHTML/);
  });

  it('as a Vite plugin: patches only the file itself, and fails a build that bundles React DOM without it', () => {
    const plugin = reactDomWithoutInnerHtml();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const buildStart = plugin.buildStart as () => void;
    const buildEnd = plugin.buildEnd as (this: { error(m: string): never }, e?: Error) => void;
    const ctx = {
      error(message: string): never {
        throw new Error(message);
      },
    };
    buildStart();
    expect(transform(CLIENT, `${CLIENT_PATH}?commonjs-exports`)).toBeNull();
    expect(transform(CLIENT, CLIENT_PATH)!.code.match(VARIABLE_INNER_HTML)).toBeNull();
    expect(() => buildEnd.call(ctx)).not.toThrow();

    buildStart();
    // React DOM is bundled from a file the pattern does not know (a renamed client, say).
    expect(
      transform('module.exports = {}', '/x/node_modules/react-dom/cjs/react-dom-client.prod.js'),
    ).toBeNull();
    expect(() => buildEnd.call(ctx)).toThrow(/React DOM is bundled but its production client/);

    buildStart();
    // A build without React DOM (the content script's) is left alone.
    expect(() => buildEnd.call(ctx)).not.toThrow();
  });
});
