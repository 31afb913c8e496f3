import type { Lang } from '../i18n/languages';
import { SOURCES } from './sources';

/**
 * Where an appeal goes: the regional department of the Ministry of Trade and Integration that protects
 * consumers — «Департамент торговли и защиты прав потребителей по …» as the departments sign in
 * 2025–2026 news (SOURCES.consumerDepartments). 17 regions and the three cities of republican
 * significance, as since the regions of 8 June 2022 (Abai, Zhetisu, Ulytau). Which committee the
 * departments report to was not confirmed, so letters name the department and the Ministry only.
 */
export const AUTHORITY_SOURCE = SOURCES.consumerDepartments;

export const AUTHORITY_REGIONS = [
  'astana',
  'almaty-city',
  'shymkent',
  'abai',
  'akmola',
  'aktobe',
  'almaty-region',
  'atyrau',
  'east-kazakhstan',
  'zhambyl',
  'zhetisu',
  'west-kazakhstan',
  'karaganda',
  'kostanay',
  'kyzylorda',
  'mangystau',
  'pavlodar',
  'north-kazakhstan',
  'turkistan',
  'ulytau',
] as const;
export type AuthorityRegion = (typeof AUTHORITY_REGIONS)[number];

interface RegionNames {
  /** As a choice in a list. */
  name: Readonly<Record<Lang, string>>;
  /** "по …" / "… бойынша" / "of …", as the department's name needs it. */
  of: Readonly<Record<Lang, string>>;
}

export const REGION_NAMES: Readonly<Record<AuthorityRegion, RegionNames>> = {
  astana: {
    name: { ru: 'Город Астана', kk: 'Астана қаласы', en: 'Astana' },
    of: { ru: 'по городу Астана', kk: 'Астана қаласы бойынша', en: 'the City of Astana' },
  },
  'almaty-city': {
    name: { ru: 'Город Алматы', kk: 'Алматы қаласы', en: 'Almaty (city)' },
    of: { ru: 'по городу Алматы', kk: 'Алматы қаласы бойынша', en: 'the City of Almaty' },
  },
  shymkent: {
    name: { ru: 'Город Шымкент', kk: 'Шымкент қаласы', en: 'Shymkent' },
    of: { ru: 'по городу Шымкент', kk: 'Шымкент қаласы бойынша', en: 'the City of Shymkent' },
  },
  abai: {
    name: { ru: 'Область Абай', kk: 'Абай облысы', en: 'Abai Region' },
    of: { ru: 'по области Абай', kk: 'Абай облысы бойынша', en: 'Abai Region' },
  },
  akmola: {
    name: { ru: 'Акмолинская область', kk: 'Ақмола облысы', en: 'Akmola Region' },
    of: { ru: 'по Акмолинской области', kk: 'Ақмола облысы бойынша', en: 'Akmola Region' },
  },
  aktobe: {
    name: { ru: 'Актюбинская область', kk: 'Ақтөбе облысы', en: 'Aktobe Region' },
    of: { ru: 'по Актюбинской области', kk: 'Ақтөбе облысы бойынша', en: 'Aktobe Region' },
  },
  'almaty-region': {
    name: { ru: 'Алматинская область', kk: 'Алматы облысы', en: 'Almaty Region' },
    of: { ru: 'по Алматинской области', kk: 'Алматы облысы бойынша', en: 'Almaty Region' },
  },
  atyrau: {
    name: { ru: 'Атырауская область', kk: 'Атырау облысы', en: 'Atyrau Region' },
    of: { ru: 'по Атырауской области', kk: 'Атырау облысы бойынша', en: 'Atyrau Region' },
  },
  'east-kazakhstan': {
    name: {
      ru: 'Восточно-Казахстанская область',
      kk: 'Шығыс Қазақстан облысы',
      en: 'East Kazakhstan Region',
    },
    of: {
      ru: 'по Восточно-Казахстанской области',
      kk: 'Шығыс Қазақстан облысы бойынша',
      en: 'East Kazakhstan Region',
    },
  },
  zhambyl: {
    name: { ru: 'Жамбылская область', kk: 'Жамбыл облысы', en: 'Zhambyl Region' },
    of: { ru: 'по Жамбылской области', kk: 'Жамбыл облысы бойынша', en: 'Zhambyl Region' },
  },
  zhetisu: {
    name: { ru: 'Область Жетісу', kk: 'Жетісу облысы', en: 'Zhetisu Region' },
    of: { ru: 'по области Жетісу', kk: 'Жетісу облысы бойынша', en: 'Zhetisu Region' },
  },
  'west-kazakhstan': {
    name: { ru: 'Западно-Казахстанская область', kk: 'Батыс Қазақстан облысы', en: 'West Kazakhstan Region' },
    of: {
      ru: 'по Западно-Казахстанской области',
      kk: 'Батыс Қазақстан облысы бойынша',
      en: 'West Kazakhstan Region',
    },
  },
  karaganda: {
    name: { ru: 'Карагандинская область', kk: 'Қарағанды облысы', en: 'Karaganda Region' },
    of: { ru: 'по Карагандинской области', kk: 'Қарағанды облысы бойынша', en: 'Karaganda Region' },
  },
  kostanay: {
    name: { ru: 'Костанайская область', kk: 'Қостанай облысы', en: 'Kostanay Region' },
    of: { ru: 'по Костанайской области', kk: 'Қостанай облысы бойынша', en: 'Kostanay Region' },
  },
  kyzylorda: {
    name: { ru: 'Кызылординская область', kk: 'Қызылорда облысы', en: 'Kyzylorda Region' },
    of: { ru: 'по Кызылординской области', kk: 'Қызылорда облысы бойынша', en: 'Kyzylorda Region' },
  },
  mangystau: {
    name: { ru: 'Мангистауская область', kk: 'Маңғыстау облысы', en: 'Mangystau Region' },
    of: { ru: 'по Мангистауской области', kk: 'Маңғыстау облысы бойынша', en: 'Mangystau Region' },
  },
  pavlodar: {
    name: { ru: 'Павлодарская область', kk: 'Павлодар облысы', en: 'Pavlodar Region' },
    of: { ru: 'по Павлодарской области', kk: 'Павлодар облысы бойынша', en: 'Pavlodar Region' },
  },
  'north-kazakhstan': {
    name: {
      ru: 'Северо-Казахстанская область',
      kk: 'Солтүстік Қазақстан облысы',
      en: 'North Kazakhstan Region',
    },
    of: {
      ru: 'по Северо-Казахстанской области',
      kk: 'Солтүстік Қазақстан облысы бойынша',
      en: 'North Kazakhstan Region',
    },
  },
  turkistan: {
    name: { ru: 'Туркестанская область', kk: 'Түркістан облысы', en: 'Turkistan Region' },
    of: { ru: 'по Туркестанской области', kk: 'Түркістан облысы бойынша', en: 'Turkistan Region' },
  },
  ulytau: {
    name: { ru: 'Область Ұлытау', kk: 'Ұлытау облысы', en: 'Ulytau Region' },
    of: { ru: 'по области Ұлытау', kk: 'Ұлытау облысы бойынша', en: 'Ulytau Region' },
  },
};

/** The address block of an appeal: the department, then its Ministry, in the grammar of each language. */
export function departmentAddress(region: AuthorityRegion, lang: Lang): string {
  const of = REGION_NAMES[region].of[lang];
  switch (lang) {
    case 'ru':
      return `В Департамент торговли и защиты прав потребителей ${of}\nМинистерства торговли и интеграции Республики Казахстан`;
    case 'kk':
      return `Қазақстан Республикасы Сауда және интеграция министрлігінің\n${of} сауда және тұтынушылардың құқықтарын қорғау департаментіне`;
    case 'en':
      return `To: the Department of Trade and Consumer Protection of ${of}\nMinistry of Trade and Integration of the Republic of Kazakhstan`;
  }
}
