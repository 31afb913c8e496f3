import { describe, expect, it } from 'vitest';
import { PROBLEM_KINDS } from '../../../utils/cases/schema';
import { EVIDENCE_KINDS } from '../../../utils/evidence/schema';
import { LANGUAGES } from '../../../utils/i18n/languages';
import { evidenceKindSchema } from '../../../utils/evidence/schema';
import { FACTS_CHECKED_ON, SOURCES } from '../../../utils/facts/sources';
import { RESOURCES } from '../../../utils/i18n/all';
import {
  checkedProof,
  EVIDENCE_KIND_LABELS,
  missingRequiredProof,
  proofChecklist,
  type ProofItem,
} from '../../../utils/proof';

const kinds = (items: readonly ProofItem[], level?: ProofItem['level']): string[] =>
  items.filter((i) => level === undefined || i.level === level).map((i) => i.kind);

describe('proofChecklist', () => {
  it('gives every problem a checklist of known kinds, labelled in three languages, each kind once', () => {
    for (const problem of PROBLEM_KINDS) {
      for (const price of [null, 0, 99_999, 100_000, 5_000_000]) {
        const items = proofChecklist(problem, { price });
        expect(items.length).toBeGreaterThan(0);
        expect(new Set(kinds(items)).size).toBe(items.length);
        for (const item of items) {
          expect(EVIDENCE_KINDS).toContain(item.kind);
          for (const lang of LANGUAGES) {
            expect(item.label[lang].trim()).not.toBe('');
            expect(item.why[lang].trim()).not.toBe('');
            expect(item.why[lang]).toMatch(/\.$/);
          }
        }
        // Required first.
        const levels = items.map((i) => i.level);
        expect(levels).toEqual([...levels].sort((a, b) => (a === b ? 0 : a === 'required' ? -1 : 1)));
      }
    }
  });

  it('follows the guide for poor quality: photos, receipts, chat, video, expert opinion', () => {
    const items = proofChecklist('poor-quality', { price: 20_000 });
    expect(kinds(items, 'required')).toEqual(['photo', 'receipt']);
    expect(kinds(items, 'recommended')).toEqual([
      'unboxing-video',
      'order-issued',
      'warranty-card',
      'service-report',
      'packaging-photo',
      'chat-screenshot',
      'expert-report',
      'claim-postal-receipt',
    ]);
  });

  it('strongly recommends the unboxing video and never requires it, at any price', () => {
    for (const problem of PROBLEM_KINDS) {
      for (const price of [null, 0, 99_999, 100_000, 1_000_000, 50_000_000]) {
        const video = proofChecklist(problem, { price }).find((i) => i.kind === 'unboxing-video');
        if (!video) continue;
        expect(video.level, `${problem} ${price}`).toBe('recommended');
        expect(video.strong).toBe(true);
        // Neither the Law nor Kaspi requires it, and it cannot be made afterwards: said, with sources.
        expect(video.why.ru).toMatch(/Ни Закон.*ни Kaspi.*не требуют/);
        expect(video.why.ru).toContain('потом уже нельзя');
        expect(video.sources).toEqual([SOURCES.law274, SOURCES.kaspiReturns]);
      }
    }
    for (const problem of ['poor-quality', 'not-as-described'] as const)
      expect(kinds(proofChecklist(problem, { price: 1_000_000 }), 'recommended')[0]).toBe('unboxing-video');
    expect(kinds(proofChecklist('not-as-described', { price: 150_000 }), 'required')).toEqual([
      'photo',
      'listing-snapshot',
      'receipt',
    ]);
    // Only the video is "strongly" recommended, and nothing required is.
    for (const problem of PROBLEM_KINDS)
      for (const item of proofChecklist(problem, { price: 1_000_000 }))
        expect(item.strong, `${problem}/${item.kind}`).toBe(item.kind === 'unboxing-video');
  });

  it('asks for the promised date for late delivery', () => {
    const items = proofChecklist('late-delivery', { price: 500_000 });
    expect(kinds(items, 'required')).toEqual(['screenshot']);
    expect(kinds(items, 'recommended')).toEqual([
      'listing-snapshot',
      'chat-screenshot',
      'receipt',
      'claim-postal-receipt',
    ]);
    expect(items[0]?.label.ru).toContain('обещанной датой доставки');
    expect(kinds(items)).not.toContain('unboxing-video');
  });

  it("asks for the app's return request with its refusal reason, and the receipt, when a return was refused", () => {
    const items = proofChecklist('return-refused', { price: 10_000 });
    expect(kinds(items, 'required')).toEqual(['return-request', 'receipt']);
    expect(items[0]?.label.ru).toContain('причиной отказа');
    expect(items[0]?.sources).toEqual([SOURCES.kaspiReturnOutcome]);
    // The day of «Выдан» starts the return window; packaging and labels show the original condition.
    expect(kinds(items, 'recommended')).toEqual(
      expect.arrayContaining(['order-issued', 'packaging-photo', 'photo', 'claim-postal-receipt']),
    );
    expect(kinds(items)).not.toContain('screenshot');
  });

  it('asks for chat, listing and payment for fraud, and recommends a police report', () => {
    const items = proofChecklist('fraud', { price: 10_000 });
    expect(kinds(items, 'required')).toEqual(['chat-screenshot', 'listing-snapshot', 'receipt']);
    const police = items.find((i) => i.kind === 'police-report');
    expect(police?.level).toBe('recommended');
    expect(police?.sources).toEqual([SOURCES.criminalCode190]);
    for (const problem of PROBLEM_KINDS.filter((p) => p !== 'fraud'))
      expect(kinds(proofChecklist(problem, { price: 10_000 }))).not.toContain('police-report');
  });

  it('asks for the new documents where they fit', () => {
    const of = (problem: (typeof PROBLEM_KINDS)[number]) => kinds(proofChecklist(problem, { price: 10_000 }));
    // A claim letter can be sent for any problem: its postal receipt and delivery notice are always asked for.
    for (const problem of PROBLEM_KINDS) expect(of(problem), problem).toContain('claim-postal-receipt');
    // The order shown as «Выдан», with its date: wherever the item was received.
    for (const problem of ['poor-quality', 'not-as-described', 'return-refused'] as const)
      expect(of(problem), problem).toContain('order-issued');
    expect(of('late-delivery')).not.toContain('order-issued');
    // The warranty card with serial number / IMEI and a service-centre report for a defect.
    expect(of('poor-quality')).toEqual(expect.arrayContaining(['warranty-card', 'service-report']));
    expect(of('not-as-described')).toContain('warranty-card');
    // Packaging and labels.
    for (const problem of ['poor-quality', 'not-as-described', 'return-refused'] as const)
      expect(of(problem), problem).toContain('packaging-photo');
    // The app's return request only where a return was refused.
    for (const problem of PROBLEM_KINDS.filter((p) => p !== 'return-refused'))
      expect(of(problem), problem).not.toContain('return-request');
  });

  it('names a source, with the day it was checked, for every legal or Kaspi fact it states', () => {
    const registry: readonly unknown[] = Object.values(SOURCES);
    for (const problem of PROBLEM_KINDS) {
      for (const item of proofChecklist(problem, { price: 10_000 })) {
        const where = `${problem}/${item.kind}`;
        for (const source of item.sources) {
          expect(registry, where).toContain(source);
          expect(source.checkedOn, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(source.checkedOn <= FACTS_CHECKED_ON, where).toBe(true);
        }
        // Whatever speaks of the Law, a code, Kaspi's rules or a deadline cites where it comes from.
        if (/Закон|кодекс|Kaspi|\d+ дн/i.test(item.why.ru))
          expect(item.sources.length, where).toBeGreaterThan(0);
      }
    }
    const fact = (problem: (typeof PROBLEM_KINDS)[number], kind: string) =>
      proofChecklist(problem, { price: 10_000 }).find((i) => i.kind === kind)?.sources ?? [];
    expect(fact('return-refused', 'order-issued')).toEqual([SOURCES.kaspiOrderIssued, SOURCES.kaspiReturns]);
    expect(fact('poor-quality', 'claim-postal-receipt')).toEqual([SOURCES.law274]);
    expect(fact('return-refused', 'receipt')).toEqual([SOURCES.law274]);
  });

  it('only recommends for "other"', () => {
    expect(kinds(proofChecklist('other', { price: 1_000_000 }), 'required')).toEqual([]);
  });

  it('tells which required proof is still missing', () => {
    const list = proofChecklist('poor-quality', { price: 200_000 });
    expect(kinds(missingRequiredProof(list, ['photo', 'chat-screenshot']))).toEqual(['receipt']);
    expect(missingRequiredProof(list, ['photo', 'receipt'])).toEqual([]);
  });

  it("ticks an item when a file of its kind is stored, without losing the buyer's own ticks", () => {
    expect(checkedProof([], [])).toEqual([]);
    expect(checkedProof(['photo'], [])).toEqual(['photo']);
    expect(checkedProof([], [{ kind: 'receipt' }, { kind: 'receipt' }])).toEqual(['receipt']);
    expect(
      checkedProof(['photo', 'receipt'], [{ kind: 'receipt' }, { kind: 'police-report' }]).sort(),
    ).toEqual(['photo', 'police-report', 'receipt']);
    // The derived ticks feed the "still missing" check the same way.
    const list = proofChecklist('return-refused', { price: 10_000 });
    const checked = checkedProof(['receipt'], [{ kind: 'return-request' }]);
    expect(missingRequiredProof(list, checked)).toEqual([]);
  });

  it('maps checklist items and evidence kinds one to one, labelled in every language', () => {
    for (const problem of PROBLEM_KINDS) {
      for (const item of proofChecklist(problem, { price: 10_000 })) {
        expect(evidenceKindSchema.safeParse(item.kind).success, `${problem}/${item.kind}`).toBe(true);
        for (const lang of LANGUAGES) {
          const label = RESOURCES[lang].evidenceKind[item.kind];
          expect(label?.trim(), `${lang} evidenceKind.${item.kind}`).toBeTruthy();
          expect(EVIDENCE_KIND_LABELS[item.kind][lang]).toBe(label);
        }
      }
    }
    for (const lang of LANGUAGES)
      expect(Object.keys(RESOURCES[lang].evidenceKind).sort()).toEqual([...EVIDENCE_KINDS].sort());
    for (const kind of [
      'order-issued',
      'warranty-card',
      'service-report',
      'packaging-photo',
      'return-request',
      'claim-postal-receipt',
      'police-report',
    ])
      expect(EVIDENCE_KINDS).toContain(kind);
    expect(RESOURCES.ru.evidenceKind['order-issued']).toContain('«Выдан»');
    expect(RESOURCES.ru.evidenceKind['warranty-card']).toContain('IMEI');
  });

  it('labels every evidence kind in three languages', () => {
    for (const kind of EVIDENCE_KINDS) {
      for (const lang of LANGUAGES) expect(EVIDENCE_KIND_LABELS[kind][lang].trim()).not.toBe('');
    }
  });
});
