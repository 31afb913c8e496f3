import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allFacts, factsMarkdown } from '@/utils/facts/registry';

describe('docs/facts.md', () => {
  it('is the registry of facts as a table (regenerate with -u after changing a fact)', async () => {
    await expect(factsMarkdown()).toMatchFileSnapshot('../../../docs/facts.md');
  });

  it('every fact has a source with a day it was checked and a status', () => {
    const rows = allFacts();
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) {
      expect(r.source.title.length, r.fact).toBeGreaterThan(5);
      expect(r.source.checkedOn, r.fact).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(['official', 'kaspi', 'secondary', 'seed-guide', 'unconfirmed']).toContain(r.source.status);
    }
  });

  it('lists what could not be confirmed as such', () => {
    const doc = readFileSync(new URL('../../../docs/facts.md', import.meta.url), 'utf8');
    expect(doc).toMatch(/Article 190\(5\).*NOT confirmed.*not citable/);
    expect(doc).toMatch(/Calculation of periods.*not citable/i);
    expect(doc).not.toMatch(/q12932/);
  });
});

describe('article numbers live in utils/facts/law.ts only', () => {
  it('letters and rules write no article number of their own', () => {
    for (const file of ['utils/letters/build.ts', 'utils/letters/phrases.ts', 'utils/deadlines/rules.ts']) {
      const src = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
      // "статье 42-4", "42-4-бабы", "Article 30(1)" written as literals rather than from cite().
      expect(src, file).not.toMatch(/(статьи|статье|статья|Article) \d/);
      expect(src, file).not.toMatch(/\d+-ба[бп]/);
    }
  });
});
