/**
 * Every source a legal or Kaspi fact in Shagym rests on, with the day it was last checked and how
 * sure we are. One registry: rules (utils/deadlines), letters (utils/letters), channels
 * (utils/channels) and proof (utils/proof) point here, and docs/facts.md is generated from it
 * (tests/unit/facts/facts-doc.test.ts keeps the two equal).
 *
 * Status:
 * - 'official': read on the official text (adilet.zan.kz for laws and codes);
 * - 'kaspi': Kaspi's own page (guide.kaspi.kz, kaspi.kz);
 * - 'secondary': a secondary source only (news, a law firm, a shop's page quoting the law);
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
  law274: {
    title: 'Закон РК от 4 мая 2010 года № 274-IV «О защите прав потребителей»',
    url: LAW_274_URL,
    checkedOn: FACTS_CHECKED_ON,
    status: 'official',
  },
  civilCode: {
    title: 'Гражданский кодекс РК (Общая часть) от 27 декабря 1994 года',
    url: 'https://adilet.zan.kz/rus/docs/K940001000_',
    checkedOn: FACTS_CHECKED_ON,
    status: 'official',
  },
  adminProcedureCode: {
    title: 'Административный процедурно-процессуальный кодекс РК от 29 июня 2020 года № 350-VI',
    url: 'https://adilet.zan.kz/rus/docs/K2000000350',
    checkedOn: FACTS_CHECKED_ON,
    status: 'official',
  },
  criminalCode: {
    title: 'Уголовный кодекс РК от 3 июля 2014 года № 226-V',
    url: 'https://adilet.zan.kz/rus/docs/K1400000226',
    checkedOn: FACTS_CHECKED_ON,
    status: 'official',
  },
  consumerCommittee: {
    title:
      'Комитет по защите прав потребителей Министерства торговли и интеграции РК и его территориальные департаменты',
    url: 'https://www.gov.kz/memleket/entities/kzpp',
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  eOtinish: {
    title: 'e-Otinish: обращения в государственные органы',
    url: 'https://eotinish.kz/',
    checkedOn: FACTS_CHECKED_ON,
    status: 'secondary',
  },
  /**
   * No court fee for consumer claims: said under the old Tax Code. Re-checked 2026-11-30: not confirmed under
   * the Tax Code in force since 1 January 2026 (taxCode2026News); the UI says so.
   */
  govCourt: {
    title: 'gov.kz, жизненная ситуация № 753: защита прав потребителя в суде',
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

export type SourceId = keyof typeof SOURCES;
