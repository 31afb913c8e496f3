/**
 * Where each contact and step in ./channels.ts comes from. Titles stay in the source's own language.
 * See shared/research/kaspi-and-law.md §2–3 for how each fact was found.
 */
export interface Source {
  title: string;
  /** `null` only for the seed guide, which was given to the project as a file without its address. */
  url: string | null;
}

export const SOURCES = {
  /** shared/seed/complaint-guide-ru.txt: the guide the product follows. Its contacts are not confirmed elsewhere. */
  seedGuide: {
    title: 'Гид «Как пожаловаться на продавца в Kaspi Marketplace» (исходный гид проекта Shagym)',
    url: null,
  },
  /** "9999 Бесплатно с мобильного" in the kaspi.kz page footer (2025). */
  kaspiFooter: {
    title: 'kaspi.kz, подвал сайта: «9999 Бесплатно с мобильного» (2025)',
    url: 'https://kaspi.kz/',
  },
  /** Kaspi's own return flow for buyers (also q16179: what happens after the seller decides). */
  kaspiReturns: {
    title: 'Kaspi Гид: возврат товара (q16178)',
    url: 'https://guide.kaspi.kz/client/kz/shop/returns/q16178',
  },
  kaspiTelegram: {
    title: 'Kaspi.kz в Telegram (t.me/kaspikz)',
    url: 'https://t.me/kaspikz',
  },
  /** Law 274-IV of 4 May 2010; Art. 42-4 is the claim procedure, Art. 30 the 14-day return. */
  law274: {
    title: 'Закон РК от 4 мая 2010 года № 274-IV «О защите прав потребителей», статьи 30 и 42-4',
    url: 'https://adilet.zan.kz/rus/docs/Z100000274_',
  },
  eOtinish: {
    title: 'e-Otinish: обращения в государственные органы',
    url: 'https://eotinish.kz/',
  },
  /** No court fee for consumer claims. */
  govCourt: {
    title: 'gov.kz, жизненная ситуация № 753: защита прав потребителя в суде',
    url: 'https://gov.kz/situations/753',
  },
} as const satisfies Record<string, Source>;
