import { describe, expect, it } from 'vitest';
import { PROBLEM_KINDS } from '../../../utils/cases/schema';
import { EVIDENCE_KINDS } from '../../../utils/evidence/schema';
import { LANGUAGES } from '../../../utils/i18n/languages';
import {
  EVIDENCE_KIND_LABELS,
  missingRequiredProof,
  proofChecklist,
  UNBOXING_VIDEO_REQUIRED_FROM_PRICE,
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
    expect(kinds(items, 'recommended')).toEqual(['unboxing-video', 'chat-screenshot', 'expert-report']);
  });

  it(`requires an unboxing video from ${UNBOXING_VIDEO_REQUIRED_FROM_PRICE} ₸ for poor quality and not-as-described`, () => {
    expect(UNBOXING_VIDEO_REQUIRED_FROM_PRICE).toBe(100_000);
    for (const problem of ['poor-quality', 'not-as-described'] as const) {
      const level = (price: number | null) =>
        proofChecklist(problem, { price }).find((i) => i.kind === 'unboxing-video')?.level;
      expect(level(99_999)).toBe('recommended');
      expect(level(100_000)).toBe('required');
      expect(level(1_000_000)).toBe('required');
      expect(level(null)).toBe('recommended');
    }
    expect(kinds(proofChecklist('not-as-described', { price: 150_000 }), 'required')).toEqual([
      'photo',
      'listing-snapshot',
      'receipt',
      'unboxing-video',
    ]);
  });

  it('asks for the promised date for late delivery', () => {
    const items = proofChecklist('late-delivery', { price: 500_000 });
    expect(kinds(items, 'required')).toEqual(['screenshot']);
    expect(kinds(items, 'recommended')).toEqual(['listing-snapshot', 'chat-screenshot', 'receipt']);
    expect(items[0]?.label.ru).toContain('обещанной датой доставки');
    expect(kinds(items)).not.toContain('unboxing-video');
  });

  it('asks for the refusal and the receipt when a return was refused', () => {
    const items = proofChecklist('return-refused', { price: 10_000 });
    expect(kinds(items, 'required')).toEqual(['screenshot', 'receipt']);
    expect(items[0]?.label.ru).toContain('отказа в возврате');
  });

  it('asks for chat, listing and payment for fraud', () => {
    const items = proofChecklist('fraud', { price: 10_000 });
    expect(kinds(items, 'required')).toEqual(['chat-screenshot', 'listing-snapshot', 'receipt']);
  });

  it('only recommends for "other"', () => {
    expect(kinds(proofChecklist('other', { price: 1_000_000 }), 'required')).toEqual([]);
  });

  it('tells which required proof is still missing', () => {
    const list = proofChecklist('poor-quality', { price: 200_000 });
    expect(kinds(missingRequiredProof(list, ['photo', 'chat-screenshot']))).toEqual([
      'receipt',
      'unboxing-video',
    ]);
    expect(missingRequiredProof(list, ['photo', 'receipt', 'unboxing-video'])).toEqual([]);
  });

  it('labels every evidence kind in three languages', () => {
    for (const kind of EVIDENCE_KINDS) {
      for (const lang of LANGUAGES) expect(EVIDENCE_KIND_LABELS[kind][lang].trim()).not.toBe('');
    }
  });
});
