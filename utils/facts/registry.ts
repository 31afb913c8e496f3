import { PROBLEM_KINDS } from '../cases/schema';
import { CHANNEL_ORDER, CHANNELS_INFO, SUPPORT_REVIEW_TIMES } from '../channels/channels';
import {
  CLAIM_DELIVERY_ALLOWANCE,
  DEADLINE_KINDS,
  DEADLINE_RULES,
  SUPPORT_ANSWER_VARIANTS,
} from '../deadlines/rules';
import { proofChecklist } from '../proof/checklist';
import { AUTHORITY_REGIONS, AUTHORITY_SOURCE, REGION_NAMES } from './authority';
import { LAW } from './law';
import { LAW_RETURN_EXCEPTIONS, RETURN_EXCEPTIONS_SOURCE } from './return-exceptions';
import { FACTS_CHECKED_ON, type Source, type SourceStatus } from './sources';

/**
 * Every legal or Kaspi fact Shagym states, with its source, the day it was checked and how sure we
 * are — gathered from the modules that hold them (no fact is written here). docs/facts.md is this
 * list as a table; tests/unit/facts/facts-doc.test.ts regenerates and compares it.
 */
export interface FactRow {
  area: 'law' | 'deadline' | 'channel' | 'proof' | 'authority';
  fact: string;
  source: Source;
  /** For a legal article: whether a letter may cite it. */
  citable?: boolean;
}

const STATUS_WORDS: Readonly<Record<SourceStatus, string>> = {
  official: 'confirmed (official text)',
  kaspi: "confirmed (Kaspi's own page)",
  secondary: 'confirmed (secondary source)',
  'seed-guide': 'only the seed guide: shown as such',
  unconfirmed: 'NOT confirmed: shown as such or left out',
};

export function allFacts(): FactRow[] {
  const rows: FactRow[] = [];
  for (const f of Object.values(LAW)) {
    rows.push({
      area: 'law',
      fact: `${f.act.en}, ${f.article.en}: ${f.gist}`,
      source: f.source,
      citable: f.citable,
    });
  }
  rows.push({
    area: 'law',
    fact: `Goods the 14-day return excepts: ${LAW_RETURN_EXCEPTIONS.map((e) => e.name.en).join('; ')}.`,
    source: RETURN_EXCEPTIONS_SOURCE,
  });
  for (const kind of DEADLINE_KINDS) {
    const r = DEADLINE_RULES[kind];
    if (kind === 'buyer-reminder') continue;
    rows.push({
      area: 'deadline',
      fact: `${r.label.en}: ${r.length} ${r.basis === 'working-days' ? 'working' : 'calendar'} days. ${r.caveat}`,
      source: r.source,
    });
  }
  rows.push({
    area: 'deadline',
    fact: `Kaspi support's variants: ${Object.entries(SUPPORT_ANSWER_VARIANTS)
      .map(([k, v]) => `${k} ${v.length} ${v.basis === 'working-days' ? 'working' : 'calendar'} days`)
      .join('; ')}.`,
    source: SUPPORT_REVIEW_TIMES.source,
  });
  rows.push({
    area: 'deadline',
    fact:
      `Days allowed for a claim to reach the seller when its received date is unknown: ` +
      `${Object.entries(CLAIM_DELIVERY_ALLOWANCE)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} — Shagym's own estimate, not a legal figure (it only delays calling the seller late).`,
    source: DEADLINE_RULES['seller-claim-answer'].source,
  });
  for (const id of CHANNEL_ORDER) {
    const c = CHANNELS_INFO[id];
    rows.push({
      area: 'channel',
      fact: `${c.name.en}: the steps (${c.steps.en.join(' ')})`,
      source: c.source,
    });
    for (const k of c.contacts)
      rows.push({ area: 'channel', fact: `${c.name.en}: ${k.value} (${k.label.en})`, source: k.source });
    for (const v of c.variants)
      rows.push({
        area: 'channel',
        fact: `${c.name.en}, ${v.name.en}: ${v.steps.en.join(' ')}`,
        source: v.source,
      });
    for (const n of c.notes)
      rows.push({ area: 'channel', fact: `${c.name.en}: ${n.text.en}`, source: n.source });
  }
  const seen = new Set<string>();
  for (const problem of PROBLEM_KINDS) {
    for (const item of proofChecklist(problem, { price: null })) {
      for (const source of item.sources) {
        const fact = `${item.label.en}: ${item.why.en}`;
        if (seen.has(fact + source.title)) continue;
        seen.add(fact + source.title);
        rows.push({ area: 'proof', fact, source });
      }
    }
  }
  rows.push({
    area: 'authority',
    fact: `Appeals go to the regional Department of Trade and Consumer Protection (${AUTHORITY_REGIONS.length} regions: ${AUTHORITY_REGIONS.map((r) => REGION_NAMES[r].name.en).join(', ')}).`,
    source: AUTHORITY_SOURCE,
  });
  return rows;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** docs/facts.md: the table of facts, most doubtful first within each area. */
export function factsMarkdown(rows: readonly FactRow[] = allFacts()): string {
  const order: readonly SourceStatus[] = ['unconfirmed', 'seed-guide', 'secondary', 'kaspi', 'official'];
  const lines = [
    '# Facts Shagym relies on',
    '',
    '<!-- Generated from utils/facts/registry.ts by tests/unit/facts/facts-doc.test.ts; run `npx vitest run tests/unit/facts -u` after changing a fact. -->',
    '',
    `Every legal or Kaspi fact in the code, with its source, the day it was checked and how sure we are. Last full check: ${FACTS_CHECKED_ON}.`,
    'A fact that is not confirmed is shown to the buyer as such, or left out; no letter cites an article marked "not citable".',
    '',
    '| area | fact | source | checked on | status |',
    '| --- | --- | --- | --- | --- |',
  ];
  const sorted = [...rows].sort(
    (a, b) => a.area.localeCompare(b.area) || order.indexOf(a.source.status) - order.indexOf(b.source.status),
  );
  for (const r of sorted) {
    const source = r.source.url ? `[${cell(r.source.title)}](${r.source.url})` : cell(r.source.title);
    const status =
      STATUS_WORDS[r.source.status] + (r.citable === false ? '; not citable' : r.citable ? '; cited' : '');
    lines.push(`| ${r.area} | ${cell(r.fact)} | ${source} | ${r.source.checkedOn} | ${status} |`);
  }
  return `${lines.join('\n')}\n`;
}
