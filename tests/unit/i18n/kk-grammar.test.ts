import { describe, expect, it } from 'vitest';
import {
  declineKk,
  harmonyOf,
  kkEnding,
  lastSpokenWord,
  numberKk,
  type KkForm,
} from '@/utils/i18n/kk-grammar';
import { formatDate } from '@/utils/letters/format';

/**
 * Golden data written out by hand (not computed): the last spoken word of each number and its endings
 * in the order dative, locative, ablative, accusative, genitive, possessive.
 */
const SPOKEN: Record<string, [string, string]> = {
  0: ['нөл', 'ге де ден ді дің і'],
  1: ['бір', 'ге де ден ді дің і'],
  2: ['екі', 'ге де ден ні нің сі'],
  3: ['үш', 'ке те тен ті тің і'],
  4: ['төрт', 'ке те тен ті тің і'],
  5: ['бес', 'ке те тен ті тің і'],
  6: ['алты', 'ға да дан ны ның сы'],
  7: ['жеті', 'ге де ден ні нің сі'],
  8: ['сегіз', 'ге де ден ді дің і'],
  9: ['тоғыз', 'ға да дан ды дың ы'],
  10: ['он', 'ға да нан ды ның ы'],
  20: ['жиырма', 'ға да дан ны ның сы'],
  30: ['отыз', 'ға да дан ды дың ы'],
  40: ['қырық', 'қа та тан ты тың ы'],
  50: ['елу', 'ге де ден ді дің і'],
  60: ['алпыс', 'қа та тан ты тың ы'],
  70: ['жетпіс', 'ке те тен ті тің і'],
  80: ['сексен', 'ге де нен ді нің і'],
  90: ['тоқсан', 'ға да нан ды ның ы'],
  100: ['жүз', 'ге де ден ді дің і'],
  1000: ['мың', 'ға да нан ды ның ы'],
  1000000: ['миллион', 'ға да нан ды ның ы'],
};
const FORMS: KkForm[] = ['dat', 'loc', 'abl', 'acc', 'gen', 'poss'];

/** 0–31, 40…100 by tens, 1000, 1 000 000: what a number's endings follow. */
function expected(n: number): [string, string] {
  if (n in SPOKEN) return SPOKEN[n]!;
  if (n > 10 && n < 100) return SPOKEN[n % 10]!;
  throw new Error(`no golden row for ${n}`);
}
const NUMBERS = [...Array.from({ length: 32 }, (_, i) => i), 40, 50, 60, 70, 80, 90, 100, 1000, 1_000_000];

describe('Kazakh endings after numbers', () => {
  for (const n of NUMBERS) {
    it(`${n}`, () => {
      const [word, endings] = expected(n);
      expect(lastSpokenWord(n)).toBe(word);
      const want = endings.split(' ');
      FORMS.forEach((form, i) => expect(kkEnding(word, form), `${n} ${form}`).toBe(want[i]));
    });
  }

  it('writes the ending after a hyphen, thousands grouped from 10 000', () => {
    expect(numberKk(2, 'poss')).toBe('2-сі');
    expect(numberKk(6, 'poss')).toBe('6-сы');
    expect(numberKk(7, 'dat')).toBe('7-ге');
    expect(numberKk(40, 'dat')).toBe('40-қа');
    expect(numberKk(1000, 'abl')).toBe('1000-нан');
    expect(numberKk(1_000_000, 'dat')).toBe('1\u00A0000\u00A0000-ға');
    expect(numberKk(15, 'nom')).toBe('15');
    expect(() => lastSpokenWord(-1)).toThrow();
    expect(() => lastSpokenWord(1.5)).toThrow();
  });

  it('takes harmony from the last clear vowel', () => {
    expect(harmonyOf('елу')).toBe('front');
    expect(harmonyOf('мың')).toBe('back');
    expect(harmonyOf('Шағым')).toBe('back');
    expect(harmonyOf('қыркүйек')).toBe('front');
    expect(declineKk('Шағым', 'gen')).toBe('Шағымның');
    expect(declineKk('Шағым', 'dat')).toBe('Шағымға');
    expect(declineKk('су', 'acc')).toBe('суды');
    expect(declineKk('наурыз', 'ins')).toBe('наурызбен');
    expect(declineKk('қыркүйек', 'ins')).toBe('қыркүйекпен');
    expect(declineKk('қараша', 'ins')).toBe('қарашамен');
  });
});

/** The date formatter's month table agrees with the rules (two independent sources of one truth). */
describe('the date formatter declines every month by the rules', () => {
  const STEMS = [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ];
  const FORM_OF = {
    plain: 'nom',
    locative: 'loc',
    attributive: 'attr',
    dative: 'dat',
    ablative: 'abl',
    accusative: 'acc',
  } as const;
  STEMS.forEach((stem, i) => {
    it(stem, () => {
      const iso = `2026-${String(i + 1).padStart(2, '0')}-03`;
      for (const [form, kk] of Object.entries(FORM_OF) as [keyof typeof FORM_OF, KkForm][]) {
        expect(formatDate(iso, 'kk', form)).toBe(`2026 жылғы 3 ${declineKk(stem, kk)}`);
      }
    });
  });

  it("matches the review's examples", () => {
    expect(formatDate('2026-12-03', 'kk', 'dative')).toBe('2026 жылғы 3 желтоқсанға');
    expect(formatDate('2026-12-03', 'kk', 'ablative')).toBe('2026 жылғы 3 желтоқсаннан');
    expect(formatDate('2026-12-03', 'kk', 'accusative')).toBe('2026 жылғы 3 желтоқсанды');
    expect(formatDate('2026-09-03', 'kk', 'dative')).toBe('2026 жылғы 3 қыркүйекке');
    expect(formatDate('2026-09-03', 'kk', 'ablative')).toBe('2026 жылғы 3 қыркүйектен');
    expect(formatDate('2026-09-03', 'kk', 'accusative')).toBe('2026 жылғы 3 қыркүйекті');
    expect(formatDate('2026-07-03', 'kk', 'accusative')).toBe('2026 жылғы 3 шілдені');
    expect(formatDate('2026-11-26', 'kk', 'attributive')).toBe('2026 жылғы 26 қарашадағы');
  });
});
