import type { Lang } from '../i18n/languages';
import { LAW } from './law';

/**
 * Goods of proper quality the seller need not take back within the law's 14 days (Law 274-IV,
 * LAW.sellerReturnDuty). When the buyer's item may be one of them, Shagym neither cites that article
 * nor shows the 14-day return, and says why.
 *
 * `words` are lower-case stems looked for in the product's title: a hint only ("may be"), the buyer
 * confirms or corrects it; `unless` stems (accessories) keep a phone case from counting as a phone.
 */
export interface ReturnException {
  key: string;
  name: Readonly<Record<Lang, string>>;
  words: readonly string[];
  unless?: readonly string[];
}

export const RETURN_EXCEPTIONS_SOURCE = LAW.sellerReturnDuty.source;

export const LAW_RETURN_EXCEPTIONS = [
  {
    key: 'medicines',
    name: {
      ru: 'Лекарственные средства и медицинские изделия',
      kk: 'Дәрілік заттар және медициналық бұйымдар',
      en: 'Medicines and medical devices',
    },
    words: [
      'лекарств',
      'таблетк',
      'медицинск',
      'тонометр',
      'глюкометр',
      'термометр',
      'ингалятор',
      'небулайзер',
    ],
  },
  {
    key: 'underwear',
    name: { ru: 'Нательное бельё', kk: 'Іш киім', en: 'Underwear' },
    words: ['трусы', 'бюстгальтер', 'нательн', 'бельё', 'белье', 'боксеры', 'іш киім'],
    unless: ['постельн', 'сушилк'],
  },
  {
    key: 'hosiery',
    name: { ru: 'Чулочно-носочные изделия', kk: 'Шұлық-ұйық бұйымдары', en: 'Hosiery' },
    words: ['носки', 'колготки', 'чулки', 'гольфы', 'шұлық'],
  },
  {
    key: 'animals-plants',
    name: { ru: 'Животные и растения', kk: 'Жануарлар мен өсімдіктер', en: 'Animals and plants' },
    words: ['саженец', 'саженц', 'рассада', 'семена', 'котёнок', 'котенок', 'щенок', 'живое растение'],
  },
  {
    key: 'sold-by-length',
    name: {
      ru: 'Метражные товары (ткани, плёнка и другие товары на отрез)',
      kk: 'Метрмен сатылатын тауарлар (мата, үлбір және т.б.)',
      en: 'Goods sold by length (fabric, film and the like)',
    },
    words: ['на отрез', 'метраж', 'погонный метр', 'ткань ', 'ткань,'],
  },
  {
    key: 'mobile-phones',
    name: {
      ru: 'Мобильные телефоны (абонентские устройства сотовой связи)',
      kk: 'Ұялы телефондар (ұялы байланыстың абоненттік құрылғылары)',
      en: 'Mobile phones (cellular subscriber devices)',
    },
    words: ['смартфон', 'мобильный телефон', 'сотовый телефон', 'iphone', 'ұялы телефон', 'smartphone'],
    unless: [
      'чехол',
      'стекло',
      'плёнк',
      'пленк',
      'кабель',
      'зарядн',
      'держател',
      'наушник',
      'штатив',
      'case',
    ],
  },
] as const satisfies readonly ReturnException[];

export type ReturnExceptionKey = (typeof LAW_RETURN_EXCEPTIONS)[number]['key'];
export const RETURN_EXCEPTION_KEYS = LAW_RETURN_EXCEPTIONS.map((e) => e.key) as [
  ReturnExceptionKey,
  ...ReturnExceptionKey[],
];

/** The exception the title suggests, if any: a hint for the buyer to confirm, never a verdict. */
export function guessReturnException(title: string | null): ReturnExceptionKey | null {
  if (!title) return null;
  const t = title.toLowerCase();
  for (const e of LAW_RETURN_EXCEPTIONS as readonly ReturnException[]) {
    if (e.unless?.some((w) => t.includes(w))) continue;
    if (e.words.some((w) => t.includes(w))) return e.key as ReturnExceptionKey;
  }
  return null;
}

/**
 * Whether the item may be an exception: the buyer's answer when given ('none' = not one of them),
 * else the hint from the title.
 */
export function returnExceptionOf(
  answer: ReturnExceptionKey | 'none' | null,
  title: string | null,
): ReturnExceptionKey | null {
  if (answer === 'none') return null;
  return answer ?? guessReturnException(title);
}

export function returnExceptionName(key: ReturnExceptionKey, lang: Lang): string {
  const e = LAW_RETURN_EXCEPTIONS.find((x) => x.key === key);
  return e ? e.name[lang] : key;
}
