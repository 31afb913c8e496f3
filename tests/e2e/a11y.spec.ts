/**
 * Accessibility, measured: axe-core in real Chromium on every screen — the launcher on a kaspi.kz
 * product page, each of the panel's 7 steps, the popup (empty and with a case), the case page and the
 * archive page — in ru, kk and en, each in the light and the dark colour scheme (prefers-color-scheme,
 * the design system's two sets of tokens). No violation of impact serious or critical is allowed; a
 * table of counts by impact is printed.
 *
 * axe is injected as a string expression through `page.evaluate` (CDP Runtime.evaluate, which the page's
 * CSP does not govern): on the extension pages `page.addScriptTag({ content })` fails, their CSP
 * (script-src 'self') refusing the inline <script>. The same works in the kaspi.kz page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Locator, Page } from '@playwright/test';
import { seededCase } from '../support/cases';
import { clearTables, putRows } from '../support/extension-db';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { LANG_KEY } from '../../utils/settings/keys';
import { expect, launcher, test } from './fixtures';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LANGS = ['ru', 'kk', 'en'] as const;
const SCHEMES = ['light', 'dark'] as const;
const STEPS = ['order', 'problem', 'remedy', 'story', 'proof', 'texts', 'channel'] as const;
const IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;

interface Violation {
  id: string;
  impact: (typeof IMPACTS)[number] | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe on the page (or only inside `include`) and returns its violations; fails when axe found no
 * rule to pass (nothing was checked: a wrong `include`, an empty page).
 */
async function axe(target: Page | Frame, include?: string): Promise<Violation[]> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (include) => {
    const run = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run;
    const result = (await run(include ? { include: [[include]] } : document, {
      resultTypes: ['violations'],
    })) as { violations: Violation[]; passes: unknown[] };
    if (result.passes.length === 0)
      throw new Error(`axe checked nothing in ${String(include ?? 'document')}`);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, include);
}

/**
 * The launcher's button lives in a CLOSED shadow root, which axe cannot enter (it builds its tree from
 * the document). Its two rules that apply to a lone button are checked here instead, on the real element
 * found through the DevTools protocol: `button-name` (critical; from the browser's accessibility tree)
 * and `color-contrast` (serious; WCAG AA 4.5:1 from the computed colours).
 */
async function launcherChecks(page: Page): Promise<Violation[]> {
  interface DomNode {
    nodeId: number;
    backendNodeId: number;
    localName?: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
  }
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (n: DomNode, inLauncher = false): DomNode | null => {
      if (inLauncher && n.localName === 'button') return n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
        const found = find(c, inLauncher || n.localName === 'shagym-launcher');
        if (found) return found;
      }
      return null;
    };
    const button = find(root);
    if (!button) throw new Error('no launcher button');
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', {
      backendNodeId: button.backendNodeId,
      fetchRelatives: false,
    })) as { nodes: { role?: { value?: string }; name?: { value?: string } }[] };
    const ax = nodes[0];
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: button.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      returnByValue: true,
      functionDeclaration: `function () {
        const rgb = (c) => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
        const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
        const s = getComputedStyle(this);
        const a = lum(rgb(s.color)), b = lum(rgb(s.backgroundColor));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      }`,
    });
    const out: Violation[] = [];
    if (ax?.role?.value !== 'button' || !ax.name?.value?.trim())
      out.push({
        id: 'button-name',
        impact: 'critical',
        help: 'The launcher needs a name',
        nodes: [{ target: ['launcher'] }],
      });
    if ((result.value as number) < 4.5)
      out.push({
        id: 'color-contrast',
        impact: 'serious',
        help: `Contrast ${String(result.value)}`,
        nodes: [{ target: ['launcher'] }],
      });
    return out;
  } finally {
    await cdp.detach();
  }
}

test.describe.configure({ timeout: 300_000 });

test('axe: no serious or critical violation on any screen, in ru, kk and en, light and dark', async ({
  context,
  extensionId,
  sw,
}) => {
  const base = `chrome-extension://${extensionId}`;
  const kase = seededCase({ description: 'Шов разошёлся после первой стирки.' });
  const rows: { screen: string; lang: string; counts: Record<string, number> }[] = [];
  const bad: { screen: string; lang: string; violation: Violation }[] = [];
  const record = (screen: string, lang: string, violations: Violation[]) => {
    const counts = Object.fromEntries(IMPACTS.map((i) => [i, 0]));
    for (const v of violations) {
      counts[v.impact ?? 'minor']! += v.nodes.length;
      if (v.impact === 'serious' || v.impact === 'critical') bad.push({ screen, lang, violation: v });
    }
    rows.push({ screen, lang, counts });
  };
  const page = await context.newPage();
  const visible = (locator: Locator) => expect(locator.first()).toBeVisible();

  for (const scheme of SCHEMES)
    for (const lang of LANGS) {
      // No colour transitions while axe reads the colours (a tab switched a moment ago is mid-fade otherwise).
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const tag = scheme === 'light' ? lang : `${lang}/dark`;
      await sw.evaluate(
        ([key, value]) =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
          ).chrome.storage.local.set({ [key]: value }),
        [LANG_KEY, lang] as const,
      );

      // The popup, empty (its database is created by the first page that opens it).
      await page.goto(`${base}/popup.html`);
      await visible(page.locator('main'));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await clearTables(page, ['cases']);
      await page.reload();
      await visible(page.locator('main'));
      record('popup (empty)', tag, await axe(page));
      await putRows(page, 'cases', [kase]);
      await page.reload();
      await visible(page.locator('.case-item'));
      record('popup (cases)', tag, await axe(page));

      // The launcher on a product page: only our button counts (inside its closed shadow root).
      await page.goto(REAL_PRODUCTS[2]!.url);
      await visible(launcher(page));
      record('launcher', tag, await launcherChecks(page));

      // Each step of the panel, opened as a tab on the seeded case.
      for (const step of STEPS) {
        await page.goto(`${base}/panel.html?case=${kase.id}&step=${step}`);
        await visible(page.locator(`h2[data-step="${step}"]`));
        record(`panel: ${step}`, tag, await axe(page));
        if (step === 'texts') {
          // The claim letter's tab, with the buyer's fields it asks for.
          await page.locator('[data-text="claim-letter"]').click();
          await visible(page.locator('input[name="buyerName"]'));
          record('panel: texts/claim', tag, await axe(page));
        }
      }

      await page.goto(`${base}/case.html?id=${kase.id}`);
      await visible(page.locator('section.evidence'));
      if (lang === LANGS[0] && scheme === SCHEMES[0]) {
        // With a file in the evidence list (kept for the other languages).
        await page.locator('input[name="evidence-files"]').setInputFiles({
          name: 'шов.jpg',
          mimeType: 'image/jpeg',
          buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
        });
      }
      await visible(page.locator('.evidence-item'));
      record('case page', tag, await axe(page));

      await page.goto(`${base}/archive.html`);
      await visible(page.locator('input[name="archive"]'));
      record('archive page', tag, await axe(page));
      // An error shown: a file that is not a ZIP.
      await page.locator('input[name="archive"]').setInputFiles({
        name: 'photo.zip',
        mimeType: 'application/zip',
        buffer: Buffer.from('not a zip'),
      });
      await visible(page.locator('.notice--error'));
      record('archive: error', tag, await axe(page));
    }

  const table = [
    ['screen', 'lang', ...IMPACTS].join('\t'),
    ...rows.map((r) =>
      [r.screen.padEnd(19), r.lang.padEnd(7), ...IMPACTS.map((i) => r.counts[i])].join('\t'),
    ),
  ].join('\n');
  console.log(`axe violations (nodes) by impact:\n${table}`);
  const detail = bad.map(
    (b) =>
      `${b.screen} [${b.lang}] ${b.violation.impact} ${b.violation.id}: ${b.violation.help}\n` +
      b.violation.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n'),
  );
  expect(bad.length, detail.join('\n')).toBe(0);
});
