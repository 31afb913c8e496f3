import { describe, expect, it } from 'vitest';
import { remediesFor } from '../../../utils/cases/problems';
import { EMPTY_ORDER } from '../../../utils/cases/schema';
import { LANGUAGES } from '../../../utils/i18n/languages';
import {
  buildEmail,
  buildText,
  DISCLAIMER,
  MISSING_FIELD_LABELS,
  MISSING_FIELDS,
  MissingFactsError,
  missingFacts,
  SUPPORT_MESSAGE_MAX,
  TEXT_KINDS,
  type LetterInput,
} from '../../../utils/letters';
import { BUYER, completeInput, ORDER } from './fixtures';

function bare(): LetterInput {
  return {
    order: EMPTY_ORDER,
    problem: null,
    remedy: null,
    description: '',
    buyer: null,
    today: '2026-11-24',
    attachments: [],
  };
}

describe('missingFacts', () => {
  it('asks an empty case for everything each text needs', () => {
    expect(missingFacts('support-message', bare())).toEqual(['order-or-product', 'problem']);
    expect(missingFacts('email', bare())).toEqual(['order-or-product', 'problem']);
    expect(missingFacts('claim-letter', bare())).toEqual([
      'order-or-product',
      'seller-name',
      'problem',
      'description',
      'remedy',
      'buyer-name',
      'buyer-address',
    ]);
    expect(missingFacts('authority-appeal', bare())).toEqual([
      'order-or-product',
      'seller-name',
      'problem',
      'description',
      'remedy',
      'buyer-name',
      'buyer-address',
      'buyer-iin',
      'claim-sent-date',
      'seller-answer',
      'authority-region',
    ]);
  });

  it('lets the Kaspi texts identify the order by number, code or title', () => {
    const base = { ...bare(), problem: 'poor-quality' as const };
    expect(
      missingFacts('support-message', { ...base, order: { ...EMPTY_ORDER, orderNumber: '406352533' } }),
    ).toEqual([]);
    expect(
      missingFacts('support-message', { ...base, order: { ...EMPTY_ORDER, productCode: '102529963' } }),
    ).toEqual([]);
    expect(missingFacts('email', { ...base, order: { ...EMPTY_ORDER, productTitle: 'Пылесос' } })).toEqual(
      [],
    );
  });

  it('does not accept a product code alone for the claim letter', () => {
    const input: LetterInput = {
      ...completeInput('poor-quality', 'refund', 'ru'),
      order: { ...EMPTY_ORDER, productCode: '102529963', sellerName: 'Alfa Store' },
    };
    expect(missingFacts('claim-letter', input)).toEqual(['order-or-product']);
    const byTitle = { ...input, order: { ...input.order, productTitle: 'Пылесос' } };
    expect(missingFacts('claim-letter', byTitle)).toEqual([]);
  });

  it('treats blank strings as missing', () => {
    const input: LetterInput = {
      ...completeInput('poor-quality', 'refund', 'ru'),
      description: '   \n ',
      buyer: { name: '  ', phone: '', email: ' ', address: '' },
    };
    expect(missingFacts('claim-letter', input)).toEqual(['description', 'buyer-name', 'buyer-address']);
  });

  it("needs the buyer's postal address for the claim, and ИИН and region for the appeal (APPK Art. 63)", () => {
    const input = completeInput('poor-quality', 'refund', 'ru');
    expect(missingFacts('claim-letter', { ...input, buyer: { ...BUYER, address: '' } })).toEqual([
      'buyer-address',
    ]);
    expect(missingFacts('claim-letter', { ...input, buyer: { ...BUYER, phone: '', email: '' } })).toEqual([]);
    expect(missingFacts('authority-appeal', { ...input, buyer: { ...BUYER, iin: '12345' } })).toEqual([
      'buyer-iin',
    ]);
    expect(missingFacts('authority-appeal', { ...input, authorityRegion: null })).toEqual([
      'authority-region',
    ]);
  });

  it('never builds a remedy the problem does not offer (no repair of an order that never came)', () => {
    const input = completeInput('late-delivery', 'repair', 'ru');
    expect(missingFacts('claim-letter', input)).toEqual(['remedy']);
    expect(missingFacts('authority-appeal', input)).toEqual(['remedy']);
    // The Kaspi texts need no remedy: they ask for help in general instead of repeating an impossible one.
    expect(buildText('support-message', input, 'ru')).not.toMatch(/устранить|устранением/);
  });

  it('offers "no answer" only once the seller\'s 10 days from receipt have run out', () => {
    const input = completeInput('poor-quality', 'refund', 'ru');
    // Received on the 12th: due Mon 23 Nov.
    expect(missingFacts('authority-appeal', { ...input, today: '2026-11-23' })).toEqual([
      'seller-answer-not-due',
    ]);
    expect(missingFacts('authority-appeal', { ...input, today: '2026-11-24' })).toEqual([]);
    // Received date unknown, by post: sent 10 Nov + 7 days + 10 days = 27 Nov.
    const unknown = { ...input, claimReceivedDate: null };
    expect(missingFacts('authority-appeal', { ...unknown, today: '2026-11-27' })).toEqual([
      'seller-answer-not-due',
    ]);
    expect(missingFacts('authority-appeal', { ...unknown, today: '2026-11-28' })).toEqual([]);
    // A refusal can be appealed at once.
    expect(
      missingFacts('authority-appeal', { ...input, today: '2026-11-11', sellerAnswer: 'refused' }),
    ).toEqual([]);
  });

  it('needs a description for "other" even in the Kaspi texts', () => {
    const input: LetterInput = { ...bare(), order: ORDER, problem: 'other' };
    expect(missingFacts('support-message', input)).toEqual(['description']);
    expect(missingFacts('support-message', { ...input, description: 'Нет зарядки' })).toEqual([]);
  });

  it('needs the claim date and the answer for the appeal only', () => {
    const input: LetterInput = {
      ...completeInput('fraud', 'refund', 'ru'),
      claimSentDate: null,
      sellerAnswer: null,
    };
    expect(missingFacts('authority-appeal', input)).toEqual(['claim-sent-date', 'seller-answer']);
    expect(missingFacts('claim-letter', input)).toEqual([]);
    const noFields: LetterInput = { ...input };
    delete noFields.claimSentDate;
    delete noFields.sellerAnswer;
    expect(missingFacts('authority-appeal', noFields)).toEqual(['claim-sent-date', 'seller-answer']);
  });

  it('has a label in every language for every field', () => {
    for (const field of MISSING_FIELDS) {
      for (const lang of LANGUAGES) expect(MISSING_FIELD_LABELS[field][lang].length).toBeGreaterThan(3);
    }
  });
});

describe('buildText with missing facts', () => {
  it('throws a typed error listing the fields', () => {
    for (const kind of TEXT_KINDS) {
      let caught: unknown;
      try {
        buildText(kind, bare(), 'ru');
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(MissingFactsError);
      const err = caught as MissingFactsError;
      expect(err.kind).toBe(kind);
      expect(err.missing).toEqual(missingFacts(kind, bare()));
      expect(err.message).toContain('order-or-product');
    }
  });

  it('rejects a date that does not exist', () => {
    expect(() =>
      buildText(
        'claim-letter',
        { ...completeInput('poor-quality', 'refund', 'ru'), today: '2026-02-30' },
        'ru',
      ),
    ).toThrow(RangeError);
  });
});

describe('optional facts', () => {
  it('omits the lines of absent facts instead of printing placeholders', () => {
    const input: LetterInput = {
      order: { ...EMPTY_ORDER, orderNumber: '406352533', sellerName: 'Alfa Store' },
      problem: 'poor-quality',
      remedy: 'refund',
      description: 'Не включается.',
      buyer: {
        name: 'Айгерим Сапарова',
        phone: '+7 701 234 56 78',
        email: '',
        address: 'г. Алматы, ул. Абая, 10',
      },
      today: '2026-11-24',
      attachments: [],
    };
    for (const lang of LANGUAGES) {
      for (const kind of ['support-message', 'email', 'claim-letter'] as const) {
        const text = buildText(kind, input, lang);
        expect(text).toContain('406352533');
        expect(text).not.toMatch(
          /Артикул|Код товара|Тауар коды|Product code|Цена|Бағасы|Price|Адрес продавца|Приложения|Қосымшалар|Attachments/,
        );
        expect(text).not.toMatch(/\[|\]|___|undefined|null|NaN|\(\)/);
      }
      // Refund without a price: the sum is simply not named.
      expect(buildText('claim-letter', input, lang)).not.toContain('₸');
    }
  });

  it('names the order by its item when there is no order number', () => {
    const input: LetterInput = {
      ...bare(),
      order: { ...EMPTY_ORDER, productCode: '102529963' },
      problem: 'late-delivery',
    };
    expect(buildText('support-message', input, 'ru')).toMatch(
      /^Здравствуйте! Обращаюсь по поводу покупки на kaspi\.kz\.\nКод товара: 102529963/,
    );
    expect(buildEmail(input, 'en').subject).toBe('Complaint: product code 102529963 — late delivery');
  });

  it('asks for help in general when no remedy is chosen', () => {
    const input: LetterInput = { ...bare(), order: ORDER, problem: 'fraud' };
    expect(buildText('support-message', input, 'ru')).toContain('Прошу разобраться и помочь решить вопрос.');
    expect(buildText('email', input, 'kk')).toContain('Мәселені қарап, шешуге көмектесуіңізді сұраймын.');
  });
});

describe('untrusted text from the page', () => {
  const XSS = '<img src=x onerror=alert(1)>';

  it('is inserted verbatim, never escaped or interpreted', () => {
    const input: LetterInput = {
      ...completeInput('not-as-described', 'refund', 'ru'),
      order: { ...ORDER, productTitle: XSS, sellerName: `"Shop" & <b>Co</b>` },
      description: 'Цена была 5&nbsp;000 <script>alert(2)</script>',
    };
    for (const kind of TEXT_KINDS) {
      for (const lang of LANGUAGES) {
        const text = buildText(kind, input, lang);
        expect(text).toContain(XSS);
        expect(text).toContain(`"Shop" & <b>Co</b>`);
        expect(text).not.toContain('&lt;');
        if (kind !== 'support-message') expect(text).toContain('5&nbsp;000 <script>alert(2)</script>');
      }
    }
    expect(buildEmail(input, 'ru').subject).toContain(`"Shop" & <b>Co</b>`);
    const noNumber = { ...input, order: { ...input.order, orderNumber: null } };
    expect(buildEmail(noNumber, 'ru').subject).toContain(XSS);
  });

  it('keeps the description line breaks but flattens one-line fields', () => {
    const input: LetterInput = {
      ...completeInput('poor-quality', 'repair', 'ru'),
      order: { ...ORDER, productTitle: 'Пылесос\nDreame' },
      description: 'Строка 1\r\nСтрока 2',
    };
    const text = buildText('claim-letter', input, 'ru');
    expect(text).toContain('Товар: Пылесос Dreame\n');
    expect(text).toContain('Строка 1\nСтрока 2');
    expect(text).not.toContain('\r');
  });
});

describe('support message length', () => {
  it('cuts a long description to fit and keeps the facts', () => {
    for (const lang of LANGUAGES) {
      const input = {
        ...completeInput('poor-quality', 'refund', lang),
        description: 'Очень длинное описание. '.repeat(200),
      };
      const text = buildText('support-message', input, lang);
      expect(text.length).toBeLessThanOrEqual(SUPPORT_MESSAGE_MAX);
      expect(text).toContain('…');
      expect(text).toContain('1022135385');
      expect(text).toContain('Alfa Store');
    }
  });

  it('fits even with every field at its maximum length', () => {
    for (const lang of LANGUAGES) {
      for (const problem of ['other', 'return-refused'] as const) {
        const input: LetterInput = {
          ...completeInput(problem, 'refund', lang),
          order: { ...ORDER, productTitle: 'Т'.repeat(300), sellerName: 'S'.repeat(200) },
          buyer: {
            name: 'N'.repeat(200),
            phone: '+7'.padEnd(40, '0'),
            email: 'e'.repeat(190) + '@example.kz',
            address: 'A'.repeat(400),
          },
          description: 'D'.repeat(4000),
          attachments: [
            'photo',
            'chat-screenshot',
            'unboxing-video',
            'receipt',
            'expert-report',
            'listing-snapshot',
            'screenshot',
            'other',
          ],
        };
        const text = buildText('support-message', input, lang);
        expect(text.length, `${lang}/${problem}`).toBeLessThanOrEqual(SUPPORT_MESSAGE_MAX);
        expect(text).toContain('1022135385');
      }
    }
  });

  it('does not split a surrogate pair when cutting', () => {
    const input = { ...completeInput('poor-quality', 'refund', 'ru'), description: '😀'.repeat(1000) };
    const text = buildText('support-message', input, 'ru');
    expect(text.length).toBeLessThanOrEqual(SUPPORT_MESSAGE_MAX);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('helpers', () => {
  it('offers typical remedies per problem', () => {
    expect(remediesFor('late-delivery')).toEqual(['delivery', 'refund']);
    expect(remediesFor('poor-quality')).toContain('repair');
    expect(remediesFor('return-refused')).not.toContain('repair');
  });

  it('has the disclaimer in every language', () => {
    expect(DISCLAIMER.ru).toContain('не юридическая консультация');
    expect(DISCLAIMER.kk).toContain('заң кеңесі емес');
    expect(DISCLAIMER.en).toContain('not legal advice');
  });
});
