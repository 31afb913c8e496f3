import { describe, expect, it } from 'vitest';
import { remediesFor } from '@/utils/cases/problems';
import { PROBLEM_KINDS } from '@/utils/cases/schema';
import * as channels from '@/utils/channels/channels';
import * as deadlineRules from '@/utils/deadlines/rules';
import * as authority from '@/utils/facts/authority';
import * as law from '@/utils/facts/law';
import * as returnExceptions from '@/utils/facts/return-exceptions';
import { ARCHIVE_STRINGS, REPORT_STRINGS, readmeText } from '@/utils/archive/strings';
import { reportHtml } from '@/utils/archive/report';
import { caseSchema } from '@/utils/cases/schema';
import { formatKzDateTime } from '@/utils/archive/summary';
import { formatBytes } from '@/utils/evidence/format';
import { createI18n } from '@/utils/i18n';
import { RESOURCES } from '@/utils/i18n/all';
import { DATE_FORM_SUFFIX, dateVars } from '@/utils/i18n/date-forms';
import { LAUNCHER_STRINGS } from '@/utils/i18n/launcher-strings';
import { buildEmailSubject, buildText, TEXT_KINDS } from '@/utils/letters';
import { addDays, formatDate, formatPrice } from '@/utils/letters/format';
import * as disclaimer from '@/utils/letters/disclaimer';
import { PHRASES } from '@/utils/letters/phrases';
import * as letterTypes from '@/utils/letters/types';
import { proofChecklist } from '@/utils/proof';
import { completeInput } from '../letters/fixtures';
import {
  checkAfter,
  checkDates,
  checkKazakh,
  checkNumberEndings,
  GOVERNS,
  monthOf,
  ORDINAL_NOUNS,
  type ValueKind,
} from './kk-check';

/**
 * Issue 15: every Kazakh template, rendered with a spread of values, and the endings after each value
 * checked against vowel harmony and the consonant rules (tests/unit/i18n/kk-check.ts); and a lint of
 * the kk dictionary: no letters glued to a {{placeholder}}, and a postposition only after a placeholder
 * that declares the case it governs.
 */

// ---------------------------------------------------------------- the values

/** 0–31, 40…100 by tens, 1000: every number ending a Kazakh suffix can depend on. */
const NUMBERS = [...Array.from({ length: 32 }, (_, i) => i), 40, 50, 60, 70, 80, 90, 100, 1000];
/** Every month, at the start, middle and end. */
const DATES = Array.from({ length: 12 }, (_, m) =>
  ['01', '09', '14', '28'].map((d) => `2026-${String(m + 1).padStart(2, '0')}-${d}`),
).flat();
const SIZES = [0, 1, 812, 1024, 1536, 10 * 1024 ** 2, 256 * 1024 ** 2, 2 * 1024 ** 3].map((b) =>
  formatBytes(b, 'kk'),
);
const TEXTS = [
  'IMG_2041.jpg',
  'Сатушымен хат алмасу.png',
  'Alfa Store',
  '«Ромашка» ЖШС',
  'Әлем',
  'QuotaExceededError',
  'shagym-2026-11-26.zip',
];
const DATETIMES = ['30.11.2026, 14:05:09', formatKzDateTime(Date.UTC(2026, 10, 26, 7, 30), 'kk')];

/**
 * What each placeholder of the kk dictionary carries: by name, or by key where one name carries another
 * kind. A placeholder not declared here fails the test: declare it (and, for a date, use a declared
 * form — {{date_dat}} etc., see utils/i18n/date-forms.ts).
 */
const KIND_BY_NAME: Readonly<Record<string, ValueKind | 'dates'>> = {
  count: 'number',
  n: 'number',
  total: 'number',
  done: 'number',
  shown: 'number',
  cases: 'number',
  files: 'number',
  pieces: 'number', // pieces of evidence
  reminders: 'number',
  days: 'number',
  seconds: 'number',
  date: 'date',
  min: 'date',
  max: 'date',
  dates: 'dates',
  imported: 'datetime',
  time: 'datetime',
  number: 'text', // an order number is read digit by digit and never takes an ending here
  field: 'text',
  error: 'text',
  text: 'text',
  name: 'text',
  list: 'text',
  camera: 'text',
  what: 'text',
  hash: 'text',
  channel: 'text',
  article: 'text',
  left: 'text', // a relative day ('3 күннен кейін'), a whole phrase of its own
  fields: 'text',
  names: 'text',
  title: 'text',
  width: 'number',
  height: 'number',
};
const KIND_BY_KEY: Readonly<Record<string, Readonly<Record<string, ValueKind>>>> = {
  'evidence.tooBig': { max: 'size' },
  'archive.exportProgress': { done: 'size', total: 'size' },
  'archive.exportSaved': { size: 'size' },
  'archive.storage': { used: 'size', quota: 'size', free: 'size' },
  'evidence.addedAt': { date: 'datetime' },
  'evidence.importedAt': { date: 'datetime' },
  'repair.clockWrong': { date: 'datetime' },
  'evidence.wontFit': { need: 'size', free: 'size' },
  'evidence.duplicate': { existing: 'text', date: 'datetime' },
  'evidence.duration': { duration: 'text' },
  'space.figures': { used: 'size', free: 'size' },
};

const FORM_OF_SUFFIX = Object.fromEntries(Object.values(DATE_FORM_SUFFIX).map((s) => [s, s]));
/** `date_dat` → { base: 'date', suffix: 'dat' }. */
function splitName(name: string): { base: string; suffix: string | null } {
  const m = /^(.+)_([a-z]+)$/.exec(name);
  return m && m[2]! in FORM_OF_SUFFIX ? { base: m[1]!, suffix: m[2]! } : { base: name, suffix: null };
}

function kindOf(key: string, name: string): ValueKind | 'dates' | undefined {
  const { base } = splitName(name);
  return KIND_BY_KEY[key]?.[base] ?? KIND_BY_NAME[base];
}

/** The values to try for one placeholder, as interpolation variables (a date gives all its forms). */
function samples(kind: ValueKind | 'dates', base: string): Record<string, string>[] {
  switch (kind) {
    case 'number':
      return NUMBERS.map((n) => ({ [base]: String(n) }));
    case 'date':
      return DATES.map((iso) => dateVars(iso, 'kk', base));
    case 'dates':
      return DATES.slice(0, 12).map((iso, i) => ({
        [base]: `${formatDate(iso, 'kk')}, ${formatDate(DATES[(i * 5 + 7) % DATES.length]!, 'kk')}`,
      }));
    case 'datetime':
      return DATETIMES.map((v) => ({ [base]: v }));
    case 'size':
      return SIZES.map((v) => ({ [base]: v }));
    case 'money':
      return NUMBERS.map((n) => ({ [base]: formatPrice(n) }));
    case 'text':
      return TEXTS.map((v) => ({ [base]: v }));
  }
}

// ---------------------------------------------------------------- the kk dictionary

function flatten(obj: object, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v as object, `${prefix}${k}.`),
  );
}
const KK = flatten(RESOURCES.kk);
const PLACEHOLDER = /\{\{\s*([^},\s]+)\s*(?:,[^}]*)?\}\}/g;

describe('every kk template, rendered with every kind of value', async () => {
  const i18n = await createI18n('kk');
  const interpolate = (template: string, vars: Record<string, string>) =>
    i18n.services.interpolator.interpolate(template, vars, 'kk', {}) as string;

  for (const [key, template] of KK) {
    const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
    if (names.length === 0) continue;
    it(key, () => {
      const bases = [...new Set(names.map((n) => splitName(n).base))];
      const kinds = Object.fromEntries(bases.map((b) => [b, kindOf(key, b)]));
      for (const b of bases) expect(kinds[b], `declare the kind of {{${b}}} (${key})`).toBeDefined();
      const defaults = Object.assign({}, ...bases.map((b) => samples(kinds[b]!, b)[0]));
      const errors: string[] = [];
      let rendered = 0;
      for (const b of bases) {
        for (const sample of samples(kinds[b]!, b)) {
          const vars = { ...defaults, ...sample };
          const out = interpolate(template, vars);
          expect(out, `${key} renders every placeholder`).not.toMatch(/\{\{|\}\}|undefined/);
          rendered++;
          errors.push(...checkDates(out), ...checkNumberEndings(out));
          // What follows each inserted value, as the template puts it.
          for (const m of template.matchAll(PLACEHOLDER)) {
            const name = m[1]!;
            const kind = kinds[splitName(name).base]!;
            const value = vars[name]!;
            const rest = interpolate(template.slice(m.index + m[0].length), vars);
            if (kind === 'date') continue; // checkDates has seen it, with its ending
            errors.push(...checkAfter(value, kind === 'dates' ? 'date' : kind, rest));
          }
        }
      }
      expect(rendered).toBeGreaterThan(0);
      expect([...new Set(errors)], `${key}: «${template}»`).toEqual([]);
    });
  }

  it('plural keys render through i18next with Kazakh plural rules', () => {
    for (const n of NUMBERS) {
      expect(i18n.t('evidence.addedCount', { count: n })).toBe(`${n} файл қосылды.`);
      expect(i18n.t('popup.results', { count: n })).toBe(`Табылды: ${n} шағым`);
    }
  });
});

// ---------------------------------------------------------------- the lint

/**
 * The rule for a kk string, without rendering: nothing glued to a placeholder (an ending belongs in the
 * value, declared by the placeholder's name: {{date_dat}}), except an ordinal before its noun
 * ({{n}}-қадам); a word governing a case only after a placeholder declaring that case; no particle
 * whose shape depends on the value (мен/бен/пен, ма/ме…); a date in the nominative only before
 * punctuation. Returns the problems of one string.
 */
function lintKk(key: string, template: string): string[] {
  const problems: string[] = [];
  const DECLARED: Readonly<Record<string, string>> = {
    loc: 'loc',
    attr: 'attr',
    dat: 'dat',
    abl: 'abl',
    acc: 'acc',
  };
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    const { base, suffix } = splitName(name);
    const rest = template.slice(m.index + m[0].length);
    const glued = /^(-?)([\p{L}]+)/u.exec(rest);
    if (glued) {
      const ordinal = glued[1] === '-' && ORDINAL_NOUNS.some((n) => glued[2]!.startsWith(n));
      if (!ordinal)
        problems.push(
          `${key}: «${m[0]}${glued[0]}» glues letters to a placeholder; declare a form or rephrase`,
        );
    }
    const next = /^[ \t\u00A0]+(\p{L}+)/u
      .exec(glued ? rest.slice(glued[0].length) : rest)?.[1]
      ?.toLowerCase();
    if (next === undefined) continue;
    const governed = GOVERNS[next];
    if (governed && DECLARED[suffix ?? ''] !== governed)
      problems.push(`${key}: «${m[0]} ${next}»: «${next}» needs {{${base}_${governed}}}`);
    if (/^(мен|бен|пен|ма|ме|ба|бе|па|пе)$/.test(next))
      problems.push(`${key}: «${m[0]} ${next}»: the particle depends on the value; rephrase (e.g. «және»)`);
    const kind = kindOf(key, name);
    if ((kind === 'date' || kind === 'datetime' || kind === 'dates') && suffix === null && !glued)
      problems.push(
        `${key}: «${m[0]} ${next}»: a nominative date before a word; declare a form or use a colon`,
      );
  }
  return problems;
}

describe('lint: kk strings and their placeholders', () => {
  it('no kk string breaks the rule', () => {
    expect(KK.flatMap(([key, template]) => lintKk(key, template))).toEqual([]);
  });

  it('every kk placeholder also exists in the Russian string (same variables passed)', () => {
    const ru = new Map(flatten(RESOURCES.ru));
    for (const [key, template] of KK) {
      const bases = new Set([...template.matchAll(PLACEHOLDER)].map((m) => splitName(m[1]!).base));
      const ruBases = new Set(
        [...(ru.get(key) ?? '').matchAll(PLACEHOLDER)].map((m) => splitName(m[1]!).base),
      );
      expect([...bases].sort(), key).toEqual([...ruBases].sort());
    }
  });

  it('catches the templates of issue 15 as they were', () => {
    const OLD: [string, string][] = [
      ['wizard.stepOf', '{{total}} қадамның {{n}}-і: {{name}}'],
      ['wizard.due', '{{date}} дейін'],
      ['archive.summary', '{{date}} мұрағатында: шағым — {{cases}}, файл — {{files}}.'],
      ['evidence.addedAt', '{{date}} қосылды'],
      ['case.created', '{{date}} құрылды'],
      ['evidence.tooBig', '«{{name}}» {{max}} артық: мұндай файлды сақтау мүмкін емес.'],
      ['repair.dateRange', '{{min}} мен {{max}} аралығындағы күнді көрсетіңіз.'],
      ['appeal.answerDue', 'Сатушының жауап беру мерзімі — {{date}} дейін (қоса алғанда)'],
    ];
    for (const [key, template] of OLD) expect(lintKk(key, template), template).not.toEqual([]);
    expect(lintKk('wizard.due', '{{date_dat}} дейін')).toEqual([]);
    expect(lintKk('wizard.stepOf', '{{n}}-қадам ({{total}} қадамнан): {{name}}')).toEqual([]);
  });

  it('and the renderer catches them for the values that break them', () => {
    // "7 қадамның 2-і": 2 → екі takes -сі; right only for 1, 3, 4, 5, 8, 10…
    expect(checkAfter('2', 'number', '-і: Мәселе')).not.toEqual([]);
    expect(checkAfter('7', 'number', '-і: Мәселе')).not.toEqual([]);
    expect(checkAfter('6', 'number', '-і: Мәселе')).not.toEqual([]);
    expect(checkAfter('1', 'number', '-і: Мәселе')).toEqual([]);
    expect(checkAfter('2', 'number', '-сі: Мәселе')).toEqual([]);
    expect(checkDates('2026 жылғы 3 желтоқсан дейін')).not.toEqual([]);
    expect(checkDates('2026 жылғы 3 желтоқсанға дейін')).toEqual([]);
    expect(checkDates('2026 жылғы 3 желтоқсанге дейін')).not.toEqual([]); // harmony
    expect(checkDates('2026 жылғы 3 қыркүйекге дейін')).not.toEqual([]); // voiceless к → -ке
    expect(checkDates('2026 жылғы 26 қараша мұрағатында')).not.toEqual([]);
    expect(checkDates('2026 жылғы 3 желтоқсан қоса алғанда')).not.toEqual([]);
    expect(checkDates('2026 жылғы 3 желтоқсанды қоса алғанға дейін')).toEqual([]);
    expect(checkAfter('256\u00A0МБ', 'size', ' артық')).not.toEqual([]);
    expect(checkAfter('Alfa Store', 'text', '-ге')).not.toEqual([]);
    expect(checkAfter('2026 жылғы 1 наурыз', 'date', ' мен')).not.toEqual([]);
    expect(checkAfter('2026 жылғы 1 қаңтар', 'date', ' мен')).not.toEqual([]); // nominative date + word
    expect(checkNumberEndings('3-тен 15-ке дейін')).toEqual([]);
    expect(checkNumberEndings('3-ден 15-ге дейін')).not.toEqual([]);
    expect(monthOf('2026 жылғы 3 шілдені')?.form).toBe('acc');
  });
});

// ---------------------------------------------------------------- letters, archive, fixed texts

/** Twelve copies of a complete input, one per month, every date of the case in that month. */
function monthInputs(problem: (typeof PROBLEM_KINDS)[number], remedy: Parameters<typeof completeInput>[1]) {
  return Array.from({ length: 12 }, (_, m) => {
    const base = completeInput(problem, remedy, 'kk');
    const start = `2026-${String(m + 1).padStart(2, '0')}-01`;
    return {
      ...base,
      order: {
        ...base.order,
        orderDate: start,
        receivedDate: base.order.receivedDate === null ? null : addDays(start, 2),
        sellerName: TEXTS[m % TEXTS.length]!,
        price: [0, 2, 6, 40, 1000, 129_990, 1_000_000][m % 7]!,
      },
      claimSentDate: addDays(start, 4),
      claimReceivedDate: addDays(start, 6),
      today: addDays(start, 27),
    };
  });
}

const ANSWERS = ['refused', 'no-answer', null] as const;

describe('Kazakh letters, rendered in every month', () => {
  for (const kind of TEXT_KINDS) {
    it(kind, () => {
      const errors: string[] = [];
      for (const problem of PROBLEM_KINDS) {
        for (const remedy of remediesFor(problem)) {
          for (const input of monthInputs(problem, remedy)) {
            const answers = kind === 'authority-appeal' ? (['refused', 'no-answer'] as const) : ANSWERS;
            for (const answer of answers) {
              const text =
                buildText(kind, { ...input, sellerAnswer: answer }, 'kk') +
                (kind === 'email' ? `\n${buildEmailSubject(input, 'kk')}` : '');
              errors.push(
                ...checkKazakh(text, [
                  { value: input.order.sellerName!, kind: 'text' },
                  { value: formatPrice(input.order.price!), kind: 'money' },
                  { value: input.order.orderNumber!, kind: 'text' },
                ]),
              );
            }
          }
        }
      }
      expect([...new Set(errors)]).toEqual([]);
    });
  }

  it('the e-mail subject has one colon however the order is named (review item 4)', () => {
    const p = PHRASES.kk;
    for (const by of ['order', 'title', 'code'] as const)
      for (const seller of ['Alfa Store', null]) {
        const subject = p.email.subject(p.email.ident(by, '102529963'), seller, 'мәселе');
        expect(subject.match(/:/g), subject).toHaveLength(1);
      }
  });

  it('every date phrase of the letters, in every month and every form', () => {
    const p = PHRASES.kk;
    const errors: string[] = [];
    for (const iso of DATES) {
      const later = addDays(iso, 12);
      for (const answer of ['refused', 'no-answer', null] as const)
        errors.push(...checkKazakh(p.claimStatus(iso, answer)));
      for (const delivery of ['post', 'hand', 'email', null] as const)
        errors.push(...checkKazakh(p.appeal.claimSent(iso, 'талап', delivery, later)));
      errors.push(...checkKazakh(p.appeal.noAnswer(later, iso)), ...checkKazakh(p.appeal.claimCopy(iso)));
      for (const form of ['plain', 'locative', 'attributive', 'dative', 'ablative', 'accusative'] as const)
        expect(monthOf(p.date(iso, form))?.form, `${iso} ${form}`).not.toBeNull();
    }
    for (const v of TEXTS) {
      errors.push(
        ...checkKazakh(p.email.subject(p.email.ident('title', v), v, 'мәселе'), [{ value: v, kind: 'text' }]),
      );
      errors.push(...checkKazakh(p.email.ident('code', v), [{ value: v, kind: 'text' }]));
      errors.push(...checkKazakh(p.claim.to(v, null), [{ value: v, kind: 'text' }]));
      errors.push(...checkKazakh(p.appeal.intro(v), [{ value: v, kind: 'text' }]));
    }
    for (const n of NUMBERS)
      errors.push(...checkKazakh(p.orderNo(String(n)), [{ value: String(n), kind: 'number' }]));
    expect([...new Set(errors)]).toEqual([]);
  });
});

describe('the Kazakh archive texts, rendered in every month', () => {
  it('summary.txt phrases and README.txt', () => {
    const s = ARCHIVE_STRINGS.kk;
    const errors: string[] = [];
    for (const iso of DATES) {
      errors.push(
        ...checkKazakh(s.deadlines(iso)),
        ...checkKazakh(s.dueUntil(iso)),
        ...checkKazakh(s.earliest(iso)),
      );
      for (const when of DATETIMES)
        errors.push(...checkKazakh(s.importedAt(when)), ...checkKazakh(s.made('0.1.0', when)));
    }
    for (const n of NUMBERS) {
      errors.push(...checkKazakh(s.evidence(n), [{ value: String(n), kind: 'number' }]));
      errors.push(...checkKazakh(s.orderTitle(String(n)), [{ value: String(n), kind: 'number' }]));
      const readme = readmeText({
        folder: 'shagym-2026-11-26',
        when: { ru: '-', kk: DATETIMES[1]!, en: '-' },
        appVersion: '0.1.0',
        caseCount: n,
        fileCount: n,
      });
      errors.push(...checkKazakh(readme, [{ value: String(n), kind: 'number' }]));
    }
    for (const v of TEXTS) errors.push(...checkKazakh(s.caseTitle(v), [{ value: v, kind: 'text' }]));
    expect([...new Set(errors)]).toEqual([]);
  });

  it('report.html: its own words, and the page rendered with a case dated in every month', () => {
    const r = REPORT_STRINGS.kk;
    const own = Object.values(r).flatMap((v) => (typeof v === 'string' ? [v] : [...v]));
    expect(own.length).toBeGreaterThan(10);
    const errors = own.flatMap((v) => checkKazakh(v));
    for (const iso of DATES) {
      const at = Date.parse(`${iso}T06:00:00Z`);
      const kase = caseSchema.parse({
        id: 'c0ffee00-1234-4abc-8def-0123456789ab',
        order: {
          orderNumber: '1022135385',
          productCode: null,
          productTitle: 'Әлем',
          productUrl: null,
          sellerName: 'Alfa Store',
          merchantId: null,
          price: 6,
          orderDate: iso,
          receivedDate: addDays(iso, 2),
        },
        problem: 'poor-quality',
        remedy: 'refund',
        description: '',
        status: 'open',
        timeline: [{ id: '00000000-0000-4000-8000-000000000001', at, kind: 'created' }],
        createdAt: at,
        updatedAt: at,
      });
      const page = reportHtml([{ case: kase, evidence: [], letters: [] }], {
        lang: 'kk',
        today: addDays(iso, 5),
        exportedAt: at,
        appVersion: '0.1.0',
      });
      const text = page
        .replace(/<style>[\s\S]*<\/style>/, '')
        .replace(/<[^>]*>/g, '\n')
        .replace(/&[a-z0-9#]+;/g, ' ');
      errors.push(...checkKazakh(text, [{ value: 'Alfa Store', kind: 'text' }]));
    }
    expect([...new Set(errors)]).toEqual([]);
  });
});

describe('fixed Kazakh texts (channels, proof, deadlines, facts, letter prompts, launcher)', () => {
  /** Every string under a `kk` key, anywhere inside `value`. */
  function kkStrings(value: unknown, seen = new Set<unknown>()): string[] {
    if (value === null || typeof value !== 'object' || seen.has(value)) return [];
    seen.add(value);
    return Object.entries(value).flatMap(([k, v]) => {
      if (k === 'kk' && typeof v === 'string') return [v];
      if (k === 'kk' && Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
      return kkStrings(v, seen);
    });
  }

  it('every date and every number with an ending is declined right', () => {
    const all = [
      ...kkStrings(channels),
      ...kkStrings(deadlineRules),
      ...kkStrings(authority),
      ...kkStrings(law),
      ...kkStrings(returnExceptions),
      ...kkStrings(letterTypes),
      ...kkStrings(disclaimer),
      ...kkStrings(PROBLEM_KINDS.map((p) => proofChecklist(p, { price: 1000 }))),
      ...Object.values(LAUNCHER_STRINGS.kk),
      ...KK.map(([, v]) => v),
    ];
    expect(all.length).toBeGreaterThan(200);
    expect(all.flatMap((text) => checkKazakh(text))).toEqual([]);
  });

  it('one term per concept across the UI, the letters and the archive (review items 12, 25)', () => {
    const letters = PROBLEM_KINDS.flatMap((problem) =>
      remediesFor(problem).flatMap((remedy) =>
        TEXT_KINDS.map((kind) => buildText(kind, completeInput(problem, remedy, 'kk'), 'kk')),
      ),
    );
    const readme = readmeText({
      folder: 'f',
      when: { ru: '-', kk: DATETIMES[1]!, en: '-' },
      appVersion: '0.1.0',
      caseCount: 1,
      fileCount: 1,
    });
    const all = [
      ...KK.map(([, v]) => v),
      ...kkStrings(channels),
      ...kkStrings(PROBLEM_KINDS.map((p) => proofChecklist(p, { price: 1000 }))),
      ...Object.values(ARCHIVE_STRINGS.kk).filter((v): v is string => typeof v === 'string'),
      readme.slice(readme.indexOf('SHAGYM — ШАҒЫМДАР'), readme.indexOf('SHAGYM — COMPLAINT')),
      ...letters,
    ].join('\n');
    // Button: батырма (not түйме). Summary: жиынтық (not қысқаша мазмұн). Not of proper quality: сапасы
    // тиісті емес. E-mail: электрондық пошта. Shagym takes back-vowel endings.
    expect(all).toContain('батырма');
    expect(all).not.toMatch(/түйме/i);
    expect(all).toContain('жиынтық');
    expect(all).not.toMatch(/қысқаша мазмұн/i);
    expect(all).toMatch(/сапасы тиісті емес/i);
    expect(all).not.toMatch(/тиісінше емес|сапасыз/i);
    expect(all).not.toMatch(/\bE-mail\b|e-mail-/);
    expect(all).not.toMatch(/Shagym-(нің|ге|де|ден|ді)(?!\p{L})/u);
    expect(all).not.toMatch(/жатырмын/);
  });
});
