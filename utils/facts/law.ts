import type { Lang } from '../i18n/languages';
import { SOURCES, type Source } from './sources';

/**
 * Every article of law Shagym relies on, in one place: a new consumer law (a bill was before the
 * Mazhilis in December 2025; none adopted as of this check) is one edit here. Letters and rules take
 * their citations from here and write no article number of their own (tests/unit/facts/law.test.ts
 * looks for strays in utils/letters and utils/deadlines).
 *
 * `citable: false` marks an article whose number or wording we could not confirm: docs/facts.md lists
 * it as unconfirmed, `cite` refuses it, and no letter asserts it.
 */
export type LawId =
  | 'defectDefinition'
  | 'consumerReturnRight'
  | 'sellerReturnDuty'
  | 'claimProcedure'
  | 'civilDefectiveGoods'
  | 'civilPeriods'
  | 'appealContents'
  | 'appealTerm'
  | 'fraud'
  | 'adminOffenceClaimTerm';

export interface LawFact {
  id: LawId;
  source: Source;
  /** The act, as a letter names it, per language. */
  act: Readonly<Record<Lang, string>>;
  /** The article's number (and point or part): the one place a number is written. */
  ref: { article: string; point?: string };
  /** The article as docs/facts.md lists it, per language. */
  article: Readonly<Record<Lang, string>>;
  /** What the article says, as Shagym relies on it (for docs/facts.md). */
  gist: string;
  citable: boolean;
}

const LAW_274: Readonly<Record<Lang, string>> = {
  ru: 'Закон Республики Казахстан от 4 мая 2010 года № 274-IV «О защите прав потребителей»',
  kk: '«Тұтынушылардың құқықтарын қорғау туралы» Қазақстан Республикасының 2010 жылғы 4 мамырдағы № 274-IV Заңы',
  en: 'Law of the Republic of Kazakhstan No. 274-IV of 4 May 2010 "On Consumer Protection"',
};
const CIVIL_CODE: Readonly<Record<Lang, string>> = {
  ru: 'Гражданский кодекс Республики Казахстан',
  kk: 'Қазақстан Республикасының Азаматтық кодексі',
  en: 'Civil Code of the Republic of Kazakhstan',
};
const APPK: Readonly<Record<Lang, string>> = {
  ru: 'Административный процедурно-процессуальный кодекс Республики Казахстан',
  kk: 'Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі',
  en: 'Administrative Procedural and Process Code of the Republic of Kazakhstan',
};
const CRIMINAL_CODE: Readonly<Record<Lang, string>> = {
  ru: 'Уголовный кодекс Республики Казахстан',
  kk: 'Қазақстан Республикасының Қылмыстық кодексі',
  en: 'Criminal Code of the Republic of Kazakhstan',
};
const ADMIN_OFFENCES: Readonly<Record<Lang, string>> = {
  ru: 'Кодекс Республики Казахстан об административных правонарушениях',
  kk: 'Әкімшілік құқық бұзушылық туралы Қазақстан Республикасының кодексі',
  en: 'Code of the Republic of Kazakhstan on Administrative Offences',
};

export const LAW: Readonly<Record<LawId, LawFact>> = {
  defectDefinition: {
    id: 'defectDefinition',
    ref: { article: '1', point: '4' },
    source: SOURCES.law274,
    act: LAW_274,
    article: { ru: 'подпункт 4 статьи 1', kk: '1-баптың 4) тармақшасы', en: 'Article 1(4)' },
    gist:
      'A defect (недостаток) is the goods’ failure to meet mandatory requirements, the contract or the information ' +
      'the seller gave about them: an item unlike its description is not of proper quality.',
    citable: true,
  },
  consumerReturnRight: {
    id: 'consumerReturnRight',
    ref: { article: '14' },
    source: SOURCES.law274Art14,
    act: LAW_274,
    article: { ru: 'статья 14', kk: '14-бап', en: 'Article 14' },
    gist:
      'The buyer may exchange (or, when no exchange is possible, return) non-food goods of proper quality within 14 days ' +
      '«с момента передачи» — from handover; the exchange follows Art. 30. Kaspi (q16178) likewise counts 14 days from receipt.',
    citable: true,
  },
  sellerReturnDuty: {
    id: 'sellerReturnDuty',
    ref: { article: '30', point: '1' },
    source: SOURCES.law274Art30,
    act: LAW_274,
    article: { ru: 'пункт 1 статьи 30', kk: '30-баптың 1-тармағы', en: 'Article 30(1)' },
    gist:
      'The seller must exchange or take back unused non-food goods of proper quality (look, properties, seals, labels and ' +
      'proof of purchase kept) within 14 calendar days, except medicines and medical devices, underwear, hosiery, ' +
      'animals and plants, goods sold by length, and cellular subscriber devices (mobile phones).',
    citable: true,
  },
  claimProcedure: {
    id: 'claimProcedure',
    ref: { article: '42-4' },
    source: SOURCES.law274Art42_4,
    act: LAW_274,
    article: { ru: 'статья 42-4', kk: '42-4-бап', en: 'Article 42-4' },
    gist:
      'The claim is handed over (with a mark of receipt), sent by registered mail with a delivery notice, or e-mailed to the ' +
      'address the seller gave; the seller considers it and, when it disagrees, answers in writing with reasons and ' +
      'documents within 10 calendar days of receiving it.',
    citable: true,
  },
  civilDefectiveGoods: {
    id: 'civilDefectiveGoods',
    ref: { article: '428' },
    source: SOURCES.civilCode428,
    act: CIVIL_CODE,
    article: { ru: 'статья 428', kk: '428-бап', en: 'Article 428' },
    gist:
      'The demands a buyer may make of the seller when goods of improper quality were handed over (Art. 455 p.1 of the ' +
      'Special Part refers to its point 1; which demand sits in which point was not confirmed, so letters cite the article ' +
      'as a whole). The Consumer Protection Committee lists the remedies: price reduction, free repair, replacement, refund.',
    citable: true,
  },
  civilPeriods: {
    id: 'civilPeriods',
    ref: { article: '172' },
    source: SOURCES.civilCodePeriods,
    act: CIVIL_CODE,
    article: {
      ru: 'глава «Исчисление сроков»',
      kk: '«Мерзімдерді есептеу» тарауы',
      en: 'chapter "Calculation of periods"',
    },
    gist:
      'A period in days starts the day after its event; one that ends on a non-working day ends on the next working day. ' +
      'The article numbers were not confirmed (Art. 170 is on powers of attorney, Art. 180 on limitation): not cited.',
    citable: false,
  },
  appealContents: {
    id: 'appealContents',
    ref: { article: '63' },
    source: SOURCES.adminProcedureCode63,
    act: APPK,
    article: { ru: 'статья 63', kk: '63-бап', en: 'Article 63' },
    gist: 'A written appeal states the applicant’s full name, ИИН, postal address and phone, the essence, the date and a signature.',
    citable: true,
  },
  appealTerm: {
    id: 'appealTerm',
    ref: { article: '76' },
    source: SOURCES.adminProcedureCode76,
    act: APPK,
    article: { ru: 'статья 76', kk: '76-бап', en: 'Article 76' },
    gist: 'An appeal is considered within 15 working days of its receipt; the head of the body may extend it, to two months at most.',
    citable: true,
  },
  fraud: {
    id: 'fraud',
    ref: { article: '190' },
    source: SOURCES.criminalCode190,
    act: CRIMINAL_CODE,
    article: { ru: 'статья 190', kk: '190-бап', en: 'Article 190' },
    gist: 'Fraud (мошенничество) is a crime: it is reported to the police (102).',
    citable: true,
  },
  adminOffenceClaimTerm: {
    id: 'adminOffenceClaimTerm',
    ref: { article: '190', point: '5' },
    source: SOURCES.adminOffences190,
    act: ADMIN_OFFENCES,
    article: { ru: 'часть 5 статьи 190', kk: '190-баптың 5-бөлігі', en: 'Article 190(5)' },
    gist:
      'Applied in practice to a seller who broke the claim procedure and term, but the part’s wording was not found: ' +
      'letters state the facts and ask the authority to check, without asserting an offence.',
    citable: false,
  },
};

/**
 * The number of a citable article, for a letter to put in its own grammar ("статьи 42-4",
 * "42-4-бабына", "Article 42-4").
 * @throws Error for an article that is not citable: no letter may assert it.
 */
export function cite(id: LawId): { article: string; point?: string } {
  const fact = LAW[id];
  if (!fact.citable) throw new Error(`${id} is not confirmed: it must not be cited`);
  return fact.ref;
}
