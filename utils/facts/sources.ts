/**
 * Every source a legal or Kaspi fact in Shagym rests on, with the day it was last checked and how
 * sure we are. One registry: rules (utils/deadlines), letters (utils/letters), channels
 * (utils/channels) and proof (utils/proof) point here, and docs/facts.md is generated from it
 * (tests/unit/facts/facts-doc.test.ts keeps the two equal).
 *
 * Status:
 * - 'official': read on the official text (adilet.zan.kz for laws and codes);
 * - 'kaspi': Kaspi's own page (guide.kaspi.kz, kaspi.kz);
 * - 'secondary': the text read on a mirror of the law, a government page explaining it or the
 *   Ministry's statements, not on adilet itself (the stored copies of adilet hold only page heads);
 * - 'seed-guide': only the guide the project started from (shared/seed), not confirmed elsewhere;
 * - 'unconfirmed': we looked and could not confirm it: the UI shows it as such, letters do not assert it.
 */
export type SourceStatus = 'official' | 'kaspi' | 'secondary' | 'seed-guide' | 'unconfirmed';

export interface Source {
  title: string;
  /** `null` only for the seed guide, which was given to the project as a file without its address. */
  url: string | null;
  /** YYYY-MM-DD: when the fact was last checked against this source. */
  checkedOn: string;
  status: SourceStatus;
}

/** The day the facts below were last re-checked in one pass (issue 9). */
export const FACTS_CHECKED_ON = '2026-11-30';

const LAW_274_URL = 'https://adilet.zan.kz/rus/docs/Z100000274_';

export const SOURCES = {
  /** shared/seed/complaint-guide-ru.txt: the guide the product follows. Its contacts are not confirmed elsewhere. */
  seedGuide: {
    title: 'Гид «Как пожаловаться на продавца в Kaspi Marketplace» (исходный гид проекта Shagym)',
    url: null,
    checkedOn: FACTS_CHECKED_ON,
    status: 'seed-guide',
  },
  /** "9999 Бесплатно с мобильного" in the kaspi.kz page footer (2025). */
  kaspiFooter: {
    title: 'kaspi.kz, подвал сайта: «9999 Бесплатно с мобильного» (2025)',
    url: 'https://kaspi.kz/',
    checkedOn: FACTS_CHECKED_ON,
    status: 'kaspi',
  },
  /** Kaspi's own return flow and windows for buyers (14 days; defective: 30 days or until the warranty ends). */
  kaspiReturns: {
    title: 'Kaspi Гид: возврат товара (q16178)',
    url: 'https://guide.kaspi.kz/client/kz/shop/returns/q16178',
    checkedOn: FACTS_CHECKED_ON,
    status: 'kaspi',
  },
  /** What happens after the seller decides on a return (money within about an hour; a refusal comes with its reason). */
  kaspiReturnOutcome: {
    title: 'Kaspi Гид: решение продавца по возврату (q16179)',
    url: 'https://guide.kaspi.kz/client/kz/shop/returns/q16179',
    checkedOn: FACTS_CHECKED_ON,
    status: 'kaspi',
  },
  /** Partner guide: once the buyer has the item, the order's status becomes «Выдан». */
  kaspiOrderIssued: {
    title: 'Kaspi Гид для партнёров: как покупатель получает заказ, статус «Выдан» (q1341)',
    url: 'https://guide.kaspi.kz/partner/ru/shop/orders/q1341',
    checkedOn: FACTS_CHECKED_ON,
    status: 'kaspi',
  },
  /** News of Kaspi simplifying returns in January 2026; what exactly changed was not confirmed. */
  kaspiReturnsChange2026: {
    title: 'digitalbusiness.kz, 09.01.2026: «Kaspi.kz изменил условия возврата товаров через Kaspi Магазин»',
    url: 'https://digitalbusiness.kz/2026-01-09/kaspi-kz-izmenil-usloviya-vozvrata-tovarov-cherez-kaspi-magazin-no-kazahstantsam-eto-ponravitsya',
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  /** The seller's page has an address tab (research §1); whether it gives an address for a claim was not checked. */
  kaspiMerchantPage: {
    title: 'kaspi.kz: страница продавца, вкладка адресов (/shop/info/merchant/<id>/address-tab/)',
    url: 'https://kaspi.kz/shop/',
    checkedOn: FACTS_CHECKED_ON,
    status: 'unconfirmed',
  },
  kaspiTelegram: {
    title: 'Kaspi.kz в Telegram (t.me/kaspikz)',
    url: 'https://t.me/kaspikz',
    checkedOn: FACTS_CHECKED_ON,
    status: 'kaspi',
  },
  /**
   * Law 274-IV. The search tool returns only the head of adilet's pages, so the articles were read on
   * mirrors of the current text (zozpp.kz) and checked against government pages and the Ministry's
   * statements; each article below says which (utils/facts/law.ts).
   */
  law274: {
    title: 'Закон РК от 4 мая 2010 года № 274-IV «О защите прав потребителей»',
    url: LAW_274_URL,
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  /** Art. 30 p.1 as in force (six exceptions, incl. «абонентского устройства сотовой связи»). */
  law274Art30: {
    title:
      'Закон № 274-IV, ст. 30 (действующая редакция), zozpp.kz; перечень исключений — gov.kz, жизненная ситуация № 464',
    url: 'https://zozpp.kz/glava-4/statya-30',
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  /** Art. 14: «в течение четырнадцати дней с момента передачи ему непродовольственного товара». */
  law274Art14: {
    title:
      'Закон № 274-IV, ст. 14 (в ред. Закона № 504-V от 21.04.2016), текст статьи по вторичным источникам',
    url: LAW_274_URL,
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  /** Art. 42-4 (Kazakh text) and the Ministry's statement of 16.09.2025 naming the article. */
  law274Art42_4: {
    title:
      'Закон № 274-IV, ст. 42-4 (zozpp.kz); МТИ РК: «как составить и подать претензию продавцу» (16.09.2025)',
    url: 'https://zozpp.kz/kk/taraw-6-1/bap-42-4',
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  /** Art. 428 p.1: the buyer's demands for goods of improper quality (Art. 455 p.1 refers to it). */
  civilCode428: {
    title: 'Гражданский кодекс РК, ст. 428 п. 1 (на неё ссылается ст. 455 п. 1 Особенной части)',
    url: 'https://adilet.zan.kz/rus/docs/K940001000_',
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  /**
   * How periods are counted (the chapter «Исчисление сроков», from Art. 172). The article numbers of
   * "starts the next day" and "a non-working last day moves to the next working day" were NOT found:
   * Art. 170 is about powers of attorney, Art. 180 about the limitation period.
   */
  civilCodePeriods: {
    title:
      'Гражданский кодекс РК, глава «Исчисление сроков» (со ст. 172); номера статей о начале и окончании срока не подтверждены',
    url: 'https://adilet.zan.kz/rus/docs/K940001000_',
    checkedOn: FACTS_CHECKED_ON,
    status: 'unconfirmed',
  },
  /** Art. 63: full name, ИИН, postal address, the essence, date and signature (forensic.gov.kz). */
  adminProcedureCode63: {
    title:
      'Административный процедурно-процессуальный кодекс РК (№ 350-VI), ст. 63 — по разъяснению на forensic.gov.kz',
    url: 'https://forensic.gov.kz/en/news/poriadok-podachi-i-rassmotreniia-obrashe',
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  /**
   * Art. 76 «Сроки административной процедуры, возбужденной на основании обращения»: 15 working days
   * from receipt, unless a law says otherwise; extendable by a reasoned decision to two months at most
   * (the applicant told within 3 working days). Re-checked for issue 10 (the escalation's own deadline)
   * against a .kz page quoting the article; adilet's stored page holds only the Code's head.
   */
  adminProcedureCode76: {
    title:
      'Административный процедурно-процессуальный кодекс РК (№ 350-VI), ст. 76 «Сроки административной процедуры, возбужденной на основании обращения» — цитата на emhana1krg.kz',
    url: 'https://emhana1krg.kz/ru/%d0%bf%d0%be%d1%80%d1%8f%d0%b4%d0%be%d0%ba-%d1%80%d0%b0%d1%81%d1%81%d0%bc%d0%be%d1%82%d1%80%d0%b5%d0%bd%d0%b8%d1%8f-%d0%be%d0%b1%d1%80%d0%b0%d1%89%d0%b5%d0%bd%d0%b8%d0%b9',
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  /** Art. 190 «Мошенничество» (police statements; Supreme Court resolution No. 6 of 29.06.2017 on fraud). */
  criminalCode190: {
    title: 'Уголовный кодекс РК (№ 226-V), ст. 190 «Мошенничество» — по сообщениям полиции',
    url: 'https://adilet.zan.kz/rus/docs/K1400000226',
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  /**
   * Administrative Code Art. 190 part 5: applied to a seller who broke the claim procedure and term
   * (district akimat news, 07.11.2025), but its wording was not found: no letter asserts the offence.
   */
  adminOffences190: {
    title: 'Кодекс РК об административных правонарушениях, ст. 190 ч. 5 — текст части не найден',
    url: 'https://www.enbekshiqazaq.kz/en/news/390622-the-price-of-mistake-an-administrative-fine.html',
    checkedOn: FACTS_CHECKED_ON,
    status: 'unconfirmed',
  },
  /** Regional bodies: «Департамент торговли и защиты прав потребителей по …» of the Ministry (2025–2026 news). */
  consumerDepartments: {
    title:
      'Департаменты торговли и защиты прав потребителей МТИ РК по областям и городам Астана, Алматы, Шымкент',
    url: 'https://www.gov.kz/situations/753/intro?lang=en',
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  /** e-Otinish for consumer complaints to the departments (regional press, 2025). */
  eOtinish: {
    title: 'e-Otinish: обращения в государственные органы',
    url: 'https://eotinish.kz/',
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  /**
   * No court fee for consumer claims: gov.kz says so without an article. Re-checked 2026-11-30: the
   * exemption's article in the Tax Code in force since 1 January 2026 (No. 214-VIII) was not found
   * (taxCode2026News); the UI says so.
   */
  govCourt: {
    title:
      'gov.kz, жизненная ситуация № 753: защита прав потребителя в суде (статья нового Налогового кодекса не найдена)',
    url: 'https://gov.kz/situations/753',
    checkedOn: FACTS_CHECKED_ON,
    status: 'unconfirmed',
  },
  /** The Tax Code in force since 1 January 2026 changed state-duty rules in part (news, not the code itself). */
  taxCode2026News: {
    title:
      'lada.kz, 24.12.2025: новые госпошлины с 2026 года по новому Налоговому кодексу (со ссылкой на Zakon.kz)',
    url: 'https://www.lada.kz/kazakhstan-news/147435-novye-gosposhliny-v-kazakhstane-s-2026-goda-za-chto-pridetsia-platit-i-skolko-stoit-kazhdyi-dokument.html',
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
} as const satisfies Record<string, Source>;
