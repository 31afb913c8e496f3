import type { ProblemKind } from '../cases/schema';
import type { EvidenceKind } from '../evidence/schema';
import type { Lang } from '../i18n/languages';

/**
 * Which proof to collect for each problem. The kinds come from the seed guide ("Какие доказательства
 * приложить": photos of the damaged item, chat screenshots, an unboxing video for expensive items,
 * receipts and purchase documents, an expert opinion for technically complex items); which of them is
 * required for which problem is Shagym's own judgement, written down here.
 */

type Localized = Readonly<Record<Lang, string>>;

export type ProofLevel = 'required' | 'recommended';

export interface ProofItem {
  kind: EvidenceKind;
  level: ProofLevel;
  label: Localized;
  /** One line: why this proof matters for this problem. */
  why: Localized;
}

/**
 * From this price (integer tenge) an unboxing video is required for poor-quality and not-as-described.
 * The guide says only "for expensive items"; 100 000 ₸ is our choice. Below it, or with the price
 * unknown, the video is recommended.
 */
export const UNBOXING_VIDEO_REQUIRED_FROM_PRICE = 100_000;

export interface ProofOptions {
  /** Integer tenge, `null` when unknown. */
  price: number | null;
}

/** Generic names of the evidence kinds (for lists that are not tied to a problem). */
export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, Localized>> = {
  screenshot: { ru: 'Скриншот', kk: 'Скриншот', en: 'Screenshot' },
  'listing-snapshot': {
    ru: 'Снимок карточки товара',
    kk: 'Тауар карточкасының көшірмесі',
    en: 'Product page snapshot',
  },
  photo: { ru: 'Фото', kk: 'Фотосурет', en: 'Photo' },
  'chat-screenshot': { ru: 'Скриншот переписки', kk: 'Хат алмасу скриншоты', en: 'Chat screenshot' },
  'unboxing-video': { ru: 'Видео распаковки', kk: 'Қаптаманы ашу бейнежазбасы', en: 'Unboxing video' },
  receipt: {
    ru: 'Чек или документ о покупке',
    kk: 'Чек немесе сатып алу құжаты',
    en: 'Receipt or purchase document',
  },
  'expert-report': { ru: 'Заключение эксперта', kk: 'Сарапшы қорытындысы', en: 'Expert opinion' },
  other: { ru: 'Другое', kk: 'Басқа', en: 'Other' },
};

interface ProofRule {
  kind: EvidenceKind;
  /** `'by-price'`: required from UNBOXING_VIDEO_REQUIRED_FROM_PRICE, recommended below or when unknown. */
  level: ProofLevel | 'by-price';
  label: Localized;
  why: Localized;
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
  label: {
    ru: 'Видео распаковки',
    kk: 'Қаптаманы ашу бейнежазбасы',
    en: 'Unboxing video',
  },
  why: {
    ru: 'Доказывает, что недостаток был уже при получении; для дорогого товара — главное доказательство.',
    kk: 'Кемшіліктің тауарды алған кезде-ақ болғанын дәлелдейді; қымбат тауар үшін — басты дәлел.',
    en: 'Proves the problem was there when you received the item; for an expensive item it is the key proof.',
  },
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
    { ...UNBOXING, level: 'by-price' },
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
    { ...UNBOXING, level: 'by-price' },
    { ...CHAT, level: 'recommended' },
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
  ],
  'return-refused': [
    {
      kind: 'screenshot',
      level: 'required',
      label: {
        ru: 'Скриншот отказа в возврате',
        kk: 'Қайтарудан бас тарту туралы хабарламаның скриншоты',
        en: 'Screenshot of the return refusal',
      },
      why: {
        ru: 'Фиксирует отказ и его причину.',
        kk: 'Бас тартуды және оның себебін тіркейді.',
        en: 'Records the refusal and the reason given.',
      },
    },
    {
      ...RECEIPT,
      level: 'required',
      why: {
        ru: 'Подтверждают покупку и её дату; если чек утерян, подойдут другие доказательства покупки.',
        kk: 'Сатып алуды және оның күнін растайды; чек жоғалса, сатып алудың басқа дәлелдері жарайды.',
        en: 'Prove the purchase and its date; if the receipt is lost, other proof of purchase counts.',
      },
    },
    {
      kind: 'photo',
      level: 'recommended',
      label: {
        ru: 'Фото товара: вид, ярлыки, упаковка',
        kk: 'Тауардың фотосуреттері: сыртқы түрі, заттаңбалары, қаптамасы',
        en: 'Photos of the item: condition, labels, packaging',
      },
      why: {
        ru: 'Показывают, что товар не был в употреблении и сохранил товарный вид.',
        kk: 'Тауардың пайдаланылмағанын және тауарлық түрі сақталғанын көрсетеді.',
        en: 'Show that the item is unused and still in its original condition.',
      },
    },
    { ...CHAT, level: 'recommended' },
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
        kk: 'Хабарландыруды сақтап қалады: ол жойылуы мүмкін.',
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
  ],
};

function resolveLevel(level: ProofRule['level'], price: number | null): ProofLevel {
  if (level !== 'by-price') return level;
  return price !== null && price >= UNBOXING_VIDEO_REQUIRED_FROM_PRICE ? 'required' : 'recommended';
}

/**
 * The proof to collect for a problem: required items first, each group in the order of importance.
 * @example proofChecklist('poor-quality', { price: 250_000 }).filter((p) => p.level === 'required')
 *   // photo, receipt, unboxing-video
 */
export function proofChecklist(problem: ProblemKind, options: ProofOptions): ProofItem[] {
  const items = RULES[problem].map((rule): ProofItem => ({
    kind: rule.kind,
    level: resolveLevel(rule.level, options.price),
    label: rule.label,
    why: rule.why,
  }));
  return [...items.filter((i) => i.level === 'required'), ...items.filter((i) => i.level === 'recommended')];
}

/** Required items of the checklist for which the buyer has no evidence of that kind yet. */
export function missingRequiredProof(
  checklist: readonly ProofItem[],
  have: readonly EvidenceKind[],
): ProofItem[] {
  return checklist.filter((item) => item.level === 'required' && !have.includes(item.kind));
}
