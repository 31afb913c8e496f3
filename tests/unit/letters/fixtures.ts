import type { Buyer, OrderFacts, ProblemKind, Remedy } from '../../../utils/cases/schema';
import type { Lang } from '../../../utils/i18n/languages';
import type { LetterInput } from '../../../utils/letters';
import { proofChecklist } from '../../../utils/proof';

/** A complete order: every fact known (values shaped like real kaspi.kz data, research §1). */
export const ORDER: OrderFacts = {
  orderNumber: '1022135385',
  productCode: '102529963',
  productTitle: 'Пылесос Dreame V12 Pro серый',
  productUrl: 'https://kaspi.kz/shop/p/dreame-v12-pro-seryi-102529963/',
  sellerName: 'Alfa Store',
  merchantId: 'AlfaStore',
  price: 129_990,
  orderDate: '2026-11-01',
  receivedDate: '2026-11-05',
};

export const BUYER: Buyer = {
  name: 'Айгерим Сапарова',
  phone: '+7 701 234 56 78',
  email: 'aigerim@example.kz',
  address: 'г. Алматы, ул. Абая, 10, кв. 5',
  iin: '900101400123',
};

/** What a buyer would write, in the language of the text (so each golden file reads as a whole). */
export const DESCRIPTIONS: Readonly<Record<Lang, Readonly<Record<ProblemKind, string>>>> = {
  ru: {
    'poor-quality':
      'Через два дня после получения пылесос перестал заряжаться, индикатор батареи мигает красным.',
    'not-as-described':
      'В карточке указана мощность всасывания 150 АВт и две щётки, пришла модель на 100 АВт с одной щёткой.',
    'late-delivery':
      'Доставку обещали 3 ноября, но товар до сих пор не доставлен; срок доставки дважды переносили.',
    'return-refused':
      'Возврат оформлен через приложение 6 ноября; товар не использовался, упаковка и ярлыки целы. Продавец отказал, не объяснив причину.',
    fraud:
      'Вместо оригинального пылесоса Dreame пришла подделка без серийного номера и гарантийного талона; на сообщения продавец не отвечает.',
    other: 'В коробке не оказалось зарядного устройства, которое указано в комплектации.',
  },
  kk: {
    'poor-quality':
      'Алғаннан кейін екі күннен соң шаңсорғыш зарядталмай қалды, батарея индикаторы қызыл түспен жыпылықтайды.',
    'not-as-described':
      'Карточкада сору қуаты 150 АВт және екі щетка көрсетілген, ал 100 АВт, бір щеткасы бар модель келді.',
    'late-delivery':
      'Жеткізуді 3 қарашаға уәде етті, бірақ тауар әлі күнге дейін жеткізілген жоқ; жеткізу мерзімі екі рет шегерілді.',
    'return-refused':
      'Қосымша арқылы 6 қарашада қайтаруды рәсімдедім, тауар пайдаланылмаған, қаптамасы мен заттаңбалары бүтін. Сатушы себебін түсіндірмей бас тартты.',
    fraud:
      'Түпнұсқа Dreame шаңсорғышының орнына сериялық нөмірі мен кепілдік талоны жоқ жалған тауар келді; сатушы хабарламаларға жауап бермейді.',
    other: 'Қорапта жинақтамада көрсетілген зарядтау құрылғысы болмады.',
  },
  en: {
    'poor-quality':
      'Two days after delivery the vacuum cleaner stopped charging; the battery indicator flashes red.',
    'not-as-described':
      'The product page promised 150 AW suction and two brushes; a 100 AW model with one brush arrived.',
    'late-delivery':
      'Delivery was promised for 3 November, but the item has still not been delivered; the delivery date was moved twice.',
    'return-refused':
      'I requested a return in the app on 6 November; the item was unused, with its packaging and labels intact. The seller refused without giving a reason.',
    fraud:
      'Instead of an original Dreame vacuum cleaner, a counterfeit without a serial number or warranty card arrived; the seller does not answer messages.',
    other: 'The charger listed in the package contents was missing from the box.',
  },
};

/**
 * Every fact known; attachments are the problem's required proof and the strongly recommended unboxing
 * video (the whole checklist, with the documents of issue 9, would crowd the description out of the
 * support message).
 */
export function completeInput(problem: ProblemKind, remedy: Remedy, lang: Lang): LetterInput {
  return {
    // A late order has not arrived yet: no received date.
    order: problem === 'late-delivery' ? { ...ORDER, receivedDate: null } : ORDER,
    problem,
    remedy,
    description: DESCRIPTIONS[lang][problem],
    buyer: BUYER,
    today: '2026-11-24',
    claimSentDate: '2026-11-10',
    sellerAnswer: 'no-answer',
    attachments: proofChecklist(problem, { price: ORDER.price })
      .filter((item) => item.level === 'required' || item.strong)
      .map((item) => item.kind),
    sellerAddress: 'г. Алматы, пр. Достык, 100',
    sellerBin: '180340012345',
    // Registered mail, received on the 12th: the seller's 10 days ended on Mon 23 Nov (22nd is a Sunday).
    claimDelivery: 'post',
    claimReceivedDate: '2026-11-12',
    authorityRegion: 'almaty-city',
    // Files stored for the case: listed by name in the claim's attachments.
    evidence: [
      { kind: 'photo', name: 'IMG_2041.jpg' },
      { kind: 'photo', name: 'IMG_2042.jpg' },
      { kind: 'receipt', name: 'chek-1022135385.pdf' },
    ],
  };
}
