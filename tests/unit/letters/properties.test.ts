import { describe, expect, it } from 'vitest';
import { remediesFor } from '../../../utils/cases/problems';
import { PROBLEM_KINDS } from '../../../utils/cases/schema';
import { LANGUAGES } from '../../../utils/i18n/languages';
import {
  buildEmailSubject,
  buildText,
  citesReturnRight,
  formatDate,
  formatPrice,
  missingFacts,
  SUPPORT_MESSAGE_MAX,
  TEXT_KINDS,
} from '../../../utils/letters';
import { completeInput, ORDER } from './fixtures';

const FORBIDDEN = ['[', ']', '___', '{{', '}}', 'undefined', 'null', 'NaN', '<', '>'];

/** Every combination of the golden set — the problem × remedy table's, no other — with its text. */
const ALL = TEXT_KINDS.flatMap((kind) =>
  LANGUAGES.flatMap((lang) =>
    PROBLEM_KINDS.flatMap((problem) =>
      remediesFor(problem).map((remedy) => {
        const input = completeInput(problem, remedy, lang);
        return { kind, lang, problem, remedy, input, text: buildText(kind, input, lang) };
      }),
    ),
  ),
);

describe('every text from a complete input', () => {
  it('covers the 18 problem × remedy pairs of the table × 3 languages × 4 kinds', () => {
    expect(ALL).toHaveLength(18 * 3 * 4);
  });

  it.each(ALL.map((c) => [`${c.kind}/${c.lang}/${c.problem}/${c.remedy}`, c] as const))(
    '%s: has the order facts and no placeholder',
    (_name, c) => {
      const o = c.input.order;
      expect(c.text).toContain(o.orderNumber);
      expect(c.text).toContain(o.productTitle);
      expect(c.text).toContain(o.sellerName);
      expect(c.text).toContain(formatPrice(ORDER.price ?? 0));
      expect(c.text).toContain(o.productCode);
      expect(c.text).toContain(formatDate(o.orderDate ?? '', c.lang));
      if (o.receivedDate !== null) expect(c.text).toContain(formatDate(o.receivedDate, c.lang));
      for (const bad of FORBIDDEN) expect(c.text).not.toContain(bad);
      expect(c.text).not.toMatch(/\.\.(?!\.)/); // no doubled full stop ("г..")
      expect(c.text).not.toMatch(/[ \t]$/m); // no trailing spaces
      expect(c.text).not.toMatch(/\n{3,}/);
      expect(missingFacts(c.kind, c.input)).toEqual([]);
    },
  );

  it('keeps every support message within the form limit', () => {
    for (const c of ALL.filter((x) => x.kind === 'support-message')) {
      expect(c.text.length).toBeLessThanOrEqual(SUPPORT_MESSAGE_MAX);
    }
  });

  it('cites Law 274-IV and Art. 42-4 in every claim letter', () => {
    for (const c of ALL.filter((x) => x.kind === 'claim-letter')) {
      expect(c.text).toContain('274-IV');
      // Kazakh declines the article: "42-4-бабына", "42-4-бабы" (nominative "42-4-бап").
      if (c.lang === 'kk') expect(c.text).toMatch(/42-4-ба[пб]/);
      else expect(c.text).toContain('42-4');
      expect(c.text).toContain('10');
      expect(c.text).toContain(formatDate(c.input.today, c.lang));
      expect(c.text).toContain(c.input.buyer?.name);
      expect(c.text).toContain(c.input.sellerAddress);
      expect(c.text).toContain(c.input.sellerBin);
      expect(c.text).toContain(c.input.buyer?.address);
      // Attachments name the files actually stored for the case.
      for (const name of ['IMG_2041.jpg', 'IMG_2042.jpg', 'chek-1022135385.pdf'])
        expect(c.text).toContain(name);
      // A substantive basis for a defect, not only the procedure.
      if (c.problem === 'poor-quality' || c.problem === 'not-as-described')
        expect(c.text).toMatch(c.lang === 'kk' ? /428-бабына/ : /428/);
    }
  });

  it('cites Art. 14 and Art. 30 exactly where they apply (return refused; refund or exchange)', () => {
    const art30 = { ru: 'статьи 30', kk: '30-бабының', en: 'Article 30' } as const;
    for (const c of ALL.filter((x) => x.kind === 'claim-letter' || x.kind === 'authority-appeal')) {
      const expected =
        c.problem === 'return-refused' && (c.remedy === 'refund' || c.remedy === 'replacement');
      expect(citesReturnRight(c.problem, c.remedy)).toBe(expected);
      expect(c.text.includes(art30[c.lang]), `${c.kind}/${c.lang}/${c.problem}/${c.remedy}`).toBe(expected);
    }
  });

  it('does not cite Art. 30 when the item may be one of the goods it excepts (a phone)', () => {
    for (const lang of LANGUAGES) {
      const input = {
        ...completeInput('return-refused', 'refund', lang),
        returnException: 'mobile-phones' as const,
      };
      expect(citesReturnRight('return-refused', 'refund', 'mobile-phones')).toBe(false);
      expect(buildText('claim-letter', input, lang)).not.toMatch(/статьи 30|30-бабының|Article 30/);
    }
  });

  it('points a fraud case to the police, and asserts no administrative offence anywhere', () => {
    for (const c of ALL) {
      expect(c.text).not.toMatch(
        /административн\w* правонарушени|әкімшілік құқық бұзушылық|administrative offence/i,
      );
      if (c.problem === 'fraud' && (c.kind === 'claim-letter' || c.kind === 'authority-appeal'))
        expect(c.text).toMatch(/полици|Police|police/);
    }
  });

  it('addresses the appeal to the regional department with the fields APPK Art. 63 asks for', () => {
    for (const c of ALL.filter((x) => x.kind === 'authority-appeal')) {
      expect(c.text).toContain(c.input.buyer?.iin);
      expect(c.text).toContain(c.input.buyer?.address);
      expect(c.text).toMatch(/Алматы|Almaty/);
      expect(c.text).not.toContain('Комитет');
    }
  });

  it('never cites a 1%-per-day penalty (not Kazakh law)', () => {
    for (const c of ALL) expect(c.text).not.toMatch(/1\s?%|неустойк|тұрақсыздық/);
  });

  it('asks for a check of Art. 42-4 in the appeal only for a missed answer; a refusal is attached', () => {
    for (const lang of LANGUAGES) {
      const noAnswer = buildText('authority-appeal', completeInput('poor-quality', 'refund', lang), lang);
      const refused = buildText(
        'authority-appeal',
        { ...completeInput('poor-quality', 'refund', lang), sellerAnswer: 'refused' },
        lang,
      );
      expect(noAnswer).toMatch(/42-4/);
      expect(noAnswer).toContain(formatDate('2026-11-23', lang));
      expect(refused).not.toMatch(/42-4/);
      expect(refused).toMatch(/отказ|бас тарту|refusal/i);
      expect(refused).toContain(formatDate('2026-11-10', lang, lang === 'kk' ? 'locative' : 'plain'));
    }
  });

  it('writes the e-mail subject on one line with the order number and the problem', () => {
    const subject = buildEmailSubject(completeInput('late-delivery', 'delivery', 'ru'), 'ru');
    expect(subject).toBe('Жалоба на продавца Alfa Store: заказ № 1022135385 — нарушен срок доставки');
    for (const lang of LANGUAGES) {
      const s = buildEmailSubject(completeInput('fraud', 'refund', lang), lang);
      expect(s).not.toContain('\n');
      expect(s).toContain('1022135385');
    }
  });
});
