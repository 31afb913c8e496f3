import type { ProblemKind } from '../cases/schema';
import { EVIDENCE_KINDS, type EvidenceKind } from '../evidence/schema';
import { SOURCES, type Source } from '../facts/sources';
import { en } from '../i18n/locales/en';
import { kk } from '../i18n/locales/kk';
import { ru } from '../i18n/locales/ru';

/**
 * Which proof to collect for each problem. A checklist item IS an evidence kind (utils/evidence/schema.ts):
 * a file of that kind stored for the case ticks it (`checkedProof`). The guide's kinds ("Какие
 * доказательства приложить": photos of the damaged item, chat screenshots, an unboxing video for
 * expensive items, receipts and purchase documents, an expert opinion for technically complex items) come
 * with the documents of issue 9 (the order shown as «Выдан», the warranty card, a service-centre report,
 * packaging and labels, the app's return request with its refusal, the claim's postal receipt and delivery
 * notice, a police report for fraud). Which of them is required for which problem is Shagym's own
 * judgement, written down here; where an item's "why" states a legal or Kaspi fact, it names its sources.
 */

import type { Localized } from '../i18n/languages';

export type ProofLevel = 'required' | 'recommended';

export interface ProofItem {
  kind: EvidenceKind;
  level: ProofLevel;
  /** Recommended, and strongly: it can only be made now (the unboxing video). Never `true` when required. */
  strong: boolean;
  label: Localized;
  /** One line: why this proof matters for this problem. */
  why: Localized;
  /** Where the legal or Kaspi facts in `why` come from (each with its checkedOn); empty for Shagym's own advice. */
  sources: readonly Source[];
}

export interface ProofOptions {
  /**
   * Integer tenge, `null` when unknown. No item depends on the price any more: the unboxing video is
   * strongly recommended at any price and never required (neither the Law nor Kaspi requires it).
   */
  price: number | null;
}

/** Generic names of the evidence kinds, from the locales (`evidenceKind`), for lists not tied to a problem. */
export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, Localized>> = Object.fromEntries(
  EVIDENCE_KINDS.map((kind) => [
    kind,
    { ru: ru.evidenceKind[kind], kk: kk.evidenceKind[kind], en: en.evidenceKind[kind] },
  ]),
) as Record<EvidenceKind, Localized>;

interface ProofRule {
  kind: EvidenceKind;
  level: ProofLevel;
  strong?: boolean;
  label: Localized;
  why: Localized;
  sources?: readonly Source[];
}

const RECEIPT: Omit<ProofRule, 'level'> = {
  kind: 'receipt',
  label: {
    ru: 'Чек и документы о покупке',
    kk: 'Чек және сатып алу құжаттары',
    en: 'Receipt and purchase documents',
  },
  why: {
    ru: 'Подтверждают покупку, её дату и цену.',
    kk: 'Сатып алуды, оның күні мен бағасын растайды.',
    en: 'Prove the purchase, its date and its price.',
  },
};

const CHAT: Omit<ProofRule, 'level'> = {
  kind: 'chat-screenshot',
  label: {
    ru: 'Скриншоты переписки с продавцом',
    kk: 'Сатушымен хат алмасудың скриншоттары',
    en: 'Screenshots of your chat with the seller',
  },
  why: {
    ru: 'Показывают, что вы обращались к продавцу и что он ответил.',
    kk: 'Сатушыға жүгінгеніңізді және оның не жауап бергенін көрсетеді.',
    en: 'Show that you contacted the seller and what the seller answered.',
  },
};

const UNBOXING: Omit<ProofRule, 'level'> = {
  kind: 'unboxing-video',
  strong: true,
  label: {
    ru: 'Видео распаковки',
    kk: 'Қаптаманы ашу бейнежазбасы',
    en: 'Unboxing video',
  },
  why: {
    ru: 'Ни Закон о защите прав потребителей, ни Kaspi его не требуют, но снять его можно только при вскрытии посылки — потом уже нельзя. Лучше всего показывает, что недостаток был при получении.',
    kk: 'Оны Тұтынушылардың құқықтарын қорғау туралы заң да, Kaspi да талап етпейді, бірақ оны тек сәлемдемені ашқан кезде түсіруге болады — кейін мүмкін емес. Кемшіліктің тауарды алған кезде болғанын бәрінен жақсы көрсетеді.',
    en: 'Neither the Consumer Protection Law nor Kaspi requires it, but it can only be made as you open the parcel, never afterwards. It shows best that the problem was there when you received the item.',
  },
  sources: [SOURCES.law274, SOURCES.kaspiReturns],
};

const ORDER_ISSUED: Omit<ProofRule, 'level'> = {
  kind: 'order-issued',
  label: {
    ru: 'Скриншот заказа со статусом «Выдан» и датой',
    kk: '«Выдан» (Берілді) мәртебесі мен күні көрсетілген тапсырыстың скриншоты',
    en: 'Screenshot of the order showing «Выдан» (Delivered) with its date',
  },
  why: {
    ru: 'Статус «Выдан» появляется, когда вы получили товар, а сроки возврата в Kaspi идут со дня получения (14 дней, для брака — 30 дней или до конца гарантии).',
    kk: '«Выдан» мәртебесі тауарды алған кезде пайда болады, ал Kaspi-дегі қайтару мерзімдері алған күннен бастап саналады (14 күн, ақаулы тауар үшін — 30 күн немесе кепілдік аяқталғанға дейін).',
    en: "The order shows «Выдан» once you have received the item, and Kaspi's return windows run from the day of receipt (14 days; for a defect, 30 days or until the warranty ends).",
  },
  sources: [SOURCES.kaspiOrderIssued, SOURCES.kaspiReturns],
};

const WARRANTY: Omit<ProofRule, 'level'> = {
  kind: 'warranty-card',
  label: {
    ru: 'Гарантийный талон с серийным номером или IMEI',
    kk: 'Сериялық нөмірі немесе IMEI көрсетілген кепілдік талоны',
    en: 'Warranty card with the serial number or IMEI',
  },
  why: {
    ru: 'Серийный номер или IMEI связывает именно этот экземпляр с гарантией и с заказом.',
    kk: 'Сериялық нөмір немесе IMEI дәл осы тауар данасын кепілдікпен және тапсырыспен байланыстырады.',
    en: 'The serial number or IMEI ties this very unit to its warranty and to the order.',
  },
};

const PACKAGING: Omit<ProofRule, 'level'> = {
  kind: 'packaging-photo',
  label: {
    ru: 'Фото упаковки и ярлыков',
    kk: 'Қаптама мен заттаңбалардың фотосуреттері',
    en: 'Photos of the packaging and labels',
  },
  why: {
    ru: 'Ярлык показывает, что пришло на самом деле: модель, размер, цвет; повреждённая упаковка — как товар везли.',
    kk: 'Заттаңба шын мәнінде не келгенін көрсетеді: үлгісі, өлшемі, түсі; зақымдалған қаптама — тауар қалай тасымалданғанын.',
    en: 'The label shows what actually arrived (model, size, colour); damaged packaging shows how the item travelled.',
  },
};

const CLAIM_POST: Omit<ProofRule, 'level'> = {
  kind: 'claim-postal-receipt',
  label: {
    ru: 'Почтовая квитанция и уведомление о вручении претензии',
    kk: 'Наразылық хатты жіберу туралы пошта түбіртегі және табыс ету туралы хабарлама',
    en: "The claim's postal receipt and delivery notice",
  },
  why: {
    ru: 'Если претензия ушла заказным письмом с уведомлением, уведомление показывает день её получения продавцом — с него идут 10 дней на ответ.',
    kk: 'Наразылық хат хабарламасы бар тапсырыс хатпен жіберілсе, хабарлама оны сатушының алған күнін көрсетеді — жауап беруге берілетін 10 күн сол күннен басталады.',
    en: 'If the claim went by registered mail with a delivery notice, the notice shows the day the seller received it: the 10 days to answer run from then.',
  },
  sources: [SOURCES.law274],
};

const LISTING: Omit<ProofRule, 'level'> = {
  kind: 'listing-snapshot',
  label: {
    ru: 'Снимок карточки товара на kaspi.kz',
    kk: 'kaspi.kz сайтындағы тауар карточкасының көшірмесі',
    en: 'Snapshot of the product page on kaspi.kz',
  },
  why: {
    ru: 'Фиксирует, что обещало описание: карточку могут изменить или удалить.',
    kk: 'Сипаттамада не уәде етілгенін тіркейді: карточка өзгертілуі немесе жойылуы мүмкін.',
    en: 'Records what the description promised: the page can be changed or removed.',
  },
};

const RULES: Readonly<Record<ProblemKind, readonly ProofRule[]>> = {
  'poor-quality': [
    {
      kind: 'photo',
      level: 'required',
      label: {
        ru: 'Фото товара и его недостатков',
        kk: 'Тауардың және оның кемшіліктерінің фотосуреттері',
        en: 'Photos of the item and its defects',
      },
      why: {
        ru: 'Показывают, в чём именно недостаток.',
        kk: 'Кемшіліктің нақты неде екенін көрсетеді.',
        en: 'Show exactly what is wrong with the item.',
      },
    },
    { ...RECEIPT, level: 'required' },
    { ...UNBOXING, level: 'recommended' },
    { ...ORDER_ISSUED, level: 'recommended' },
    { ...WARRANTY, level: 'recommended' },
    {
      kind: 'service-report',
      level: 'recommended',
      label: {
        ru: 'Акт или заключение сервисного центра',
        kk: 'Сервис орталығының актісі немесе қорытындысы',
        en: 'Service-centre report',
      },
      why: {
        ru: 'Фиксирует неисправность, которую нашёл специалист, и её причину.',
        kk: 'Маман тапқан ақауды және оның себебін тіркейді.',
        en: 'Records the fault a technician found, and its cause.',
      },
    },
    { ...PACKAGING, level: 'recommended' },
    { ...CHAT, level: 'recommended' },
    {
      kind: 'expert-report',
      level: 'recommended',
      label: {
        ru: 'Заключение эксперта (для технически сложного товара)',
        kk: 'Сарапшы қорытындысы (техникалық күрделі тауар үшін)',
        en: 'Expert opinion (for a technically complex item)',
      },
      why: {
        ru: 'Подтверждает причину неисправности, если продавец её оспаривает.',
        kk: 'Сатушы дауласса, ақаудың себебін растайды.',
        en: 'Confirms the cause of the fault if the seller disputes it.',
      },
    },
    { ...CLAIM_POST, level: 'recommended' },
  ],
  'not-as-described': [
    {
      kind: 'photo',
      level: 'required',
      label: {
        ru: 'Фото полученного товара',
        kk: 'Алынған тауардың фотосуреттері',
        en: 'Photos of the item you received',
      },
      why: {
        ru: 'Показывают, чем товар отличается от описания.',
        kk: 'Тауардың сипаттамадан айырмашылығын көрсетеді.',
        en: 'Show how the item differs from the description.',
      },
    },
    { ...LISTING, level: 'required' },
    { ...RECEIPT, level: 'required' },
    { ...UNBOXING, level: 'recommended' },
    { ...PACKAGING, level: 'recommended' },
    { ...ORDER_ISSUED, level: 'recommended' },
    { ...WARRANTY, level: 'recommended' },
    { ...CHAT, level: 'recommended' },
    { ...CLAIM_POST, level: 'recommended' },
  ],
  'late-delivery': [
    {
      kind: 'screenshot',
      level: 'required',
      label: {
        ru: 'Скриншот заказа с обещанной датой доставки',
        kk: 'Уәде етілген жеткізу күні көрсетілген тапсырыстың скриншоты',
        en: 'Screenshot of the order with the promised delivery date',
      },
      why: {
        ru: 'Подтверждает срок, который нарушен.',
        kk: 'Бұзылған мерзімді растайды.',
        en: 'Proves the date that was missed.',
      },
    },
    {
      ...LISTING,
      level: 'recommended',
      label: {
        ru: 'Снимок карточки товара со сроком доставки',
        kk: 'Жеткізу мерзімі көрсетілген тауар карточкасының көшірмесі',
        en: 'Snapshot of the product page with the delivery time',
      },
      why: {
        ru: 'Показывает срок доставки, который указал продавец.',
        kk: 'Сатушы көрсеткен жеткізу мерзімін көрсетеді.',
        en: 'Shows the delivery time the seller stated.',
      },
    },
    {
      ...CHAT,
      level: 'recommended',
      why: {
        ru: 'Показывают, что продавец знал о задержке и что обещал.',
        kk: 'Сатушының кешігу туралы білгенін және не уәде бергенін көрсетеді.',
        en: 'Show that the seller knew about the delay and what the seller promised.',
      },
    },
    {
      ...RECEIPT,
      level: 'recommended',
      why: {
        ru: 'Подтверждают оплату заказа.',
        kk: 'Тапсырыстың төленгенін растайды.',
        en: 'Prove that the order was paid for.',
      },
    },
    { ...CLAIM_POST, level: 'recommended' },
  ],
  'return-refused': [
    {
      kind: 'return-request',
      level: 'required',
      label: {
        ru: 'Заявка на возврат в приложении с причиной отказа',
        kk: 'Қосымшадағы қайтаруға өтінім және бас тарту себебі',
        en: "The app's return request with the refusal reason",
      },
      why: {
        ru: 'При отказе Kaspi присылает в приложении сообщение с его причиной: скриншот заявки и этого сообщения фиксирует отказ.',
        kk: 'Бас тартқан кезде Kaspi қосымшаға себебі көрсетілген хабарлама жібереді: өтінім мен осы хабарламаның скриншоты бас тартуды тіркейді.',
        en: 'When a return is refused, Kaspi sends a message in the app with the reason: a screenshot of the request and that message records the refusal.',
      },
      sources: [SOURCES.kaspiReturnOutcome],
    },
    {
      ...RECEIPT,
      level: 'required',
      why: {
        ru: 'Подтверждают покупку и её дату; если чек утерян, подойдут другие доказательства покупки.',
        kk: 'Сатып алуды және оның күнін растайды; чек жоғалса, сатып алудың басқа дәлелдері жарайды.',
        en: 'Prove the purchase and its date; if the receipt is lost, other proof of purchase counts.',
      },
      sources: [SOURCES.law274],
    },
    {
      ...ORDER_ISSUED,
      level: 'recommended',
      why: {
        ru: 'Дата статуса «Выдан» — день получения: от него считают 14 дней на возврат (для брака — 30 дней или до конца гарантии).',
        kk: '«Выдан» мәртебесінің күні — алған күн: қайтаруға берілетін 14 күн (ақаулы тауар үшін — 30 күн немесе кепілдік аяқталғанға дейін) содан бастап саналады.',
        en: 'The date of «Выдан» is the day you received the item: the 14 days to return it (for a defect, 30 days or until the warranty ends) run from it.',
      },
    },
    {
      kind: 'photo',
      level: 'recommended',
      label: {
        ru: 'Фото товара',
        kk: 'Тауардың фотосуреттері',
        en: 'Photos of the item',
      },
      why: {
        ru: 'Показывают, что товар не был в употреблении и сохранил товарный вид — условие возврата у Kaspi.',
        kk: 'Тауардың пайдаланылмағанын және тауарлық түрі сақталғанын көрсетеді — бұл Kaspi-дегі қайтару шарты.',
        en: 'Show that the item is unused and still in its original condition, which Kaspi requires for a return.',
      },
      sources: [SOURCES.kaspiReturns],
    },
    {
      ...PACKAGING,
      level: 'recommended',
      why: {
        ru: 'Показывают, что упаковка и ярлыки на месте: товарный вид сохранён.',
        kk: 'Қаптама мен заттаңбалардың орнында екенін көрсетеді: тауарлық түрі сақталған.',
        en: 'Show that the packaging and labels are intact: the item is in its original condition.',
      },
      sources: [SOURCES.kaspiReturns],
    },
    { ...CHAT, level: 'recommended' },
    { ...CLAIM_POST, level: 'recommended' },
  ],
  fraud: [
    {
      ...CHAT,
      level: 'required',
      why: {
        ru: 'Фиксируют, что и как обещал продавец.',
        kk: 'Сатушының не және қалай уәде бергенін тіркейді.',
        en: 'Record what the seller promised and how.',
      },
    },
    {
      ...LISTING,
      level: 'required',
      why: {
        ru: 'Сохраняет объявление: его могут удалить.',
        kk: 'Тауар карточкасын сақтап қалады: ол жойылуы мүмкін.',
        en: 'Keeps a copy of the listing: it may be removed.',
      },
    },
    {
      kind: 'receipt',
      level: 'required',
      label: { ru: 'Подтверждение оплаты', kk: 'Төлемді растайтын құжат', en: 'Proof of payment' },
      why: {
        ru: 'Показывает, сколько и когда вы заплатили.',
        kk: 'Қанша және қашан төлегеніңізді көрсетеді.',
        en: 'Shows how much you paid and when.',
      },
    },
    {
      kind: 'police-report',
      level: 'recommended',
      label: {
        ru: 'Заявление в полицию (талон-уведомление)',
        kk: 'Полицияға өтініш (талон-хабарлама)',
        en: 'Police report (the acknowledgement slip)',
      },
      why: {
        ru: 'Мошенничество — преступление по Уголовному кодексу; талон-уведомление подтверждает, что вы заявили о нём в полицию.',
        kk: 'Алаяқтық — Қылмыстық кодекс бойынша қылмыс; талон-хабарлама сіздің бұл туралы полицияға арыз бергеніңізді растайды.',
        en: 'Fraud is a crime under the Criminal Code; the acknowledgement slip proves that you reported it to the police.',
      },
      sources: [SOURCES.criminalCode190],
    },
    {
      kind: 'screenshot',
      level: 'recommended',
      label: {
        ru: 'Скриншот заказа и его статуса',
        kk: 'Тапсырыс пен оның мәртебесінің скриншоты',
        en: 'Screenshot of the order and its status',
      },
      why: {
        ru: 'Показывает, что произошло с заказом.',
        kk: 'Тапсырыспен не болғанын көрсетеді.',
        en: 'Shows what happened to the order.',
      },
    },
    {
      kind: 'photo',
      level: 'recommended',
      label: {
        ru: 'Фото того, что пришло (если что-то пришло)',
        kk: 'Келген заттың фотосуреттері (бірдеңе келсе)',
        en: 'Photos of what arrived (if anything did)',
      },
      why: {
        ru: 'Показывают, чем полученное отличается от оплаченного.',
        kk: 'Алынған заттың төленген тауардан айырмашылығын көрсетеді.',
        en: 'Show how what arrived differs from what you paid for.',
      },
    },
    { ...CLAIM_POST, level: 'recommended' },
  ],
  other: [
    {
      kind: 'screenshot',
      level: 'recommended',
      label: { ru: 'Скриншоты заказа', kk: 'Тапсырыстың скриншоттары', en: 'Screenshots of the order' },
      why: {
        ru: 'Фиксируют данные заказа и его статус.',
        kk: 'Тапсырыс деректерін және оның мәртебесін тіркейді.',
        en: 'Record the order details and its status.',
      },
    },
    { ...RECEIPT, level: 'recommended' },
    { ...CHAT, level: 'recommended' },
    {
      kind: 'photo',
      level: 'recommended',
      label: { ru: 'Фото товара', kk: 'Тауардың фотосуреттері', en: 'Photos of the item' },
      why: {
        ru: 'Показывают, в каком виде вы получили товар.',
        kk: 'Тауарды қандай күйде алғаныңызды көрсетеді.',
        en: 'Show the state in which you received the item.',
      },
    },
    { ...CLAIM_POST, level: 'recommended' },
  ],
};

/**
 * The proof to collect for a problem: required items first, each group in the order of importance.
 * @example proofChecklist('poor-quality', { price: 250_000 }).filter((p) => p.level === 'required')
 *   // photo, receipt (the unboxing video is strongly recommended, never required)
 */
export function proofChecklist(problem: ProblemKind, _options: ProofOptions): ProofItem[] {
  const items = RULES[problem].map((rule): ProofItem => ({
    kind: rule.kind,
    level: rule.level,
    strong: rule.level === 'recommended' && rule.strong === true,
    label: rule.label,
    why: rule.why,
    sources: rule.sources ?? [],
  }));
  return [...items.filter((i) => i.level === 'required'), ...items.filter((i) => i.level === 'recommended')];
}

/**
 * The checklist's ticks: what the buyer ticked, plus every kind of which a file is stored for the case
 * (a file added as evidence ticks its item). Derived on display; the case row keeps only the buyer's ticks.
 */
export function checkedProof(
  ticked: readonly EvidenceKind[],
  stored: readonly { kind: EvidenceKind }[],
): EvidenceKind[] {
  return [...new Set([...ticked, ...stored.map((e) => e.kind)])];
}

/** Required items of the checklist for which the buyer has no evidence of that kind yet. */
export function missingRequiredProof(
  checklist: readonly ProofItem[],
  have: readonly EvidenceKind[],
): ProofItem[] {
  return checklist.filter((item) => item.level === 'required' && !have.includes(item.kind));
}
