/**
 * Every screen uses the design system (components/ui): colours only as tokens, buttons only as its
 * Button / LinkButton, no inline styles, every page in its stylesheet and under its header. A page that
 * writes its own colour or styles its own <button> fails here, with the file and line.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const UI = 'components/ui/';
/**
 * The content script draws on kaspi.kz itself, in closed shadow roots the extension's stylesheet never
 * reaches: its launcher and the panel's frame keep their few colours in their own style blocks.
 */
const CONTENT_SCRIPT = 'entrypoints/kaspi.content/';

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : [path];
  });
}
const ALL = [...files('components'), ...files('entrypoints')].map((f) => relative('.', f));
const SOURCES = ALL.filter((f) => /\.(tsx?|css|html)$/.test(f) && !f.startsWith(CONTENT_SCRIPT));

/** Each line of `file` that matches `re`, as "file:line: text". */
function hits(file: string, re: RegExp): string[] {
  return readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((line, i) =>
      re.test(line.replace(/\/\*.*?\*\/|\/\/.*$/g, '')) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
    );
}

const HEX = /(?<![\w&/-])#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b(?![\w-]*\s*[{,])/;
const FUNC = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/;

describe('every screen uses the design system', () => {
  it('has pages to check', () => {
    expect(SOURCES.filter((f) => f.startsWith('entrypoints/')).length).toBeGreaterThan(10);
    expect(SOURCES).toContain('components/ui/tokens.css');
  });

  it('writes colours only in components/ui/tokens.css', () => {
    const found = SOURCES.filter((f) => f !== `${UI}tokens.css`).flatMap((f) => [
      ...hits(f, HEX),
      ...hits(f, FUNC),
    ]);
    expect(found).toEqual([]);
  });

  it('styles no <button> and no link-as-button outside components/ui, and has no inline styles', () => {
    const tsx = SOURCES.filter((f) => f.endsWith('.tsx') && !f.startsWith(UI));
    const found = tsx.flatMap((f) => [
      ...hits(f, /<button[\s>]/),
      ...hits(f, /className=["'{][^"'}]*\b(?:button|primary|btn)\b/),
      ...hits(f, /\bstyle=\{/),
    ]);
    expect(found).toEqual([]);
  });

  it('uses only tokens that exist', () => {
    const tokens = readFileSync(join(ROOT, UI, 'tokens.css'), 'utf8');
    const defined = new Set([...tokens.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const used = SOURCES.filter((f) => f.endsWith('.css')).flatMap((f) =>
      [...readFileSync(join(ROOT, f), 'utf8').matchAll(/var\((--[\w-]+)/g)].map((m) => `${f}: ${m[1]}`),
    );
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((u) => !defined.has(u.split(': ')[1]!))).toEqual([]);
  });

  it('loads the system on every page and puts each under the app header (mark and name)', () => {
    const pages = ALL.filter((f) => /^entrypoints\/[^/]+\/index\.html$/.test(f))
      .map((f) => f.split('/')[1]!)
      // The report page is the case file the case page prints: the export's report.html, with its own
      // printable style sheet (REPORT_STYLE of utils/archive/report.ts), not a screen of the app.
      .filter((page) => page !== 'report');
    expect(pages.sort()).toEqual(expect.arrayContaining(['archive', 'case', 'panel', 'popup']));
    for (const page of pages) {
      const code = ALL.filter((f) => f.startsWith(`entrypoints/${page}/`) && /\.tsx?$/.test(f))
        .map((f) => readFileSync(join(ROOT, f), 'utf8'))
        .join('\n');
      expect(code, page).toMatch(/import '@\/components\/(?:theme|ui\/ui)\.css'/);
      expect(code, page).toMatch(/<AppHeader\b/);
    }
  });
});

describe('phones: nothing only on hover', () => {
  it('no :hover rule shows, hides or adds anything (a finger cannot hover)', () => {
    const css = SOURCES.filter((f) => f.endsWith('.css')).map(
      (f) => [f, readFileSync(join(ROOT, f), 'utf8')] as const,
    );
    const launcher = readFileSync(join(ROOT, CONTENT_SCRIPT, 'launcher.ts'), 'utf8');
    const rules = [...css, ['launcher.ts', launcher] as const].flatMap(([f, text]) =>
      [...text.matchAll(/([^{}]*:hover[^{}]*)\{([^}]*)\}/g)].map((m) => ({
        f,
        selector: m[1]!.trim(),
        body: m[2]!,
      })),
    );
    expect(rules.length).toBeGreaterThan(2);
    expect(
      rules.filter((r) => /\b(display|visibility|opacity|content|height|width|max-height)\s*:/.test(r.body)),
    ).toEqual([]);
  });
});
