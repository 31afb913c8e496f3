import type { ProblemKind, Remedy } from '../cases/schema';
import type { EvidenceKind } from '../evidence/schema';
import type { Lang } from '../i18n/languages';
import { formatDate, type DateForm } from './format';
import type { SellerAnswer } from './types';

/**
 * Every sentence of every text, per language. build.ts only arranges them.
 *
 * Law cited (shared/research/kaspi-and-law.md §3; article texts checked against zozpp.kz and
 * adilet.zan.kz, Z100000274_):
 * - Law 274-IV of 4 May 2010 «О защите прав потребителей», Art. 42-4: the claim; the seller considers
 *   it and, when disagreeing, gives a reasoned written answer within 10 calendar days of receiving it.
 * - Art. 30 p.1: exchange or return of non-food goods of proper quality within 14 calendar days of
 *   purchase (cited only where it applies, see build.ts `citesArticle30`).
 * - Administrative Code Art. 190 part 5: only in the authority appeal, only for a missed answer.
 * No 1%-per-day penalty: it is Russian law, not Kazakh.
 */

export interface Phrases {
  date(iso: string, form?: DateForm): string;
  orderNo(orderNumber: string): string;
  label: {
    orderNumber: string;
    product: string;
    productCode: string;
    productUrl: string;
    seller: string;
    price: string;
    orderDate: string;
    receivedDate: string;
    sellerAddress: string;
    from: string;
    phone: string;
    email: string;
    address: string;
    date: string;
    signature: string;
    attachments: string;
    problem: string;
    details: string;
  };
  problemShort: Readonly<Record<ProblemKind, string>>;
  /** A full sentence for the claim and the appeal. */
  problemStatement: Readonly<Record<ProblemKind, string>>;
  /** What the seller must do, starting in lower case (used after a colon or inside a sentence). */
  demand(remedy: Remedy, problem: ProblemKind, price: string | null): string;
  /** A full sentence asking Kaspi support for help. */
  wish(remedy: Remedy | null, problem: ProblemKind): string;
  /** An attachment, as a noun phrase starting with a capital letter. */
  attachment(kind: EvidenceKind, problem: ProblemKind): string;
  /** One or two sentences on the claim already sent (support message and e-mail). */
  claimStatus(sentIso: string, answer: SellerAnswer | null): string;
  support: { greeting(orderNumber: string | null): string; attached: string };
  email: {
    /** How the subject names the order: by its number, else the item's title, else its code. */
    ident(by: 'order' | 'title' | 'code', value: string): string;
    subject(ident: string, seller: string | null, problemShort: string): string;
    greeting: string;
    intro: string;
    attached: string;
    closing: string;
  };
  claim: {
    to(seller: string): string;
    title: string;
    lawLine: string;
    intro: string;
    problemHeading: string;
    art30: string;
    demandHeading: string;
    deadline: string;
    replyTo(email: string | null, address: string | null): string | null;
    reserve: string;
  };
  appeal: {
    to: string;
    title: string;
    intro(seller: string): string;
    orderIntro: string;
    problemHeading: string;
    lawSentence: string;
    claimSent(sentIso: string, demand: string): string;
    refused: string;
    noAnswer(todayIso: string): string;
    requestsHeading: string;
    requests(noAnswer: boolean): string[];
    claimCopy(sentIso: string): string;
  };
}

/** Ends a sentence with a full stop unless it already ends with one ("… 2026 г."). */
export function endSentence(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}

/** Problems after which the buyer holds the item (so a refund means returning it). */
const ITEM_RECEIVED: ReadonlySet<ProblemKind> = new Set([
  'poor-quality',
  'not-as-described',
  'return-refused',
]);

const ru: Phrases = {
  date: (iso, form) => formatDate(iso, 'ru', form),
  orderNo: (n) => `№ ${n}`,
  label: {
    orderNumber: 'Номер заказа',
    product: 'Товар',
    productCode: 'Код товара',
    productUrl: 'Ссылка на товар',
    seller: 'Продавец',
    price: 'Цена',
    orderDate: 'Дата заказа',
    receivedDate: 'Дата получения',
    sellerAddress: 'Адрес продавца',
    from: 'От кого',
    phone: 'Телефон',
    email: 'Эл. почта',
    address: 'Адрес',
    date: 'Дата',
    signature: 'Подпись',
    attachments: 'Приложения',
    problem: 'Проблема',
    details: 'Подробности',
  },
  problemShort: {
    'poor-quality': 'товар ненадлежащего качества',
    'not-as-described': 'товар не соответствует описанию',
    'late-delivery': 'нарушен срок доставки',
    'return-refused': 'отказ в возврате товара',
    fraud: 'мошеннические действия продавца',
    other: 'проблема с заказом',
  },
  problemStatement: {
    'poor-quality': 'Полученный товар оказался ненадлежащего качества: в нём обнаружены недостатки.',
    'not-as-described':
      'Полученный товар не соответствует описанию и характеристикам, указанным в карточке товара на kaspi.kz.',
    'late-delivery': 'Продавец нарушил срок доставки товара, указанный при оформлении заказа.',
    'return-refused': 'Продавец отказал мне в возврате товара.',
    fraud: 'Считаю действия продавца недобросовестными: они ввели меня в заблуждение.',
    other: 'По заказу возникла проблема, описанная ниже.',
  },
  demand(remedy, problem, price) {
    const sum = price === null ? '' : ` (${price})`;
    switch (remedy) {
      case 'refund':
        if (ITEM_RECEIVED.has(problem))
          return `принять товар обратно и вернуть уплаченную за него сумму${sum} тем же способом, которым производилась оплата`;
        if (problem === 'late-delivery')
          return `вернуть уплаченную за заказ сумму${sum} тем же способом, которым производилась оплата`;
        return `вернуть уплаченную сумму${sum} тем же способом, которым производилась оплата`;
      case 'replacement':
        if (problem === 'not-as-described')
          return 'заменить товар на товар, соответствующий описанию в карточке товара';
        if (problem === 'return-refused') return 'обменять товар на аналогичный товар';
        return 'заменить товар на такой же товар надлежащего качества';
      case 'repair':
        return 'безвозмездно устранить недостатки товара';
      case 'price-reduction':
        return 'соразмерно уменьшить покупную цену товара и вернуть мне разницу';
      case 'delivery':
        if (problem === 'late-delivery') return 'доставить оплаченный товар без дальнейшей задержки';
        return 'передать мне оплаченный товар надлежащего качества в соответствии с заказом';
    }
  },
  wish(remedy, problem) {
    switch (remedy) {
      case null:
        return 'Прошу разобраться и помочь решить вопрос.';
      case 'refund':
        if (ITEM_RECEIVED.has(problem)) return 'Прошу помочь вернуть товар и получить деньги обратно.';
        if (problem === 'late-delivery') return 'Прошу помочь вернуть деньги за заказ.';
        return 'Прошу помочь вернуть уплаченные деньги.';
      case 'replacement':
        return 'Прошу помочь заменить товар на исправный, соответствующий описанию.';
      case 'repair':
        return 'Прошу помочь с бесплатным устранением недостатков товара.';
      case 'price-reduction':
        return 'Прошу помочь уменьшить цену товара и вернуть разницу.';
      case 'delivery':
        if (problem === 'late-delivery')
          return 'Прошу помочь получить оплаченный товар без дальнейшей задержки.';
        return 'Прошу помочь получить оплаченный товар в соответствии с заказом.';
    }
  },
  attachment(kind, problem) {
    switch (kind) {
      case 'photo':
        return 'Фотографии товара';
      case 'chat-screenshot':
        return 'Скриншоты переписки с продавцом';
      case 'unboxing-video':
        return 'Видеозапись распаковки товара';
      case 'receipt':
        return 'Копии чека и документов о покупке';
      case 'expert-report':
        return 'Копия заключения эксперта';
      case 'listing-snapshot':
        return 'Снимок карточки товара на kaspi.kz';
      case 'screenshot':
        if (problem === 'late-delivery') return 'Скриншот заказа с обещанной датой доставки';
        if (problem === 'return-refused') return 'Скриншот отказа в возврате товара';
        return 'Скриншоты заказа';
      case 'other':
        return 'Иные документы';
      case 'order-issued':
        return 'Скриншот заказа со статусом «Выдан» и датой выдачи';
      case 'warranty-card':
        return 'Копия гарантийного талона с серийным номером (IMEI)';
      case 'service-report':
        return 'Копия акта (заключения) сервисного центра';
      case 'packaging-photo':
        return 'Фотографии упаковки и ярлыков товара';
      case 'return-request':
        return 'Скриншот заявки на возврат в приложении Kaspi.kz с причиной отказа';
      case 'claim-postal-receipt':
        return 'Копии почтовой квитанции об отправке претензии и уведомления о вручении';
      case 'police-report':
        return 'Копия талона-уведомления о принятии заявления в полицию';
    }
  },
  claimStatus(sentIso, answer) {
    const sent = endSentence(`Претензия продавцу направлена ${formatDate(sentIso, 'ru')}`);
    if (answer === 'refused') return `${sent} Продавец отказал в удовлетворении требования.`;
    if (answer === 'no-answer') return `${sent} Ответ на неё пока не получен.`;
    return sent;
  },
  support: {
    greeting: (n) =>
      n === null
        ? 'Здравствуйте! Обращаюсь по поводу покупки на kaspi.kz.'
        : `Здравствуйте! Обращаюсь по заказу № ${n}.`,
    attached: 'Прикладываю',
  },
  email: {
    ident: (by, v) => (by === 'order' ? `заказ № ${v}` : by === 'title' ? `товар ${v}` : `код товара ${v}`),
    subject: (ident, seller, short) =>
      seller === null ? `Жалоба: ${ident} — ${short}` : `Жалоба на продавца ${seller}: ${ident} — ${short}`,
    greeting: 'Здравствуйте!',
    intro: 'Прошу помочь решить проблему с заказом на kaspi.kz.',
    attached: 'Прилагаю',
    closing: 'С уважением,',
  },
  claim: {
    to: (seller) => `Кому: ${seller}, продавец на kaspi.kz`,
    title: 'ПРЕТЕНЗИЯ',
    lawLine:
      '(в порядке статьи 42-4 Закона Республики Казахстан от 4 мая 2010 года № 274-IV «О защите прав потребителей», далее — Закон)',
    intro: 'Через kaspi.kz мною оформлен и оплачен у Вас заказ:',
    problemHeading: 'Суть претензии:',
    art30:
      'Согласно пункту 1 статьи 30 Закона продавец обязан обеспечить обмен или возврат непродовольственного товара надлежащего качества в течение четырнадцати календарных дней со дня его приобретения, если товар не был в употреблении, сохранены его товарный вид, потребительские свойства, пломбы, ярлыки, а также документ, подтверждающий факт приобретения товара.',
    demandHeading: 'На основании изложенного требую:',
    deadline:
      'Прошу рассмотреть настоящую претензию и в течение 10 (десяти) календарных дней со дня её получения удовлетворить моё требование либо, в случае несогласия с ним, направить мне мотивированный письменный ответ с приложением подтверждающих документов (статья 42-4 Закона).',
    replyTo(email, address) {
      const parts = [
        email === null ? null : `электронная почта — ${email}`,
        address === null ? null : `почтовый адрес — ${address}`,
      ].filter((p): p is string => p !== null);
      return parts.length === 0 ? null : `Ответ прошу направить: ${parts.join('; ')}.`;
    },
    reserve:
      'В случае отказа или отсутствия ответа в установленный срок оставляю за собой право обратиться в уполномоченный орган в сфере защиты прав потребителей и в суд.',
  },
  appeal: {
    to: 'В Комитет по защите прав потребителей\nМинистерства торговли и интеграции Республики Казахстан',
    title: 'ОБРАЩЕНИЕ\nо нарушении прав потребителя',
    intro: (seller) =>
      `Прошу принять меры в отношении продавца ${seller} (kaspi.kz), нарушившего мои права потребителя.`,
    orderIntro: 'Через kaspi.kz мною оформлен и оплачен у этого продавца заказ:',
    problemHeading: 'Что произошло:',
    lawSentence:
      'Считаю, что продавец нарушил мои права потребителя, установленные Законом Республики Казахстан от 4 мая 2010 года № 274-IV «О защите прав потребителей» (далее — Закон).',
    claimSent: (sentIso, demand) =>
      `${formatDate(sentIso, 'ru')} продавцу направлена претензия с требованием: ${demand}.`,
    refused: 'Продавец отказал в удовлетворении моего требования.',
    noAnswer: (todayIso) =>
      `По состоянию на ${formatDate(todayIso, 'ru')} ответ на претензию не получен. Согласно статье 42-4 Закона продавец обязан рассмотреть претензию потребителя и в случае несогласия с его требованиями в течение 10 календарных дней со дня её получения направить мотивированный письменный ответ. Непредоставление ответа в этот срок является административным правонарушением, предусмотренным частью 5 статьи 190 Кодекса Республики Казахстан об административных правонарушениях.`,
    requestsHeading: 'Прошу:',
    requests: (noAnswer) => [
      'Рассмотреть настоящее обращение и принять меры в пределах компетенции для защиты моих прав потребителя.',
      ...(noAnswer
        ? [
            'Рассмотреть вопрос о привлечении продавца к административной ответственности по части 5 статьи 190 Кодекса Республики Казахстан об административных правонарушениях.',
          ]
        : []),
      'Сообщить мне о результатах рассмотрения обращения.',
    ],
    claimCopy: (sentIso) => `Копия претензии от ${formatDate(sentIso, 'ru')}`,
  },
};

const kk: Phrases = {
  date: (iso, form) => formatDate(iso, 'kk', form),
  orderNo: (n) => `№ ${n}`,
  label: {
    orderNumber: 'Тапсырыс нөмірі',
    product: 'Тауар',
    productCode: 'Тауар коды',
    productUrl: 'Тауар сілтемесі',
    seller: 'Сатушы',
    price: 'Бағасы',
    orderDate: 'Тапсырыс күні',
    receivedDate: 'Алған күні',
    sellerAddress: 'Сатушының мекенжайы',
    from: 'Кімнен',
    phone: 'Телефон',
    email: 'Электрондық пошта',
    address: 'Мекенжайы',
    date: 'Күні',
    signature: 'Қолы',
    attachments: 'Қосымшалар',
    problem: 'Мәселе',
    details: 'Толығырақ',
  },
  problemShort: {
    'poor-quality': 'сапасы тиісінше емес тауар',
    'not-as-described': 'тауар сипаттамаға сәйкес келмейді',
    'late-delivery': 'жеткізу мерзімі бұзылды',
    'return-refused': 'тауарды қайтарудан бас тарту',
    fraud: 'сатушының алаяқтық әрекеттері',
    other: 'тапсырысқа қатысты мәселе',
  },
  problemStatement: {
    'poor-quality': 'Алынған тауардың сапасы тиісінше емес: онда кемшіліктер анықталды.',
    'not-as-described':
      'Алынған тауар kaspi.kz сайтындағы тауар карточкасында көрсетілген сипаттамаға сәйкес келмейді.',
    'late-delivery': 'Сатушы тапсырыс рәсімделген кезде көрсетілген тауарды жеткізу мерзімін бұзды.',
    'return-refused': 'Сатушы тауарды қайтарып алудан бас тартты.',
    fraud: 'Сатушының әрекеттерін адал емес деп санаймын: ол мені жаңылыстырды.',
    other: 'Тапсырыс бойынша төменде сипатталған мәселе туындады.',
  },
  demand(remedy, problem, price) {
    const sum = price === null ? '' : ` (${price})`;
    switch (remedy) {
      case 'refund':
        if (ITEM_RECEIVED.has(problem))
          return `тауарды қайтарып алу және ол үшін төленген соманы${sum} төлем жасалған тәсілмен қайтару`;
        if (problem === 'late-delivery')
          return `тапсырыс үшін төленген соманы${sum} төлем жасалған тәсілмен қайтару`;
        return `төленген соманы${sum} төлем жасалған тәсілмен қайтару`;
      case 'replacement':
        if (problem === 'not-as-described')
          return 'тауарды карточкадағы сипаттамаға сәйкес келетін тауарға ауыстыру';
        if (problem === 'return-refused') return 'тауарды ұқсас тауарға айырбастау';
        return 'тауарды тиісті сападағы дәл осындай тауарға ауыстыру';
      case 'repair':
        return 'тауардың кемшіліктерін өтеусіз жою';
      case 'price-reduction':
        return 'тауардың сатып алу бағасын мөлшерлес азайтып, айырманы маған қайтару';
      case 'delivery':
        if (problem === 'late-delivery') return 'төленген тауарды бұдан әрі кешіктірмей жеткізу';
        return 'тапсырысқа сәйкес тиісті сападағы төленген тауарды маған беру';
    }
  },
  wish(remedy, problem) {
    switch (remedy) {
      case null:
        return 'Мәселені қарап, шешуге көмектесуіңізді сұраймын.';
      case 'refund':
        if (ITEM_RECEIVED.has(problem))
          return 'Тауарды қайтарып, ақшамды қайтарып алуға көмектесуіңізді сұраймын.';
        if (problem === 'late-delivery')
          return 'Тапсырыс үшін төленген ақшаны қайтаруға көмектесуіңізді сұраймын.';
        return 'Төленген ақшаны қайтаруға көмектесуіңізді сұраймын.';
      case 'replacement':
        return 'Тауарды сипаттамаға сәйкес келетін сапалы тауарға ауыстыруға көмектесуіңізді сұраймын.';
      case 'repair':
        return 'Тауардың кемшіліктерін тегін жоюға көмектесуіңізді сұраймын.';
      case 'price-reduction':
        return 'Тауардың бағасын азайтып, айырманы қайтаруға көмектесуіңізді сұраймын.';
      case 'delivery':
        if (problem === 'late-delivery')
          return 'Төленген тауарды бұдан әрі кешіктірмей алуға көмектесуіңізді сұраймын.';
        return 'Төленген тауарды тапсырысқа сәйкес алуға көмектесуіңізді сұраймын.';
    }
  },
  attachment(kind, problem) {
    switch (kind) {
      case 'photo':
        return 'Тауардың фотосуреттері';
      case 'chat-screenshot':
        return 'Сатушымен хат алмасудың скриншоттары';
      case 'unboxing-video':
        return 'Тауардың қаптамасын ашу бейнежазбасы';
      case 'receipt':
        return 'Чектің және сатып алу құжаттарының көшірмелері';
      case 'expert-report':
        return 'Сарапшы қорытындысының көшірмесі';
      case 'listing-snapshot':
        return 'kaspi.kz сайтындағы тауар карточкасының көшірмесі';
      case 'screenshot':
        if (problem === 'late-delivery') return 'Уәде етілген жеткізу күні көрсетілген тапсырыстың скриншоты';
        if (problem === 'return-refused') return 'Тауарды қайтарудан бас тарту туралы хабарламаның скриншоты';
        return 'Тапсырыстың скриншоттары';
      case 'other':
        return 'Өзге құжаттар';
      case 'order-issued':
        return '«Выдан» (Берілді) мәртебесі мен берілген күні көрсетілген тапсырыстың скриншоты';
      case 'warranty-card':
        return 'Сериялық нөмірі (IMEI) көрсетілген кепілдік талонының көшірмесі';
      case 'service-report':
        return 'Сервис орталығы актісінің (қорытындысының) көшірмесі';
      case 'packaging-photo':
        return 'Тауардың қаптамасы мен заттаңбаларының фотосуреттері';
      case 'return-request':
        return 'Kaspi.kz қосымшасындағы қайтаруға өтінімнің бас тарту себебі көрсетілген скриншоты';
      case 'claim-postal-receipt':
        return 'Наразылық хатты жіберу туралы пошта түбіртегінің және табыс ету туралы хабарламаның көшірмелері';
      case 'police-report':
        return 'Полицияға өтініштің қабылданғаны туралы талон-хабарламаның көшірмесі';
    }
  },
  claimStatus(sentIso, answer) {
    const sent = `Сатушыға наразылық хат ${formatDate(sentIso, 'kk', 'locative')} жіберілді.`;
    if (answer === 'refused') return `${sent} Сатушы талапты қанағаттандырудан бас тартты.`;
    if (answer === 'no-answer') return `${sent} Оған әлі жауап алынған жоқ.`;
    return sent;
  },
  support: {
    greeting: (n) =>
      n === null
        ? 'Сәлеметсіз бе! kaspi.kz сайтындағы сатып алуым бойынша жазып отырмын.'
        : `Сәлеметсіз бе! № ${n} тапсырыс бойынша жазып отырмын.`,
    attached: 'Қоса беремін',
  },
  email: {
    ident: (by, v) =>
      by === 'order' ? `№ ${v} тапсырыс` : by === 'title' ? `тауар: ${v}` : `тауар коды: ${v}`,
    subject: (ident, seller, short) =>
      seller === null ? `Шағым: ${ident} — ${short}` : `Сатушыға шағым (${seller}): ${ident} — ${short}`,
    greeting: 'Сәлеметсіз бе!',
    intro: 'kaspi.kz сайтындағы тапсырысқа қатысты мәселені шешуге көмектесуіңізді сұраймын.',
    attached: 'Қоса беремін',
    closing: 'Құрметпен,',
  },
  claim: {
    to: (seller) => `Кімге: ${seller}, kaspi.kz сатушысы`,
    title: 'НАРАЗЫЛЫҚ ХАТ (ШАҒЫМ-ТАЛАП)',
    lawLine:
      '(«Тұтынушылардың құқықтарын қорғау туралы» Қазақстан Республикасының 2010 жылғы 4 мамырдағы № 274-IV Заңының (бұдан әрі – Заң) 42-4-бабына сәйкес)',
    intro: 'kaspi.kz арқылы Сіздің дүкеніңізден мына тапсырысты рәсімдеп, оны төледім:',
    problemHeading: 'Наразылықтың мәні:',
    art30:
      'Заңның 30-бабының 1-тармағына сәйкес, егер тиісті сападағы азық-түлік емес тауар пайдаланылмаған болса, оның тауарлық түрі, тұтынушылық қасиеттері, пломбалары, заттаңбалары, сондай-ақ тауарды сатып алу фактісін растайтын құжат сақталса, сатушы сатып алған күннен бастап күнтізбелік он төрт күн ішінде оны айырбастауды немесе қайтаруды қамтамасыз етуге міндетті.',
    demandHeading: 'Жоғарыда баяндалғанның негізінде талап етемін:',
    deadline:
      'Осы наразылық хатты қарап, оны алған күннен бастап күнтізбелік 10 (он) күн ішінде талабымды қанағаттандыруды не онымен келіспеген жағдайда растайтын құжаттар қоса берілген дәлелді жазбаша жауап жіберуді сұраймын (Заңның 42-4-бабы).',
    replyTo(email, address) {
      const parts = [
        email === null ? null : `электрондық пошта – ${email}`,
        address === null ? null : `пошталық мекенжай – ${address}`,
      ].filter((p): p is string => p !== null);
      return parts.length === 0
        ? null
        : `Жауапты мына мекенжайға жіберуіңізді сұраймын: ${parts.join('; ')}.`;
    },
    reserve:
      'Талабым қанағаттандырылмаған немесе белгіленген мерзімде жауап берілмеген жағдайда тұтынушылардың құқықтарын қорғау саласындағы уәкілетті органға және сотқа жүгінуге құқылымын.',
  },
  appeal: {
    to: 'Қазақстан Республикасы Сауда және интеграция министрлігінің\nТұтынушылардың құқықтарын қорғау комитетіне',
    title: 'ӨТІНІШ\n(тұтынушы құқықтарының бұзылуы туралы)',
    intro: (seller) =>
      `Тұтынушы ретіндегі құқықтарымды бұзған ${seller} сатушысына (kaspi.kz) қатысты шара қабылдауыңызды сұраймын.`,
    orderIntro: 'kaspi.kz арқылы осы сатушыдан мына тапсырысты рәсімдеп, оны төледім:',
    problemHeading: 'Мән-жайы:',
    lawSentence:
      'Сатушы «Тұтынушылардың құқықтарын қорғау туралы» Қазақстан Республикасының 2010 жылғы 4 мамырдағы № 274-IV Заңында (бұдан әрі – Заң) белгіленген тұтынушы ретіндегі құқықтарымды бұзды деп санаймын.',
    claimSent: (sentIso, demand) =>
      `${formatDate(sentIso, 'kk', 'locative')} сатушыға мынадай талаппен наразылық хат жіберілді: ${demand}.`,
    refused: 'Сатушы талабымды қанағаттандырудан бас тартты.',
    noAnswer: (todayIso) =>
      `${formatDate(todayIso, 'kk', 'attributive')} жағдай бойынша наразылық хатқа жауап алынған жоқ. Заңның 42-4-бабына сәйкес сатушы тұтынушының наразылығын қарауға және оның талаптарымен келіспеген жағдайда наразылықты алған күннен бастап күнтізбелік 10 күн ішінде дәлелді жазбаша жауап беруге міндетті. Осы мерзімде жауап бермеу Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексінің 190-бабының 5-бөлігінде көзделген әкімшілік құқық бұзушылық болып табылады.`,
    requestsHeading: 'Сұраймын:',
    requests: (noAnswer) => [
      'Осы өтінішті қарап, тұтынушы ретіндегі құқықтарымды қорғау үшін өз құзыретіңіз шегінде шаралар қабылдау.',
      ...(noAnswer
        ? [
            'Сатушыны Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексінің 190-бабының 5-бөлігі бойынша әкімшілік жауаптылыққа тарту мәселесін қарау.',
          ]
        : []),
      'Өтінішті қарау нәтижелері туралы маған хабарлау.',
    ],
    claimCopy: (sentIso) => `${formatDate(sentIso, 'kk', 'attributive')} наразылық хаттың көшірмесі`,
  },
};

const en: Phrases = {
  date: (iso, form) => formatDate(iso, 'en', form),
  orderNo: (n) => `No. ${n}`,
  label: {
    orderNumber: 'Order number',
    product: 'Item',
    productCode: 'Product code',
    productUrl: 'Product link',
    seller: 'Seller',
    price: 'Price',
    orderDate: 'Order date',
    receivedDate: 'Received on',
    sellerAddress: "Seller's address",
    from: 'From',
    phone: 'Phone',
    email: 'E-mail',
    address: 'Address',
    date: 'Date',
    signature: 'Signature',
    attachments: 'Attachments',
    problem: 'Problem',
    details: 'Details',
  },
  problemShort: {
    'poor-quality': 'poor-quality item',
    'not-as-described': 'item not as described',
    'late-delivery': 'late delivery',
    'return-refused': 'return refused',
    fraud: 'fraud by the seller',
    other: 'problem with the order',
  },
  problemStatement: {
    'poor-quality': 'The item I received is of poor quality: it has defects.',
    'not-as-described':
      'The item I received does not match the description and specifications on its product page on kaspi.kz.',
    'late-delivery': 'The seller missed the delivery date given when the order was placed.',
    'return-refused': 'The seller refused to take the item back.',
    fraud: "I consider the seller's actions to be in bad faith: I was misled.",
    other: 'A problem arose with the order, as described below.',
  },
  demand(remedy, problem, price) {
    const sum = price === null ? '' : ` (${price})`;
    switch (remedy) {
      case 'refund':
        if (ITEM_RECEIVED.has(problem))
          return `take the item back and refund the amount paid for it${sum} by the same method of payment`;
        if (problem === 'late-delivery')
          return `refund the amount paid for the order${sum} by the same method of payment`;
        return `refund the amount paid${sum} by the same method of payment`;
      case 'replacement':
        if (problem === 'not-as-described')
          return 'replace the item with one that matches the description on the product page';
        if (problem === 'return-refused') return 'exchange the item for a similar one';
        return 'replace the item with an identical item of proper quality';
      case 'repair':
        return 'remedy the defects of the item free of charge';
      case 'price-reduction':
        return 'reduce the purchase price of the item proportionately and refund the difference to me';
      case 'delivery':
        if (problem === 'late-delivery') return 'deliver the item I paid for without further delay';
        return 'hand over to me the item I paid for, of proper quality and as ordered';
    }
  },
  wish(remedy, problem) {
    switch (remedy) {
      case null:
        return 'Please look into this and help me resolve it.';
      case 'refund':
        if (ITEM_RECEIVED.has(problem)) return 'Please help me return the item and get my money back.';
        if (problem === 'late-delivery') return 'Please help me get a refund for the order.';
        return 'Please help me get my money back.';
      case 'replacement':
        return 'Please help me get the item replaced with a sound one that matches the description.';
      case 'repair':
        return 'Please help me get the defects of the item remedied free of charge.';
      case 'price-reduction':
        return 'Please help me get the price reduced and the difference refunded.';
      case 'delivery':
        if (problem === 'late-delivery')
          return 'Please help me get the item I paid for without further delay.';
        return 'Please help me get the item I paid for, as ordered.';
    }
  },
  attachment(kind, problem) {
    switch (kind) {
      case 'photo':
        return 'Photos of the item';
      case 'chat-screenshot':
        return 'Screenshots of the chat with the seller';
      case 'unboxing-video':
        return 'Unboxing video of the item';
      case 'receipt':
        return 'Copies of the receipt and purchase documents';
      case 'expert-report':
        return 'Copy of the expert opinion';
      case 'listing-snapshot':
        return 'Snapshot of the product page on kaspi.kz';
      case 'screenshot':
        if (problem === 'late-delivery') return 'Screenshot of the order with the promised delivery date';
        if (problem === 'return-refused') return 'Screenshot of the return refusal';
        return 'Screenshots of the order';
      case 'other':
        return 'Other documents';
      case 'order-issued':
        return 'Screenshot of the order showing «Выдан» (Delivered) and the date';
      case 'warranty-card':
        return 'Copy of the warranty card with the serial number (IMEI)';
      case 'service-report':
        return 'Copy of the service-centre report';
      case 'packaging-photo':
        return 'Photos of the packaging and labels';
      case 'return-request':
        return 'Screenshot of the return request in the Kaspi.kz app with the refusal reason';
      case 'claim-postal-receipt':
        return 'Copies of the postal receipt for the claim and of the delivery notice';
      case 'police-report':
        return 'Copy of the police acknowledgement of the report';
    }
  },
  claimStatus(sentIso, answer) {
    const sent = `A claim was sent to the seller on ${formatDate(sentIso, 'en')}.`;
    if (answer === 'refused') return `${sent} The seller refused to satisfy it.`;
    if (answer === 'no-answer') return `${sent} No answer has been received yet.`;
    return sent;
  },
  support: {
    greeting: (n) =>
      n === null
        ? 'Hello! I am writing about a purchase on kaspi.kz.'
        : `Hello! I am writing about order No. ${n}.`,
    attached: 'Attached',
  },
  email: {
    ident: (by, v) =>
      by === 'order' ? `order No. ${v}` : by === 'title' ? `item ${v}` : `product code ${v}`,
    subject: (ident, seller, short) =>
      seller === null
        ? `Complaint: ${ident} — ${short}`
        : `Complaint about seller ${seller}: ${ident} — ${short}`,
    greeting: 'Hello,',
    intro: 'I need your help with a problem with an order on kaspi.kz.',
    attached: 'Attached',
    closing: 'Kind regards,',
  },
  claim: {
    to: (seller) => `To: ${seller}, seller on kaspi.kz`,
    title: 'CLAIM',
    lawLine:
      '(under Article 42-4 of the Law of the Republic of Kazakhstan No. 274-IV of 4 May 2010 “On Consumer Rights Protection”, hereinafter “the Law”)',
    intro: 'Through kaspi.kz, I placed and paid for the following order with you:',
    problemHeading: 'The problem:',
    art30:
      'Under Article 30(1) of the Law, the seller must ensure the exchange or return of non-food goods of proper quality within fourteen calendar days of purchase, provided that the goods have not been used and that their presentation, consumer properties, seals and labels, and the document proving the purchase have been preserved.',
    demandHeading: 'On the basis of the above, I demand that you:',
    deadline:
      'Please consider this claim and, within 10 (ten) calendar days of receiving it, either satisfy my demand or, if you disagree with it, send me a reasoned written answer with supporting documents (Article 42-4 of the Law).',
    replyTo(email, address) {
      const parts = [
        email === null ? null : `e-mail ${email}`,
        address === null ? null : `postal address ${address}`,
      ].filter((p): p is string => p !== null);
      return parts.length === 0 ? null : `Please send your answer to: ${parts.join('; ')}.`;
    },
    reserve:
      'If you refuse or do not answer within this time, I reserve the right to apply to the authorised consumer protection body and to the court.',
  },
  appeal: {
    to: 'To: the Consumer Rights Protection Committee\nof the Ministry of Trade and Integration of the Republic of Kazakhstan',
    title: 'APPEAL\nconcerning a violation of consumer rights',
    intro: (seller) =>
      `I ask you to take measures against the seller ${seller} (kaspi.kz), who has violated my rights as a consumer.`,
    orderIntro: 'Through kaspi.kz, I placed and paid for the following order with this seller:',
    problemHeading: 'What happened:',
    lawSentence:
      'I believe the seller has violated my consumer rights under the Law of the Republic of Kazakhstan No. 274-IV of 4 May 2010 “On Consumer Rights Protection” (hereinafter “the Law”).',
    claimSent: (sentIso, demand) =>
      `On ${formatDate(sentIso, 'en')}, I sent the seller a claim with the following demand: ${demand}.`,
    refused: 'The seller refused to satisfy my demand.',
    noAnswer: (todayIso) =>
      `As of ${formatDate(todayIso, 'en')}, I have received no answer to the claim. Under Article 42-4 of the Law, the seller must consider a consumer's claim and, if it disagrees with the consumer's demands, give a reasoned written answer within 10 calendar days of receiving the claim. Failing to answer within this time is an administrative offence under Article 190(5) of the Code of the Republic of Kazakhstan on Administrative Offences.`,
    requestsHeading: 'I ask you to:',
    requests: (noAnswer) => [
      'Consider this appeal and take measures within your competence to protect my rights as a consumer.',
      ...(noAnswer
        ? [
            'Consider bringing the seller to administrative liability under Article 190(5) of the Code of the Republic of Kazakhstan on Administrative Offences.',
          ]
        : []),
      'Inform me of the outcome.',
    ],
    claimCopy: (sentIso) => `Copy of the claim of ${formatDate(sentIso, 'en')}`,
  },
};

export const PHRASES: Readonly<Record<Lang, Phrases>> = { ru, kk, en };
