import { PROBLEMS } from '../cases/problems';
import type { ProblemKind, Remedy } from '../cases/schema';
import type { ClaimDelivery } from '../deadlines/rules';
import type { EvidenceKind } from '../evidence/schema';
import { departmentAddress, type AuthorityRegion } from '../facts/authority';
import { cite } from '../facts/law';
import type { Lang } from '../i18n/languages';
import { formatDate, type DateForm } from './format';
import type { HistoryEntry, SellerAnswer } from './types';

/**
 * Every sentence of every text, per language. build.ts only arranges them.
 *
 * Article numbers come from utils/facts/law.ts through `cite` (which refuses an unconfirmed article);
 * each phrase puts the number in its own grammar. Sources and the day they were checked: docs/facts.md.
 * - Law 274-IV Art. 42-4: the claim; the seller's reasoned written answer within 10 calendar days of
 *   receiving it, when it disagrees.
 * - Art. 14 and Art. 30 p.1: exchange or return of non-food goods of proper quality within 14 days
 *   (cited only where it applies, see build.ts `citesReturnRight`).
 * - Art. 1 p.4: an item unlike the seller's information has a defect. Civil Code Art. 428: the buyer's
 *   demands when goods of improper quality were handed over (cited as a whole article).
 * - Criminal Code Art. 190: fraud, reported to the police.
 * Not asserted: the administrative offence for a missed answer (its wording was not found) — the
 * appeal states the facts and asks the authority to check. No 1%-per-day penalty: it is Russian law.
 */
const A = {
  defect: cite('defectDefinition'),
  returnRight: cite('consumerReturnRight'),
  returnDuty: cite('sellerReturnDuty'),
  claim: cite('claimProcedure'),
  civil: cite('civilDefectiveGoods'),
  fraud: cite('fraud'),
};
const point = (r: { point?: string }): string => r.point ?? '';

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
    to(seller: string, bin: string | null): string;
    title: string;
    lawLine: string;
    intro: string;
    problemHeading: string;
    basisHeading: string;
    /** Goods of improper quality (Civil Code Art. 428). */
    basisDefect: string;
    /** An item unlike the seller's information has a defect (Law Art. 1 p.4). */
    basisNotAsDescribed: string;
    /** The 14-day exchange or return (Law Art. 14 and Art. 30 p.1). */
    basisReturn: string;
    /** The offer to hand the item over for a quality check. */
    qualityCheck: string;
    demandHeading: string;
    deadline: string;
    replyTo(email: string | null, address: string | null): string | null;
    reserve: string;
    /** Fraud: the police, alongside. */
    police: string;
  };
  appeal: {
    to(region: AuthorityRegion): string;
    iin: string;
    postalAddress: string;
    title: string;
    intro(seller: string): string;
    orderIntro: string;
    problemHeading: string;
    lawSentence: string;
    claimSent(
      sentIso: string,
      demand: string,
      delivery: ClaimDelivery | null,
      receivedIso: string | null,
    ): string;
    refused: string;
    noAnswer(todayIso: string, dueIso: string): string;
    police: string;
    requestsHeading: string;
    requests(noAnswer: boolean): string[];
    claimCopy(sentIso: string): string;
    deliveryProof(delivery: ClaimDelivery | null): string;
    sellerRefusal: string;
    historyHeading: string;
    historyLine(h: HistoryEntry): string;
  };
}

/** Ends a sentence with a full stop unless it already ends with one ("… 2026 г."). */
export function endSentence(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}

/**
 * The buyer holds the item after this problem (the problem table), so a refund means handing it back.
 * Not said for "other": the table counts its item as received so that no deadline is counted too late,
 * but a letter must not claim an item the buyer may not have.
 */
const holdsItem = (problem: ProblemKind) => problem !== 'other' && PROBLEMS[problem].itemReceived;

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
        if (holdsItem(problem))
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
        if (holdsItem(problem)) return 'Прошу помочь вернуть товар и получить деньги обратно.';
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
    to: (seller, bin) => `Кому: ${seller}${bin === null ? '' : ` (БИН/ИИН ${bin})`}, продавец на kaspi.kz`,
    title: 'ПРЕТЕНЗИЯ',
    lawLine: `(в порядке статьи ${A.claim.article} Закона Республики Казахстан от 4 мая 2010 года № 274-IV «О защите прав потребителей», далее — Закон)`,
    intro: 'Через kaspi.kz мною оформлен и оплачен у Вас заказ:',
    problemHeading: 'Суть претензии:',
    basisHeading: 'Правовое основание:',
    basisDefect: `Согласно статье ${A.civil.article} Гражданского кодекса Республики Казахстан покупатель, которому передан товар ненадлежащего качества, вправе предъявить продавцу требования, связанные с недостатками товара.`,
    basisNotAsDescribed: `Согласно подпункту ${point(A.defect)} статьи ${A.defect.article} Закона недостатком товара является в том числе его несоответствие информации о товаре, предоставленной продавцом.`,
    basisReturn: `Согласно статье ${A.returnRight.article} Закона покупатель вправе в течение четырнадцати дней с момента передачи ему непродовольственного товара обменять его, а при отсутствии товара для обмена — возвратить товар и получить уплаченную за него сумму. Согласно пункту ${point(A.returnDuty)} статьи ${A.returnDuty.article} Закона продавец обязан обеспечить обмен или возврат непродовольственного товара надлежащего качества в течение четырнадцати календарных дней, если товар не был в употреблении, сохранены его товарный вид, потребительские свойства, пломбы, ярлыки, а также документ, подтверждающий факт приобретения товара.`,
    qualityCheck:
      'Товар может быть передан Вам для проверки качества (экспертизы): прошу сообщить, когда и куда его передать.',
    demandHeading: 'На основании изложенного требую:',
    deadline: `Прошу рассмотреть настоящую претензию и в течение 10 (десяти) календарных дней со дня её получения удовлетворить моё требование либо, в случае несогласия с ним, направить мне мотивированный письменный ответ с приложением подтверждающих документов (статья ${A.claim.article} Закона).`,
    replyTo(email, address) {
      const parts = [
        email === null ? null : `электронная почта — ${email}`,
        address === null ? null : `почтовый адрес — ${address}`,
      ].filter((p): p is string => p !== null);
      return parts.length === 0 ? null : `Ответ прошу направить: ${parts.join('; ')}.`;
    },
    reserve:
      'В случае отказа или отсутствия ответа в установленный срок оставляю за собой право обратиться в уполномоченный орган в сфере защиты прав потребителей и в суд с иском.',
    police: `Также оставляю за собой право обратиться в органы полиции с заявлением о мошенничестве (статья ${A.fraud.article} Уголовного кодекса Республики Казахстан).`,
  },
  appeal: {
    to: (region) => departmentAddress(region, 'ru'),
    iin: 'ИИН',
    postalAddress: 'Почтовый адрес',
    title: 'ОБРАЩЕНИЕ\nо нарушении прав потребителя',
    intro: (seller) =>
      `Прошу проверить действия продавца ${seller} (kaspi.kz), нарушившего, по моему мнению, мои права потребителя.`,
    orderIntro: 'Через kaspi.kz мною оформлен и оплачен у этого продавца заказ:',
    problemHeading: 'Что произошло:',
    lawSentence:
      'Считаю, что продавец нарушил мои права потребителя, установленные Законом Республики Казахстан от 4 мая 2010 года № 274-IV «О защите прав потребителей» (далее — Закон).',
    claimSent: (sentIso, demand, delivery, receivedIso) => {
      const how =
        delivery === 'post'
          ? ' заказным письмом с уведомлением о вручении'
          : delivery === 'hand'
            ? ' лично, с отметкой о принятии'
            : delivery === 'email'
              ? ' на адрес электронной почты, указанный продавцом'
              : '';
      const received =
        receivedIso === null ? '' : ` Продавец получил претензию ${formatDate(receivedIso, 'ru')}`;
      return `${formatDate(sentIso, 'ru')} продавцу направлена претензия${how} с требованием: ${demand}.${received === '' ? '' : endSentence(received)}`;
    },
    refused: 'Продавец отказал в удовлетворении моего требования.',
    noAnswer: (todayIso, dueIso) =>
      `По состоянию на ${formatDate(todayIso, 'ru')} ответ на претензию не получен, хотя срок для ответа, установленный статьёй ${A.claim.article} Закона (10 календарных дней со дня получения претензии), истёк: его последний день — ${formatDate(dueIso, 'ru')}`,
    police: `Действия продавца, на мой взгляд, имеют признаки мошенничества (статья ${A.fraud.article} Уголовного кодекса Республики Казахстан); об этом я вправе заявить и в органы полиции.`,
    requestsHeading: 'Прошу:',
    requests: (noAnswer) => [
      noAnswer
        ? `Рассмотреть настоящее обращение и проверить соблюдение продавцом требований Закона, в том числе порядка и срока рассмотрения претензии потребителя (статья ${A.claim.article} Закона).`
        : 'Рассмотреть настоящее обращение и проверить соблюдение продавцом требований Закона.',
      'Принять меры в пределах компетенции для защиты моих прав потребителя.',
      'Сообщить мне о результатах рассмотрения обращения.',
    ],
    claimCopy: (sentIso) => `Копия претензии от ${formatDate(sentIso, 'ru')}`,
    deliveryProof: (delivery) =>
      delivery === 'post'
        ? 'Квитанция об отправке заказного письма и уведомление о вручении претензии'
        : delivery === 'hand'
          ? 'Копия претензии с отметкой продавца о принятии'
          : delivery === 'email'
            ? 'Подтверждение отправки претензии на электронную почту продавца'
            : 'Документ, подтверждающий отправку и получение претензии',
    sellerRefusal: 'Копия письменного ответа продавца об отказе',
    historyHeading: 'Ход дела:',
    historyLine: (h) => {
      const who = { seller: 'продавца', kaspi: 'Kaspi', authority: 'органа' }[h.party ?? 'seller'];
      const outcome = {
        refunded: 'деньги возвращены',
        replaced: 'товар заменён',
        repaired: 'товар отремонтирован',
        'price-reduced': 'цена снижена',
        refused: 'в требовании отказано',
      };
      const what =
        h.kind === 'claim-sent'
          ? 'продавцу направлена претензия'
          : h.kind === 'submitted'
            ? 'подана жалоба в Kaspi'
            : h.kind === 'answer-received'
              ? `получен ответ ${who}`
              : `итог (ответ ${who}): ${outcome[h.outcome ?? 'refused']}`;
      return `${formatDate(h.date, 'ru')} — ${what}${h.note ? `: «${h.note}»` : ''}.`;
    },
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
    details: 'Толық сипаттамасы',
  },
  problemShort: {
    'poor-quality': 'сапасы тиісті емес тауар',
    'not-as-described': 'тауар сипаттамаға сәйкес келмейді',
    'late-delivery': 'жеткізу мерзімі бұзылды',
    'return-refused': 'тауарды қайтарудан бас тарту',
    fraud: 'сатушының алаяқтық әрекеттері',
    other: 'тапсырысқа қатысты мәселе',
  },
  problemStatement: {
    'poor-quality': 'Алынған тауардың сапасы тиісті емес: онда кемшіліктер анықталды.',
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
        if (holdsItem(problem))
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
        if (holdsItem(problem)) return 'Тауарды қайтарып, төлеген ақшамды алуға көмектесуіңізді сұраймын.';
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
      by === 'order' ? `№ ${v} тапсырыс` : by === 'title' ? `«${v}» тауары` : `тауар (коды ${v})`,
    subject: (ident, seller, short) =>
      seller === null
        ? `Шағым: ${ident} — ${short}`
        : `${seller} сатушысына қатысты шағым: ${ident} — ${short}`,
    greeting: 'Сәлеметсіз бе!',
    intro: 'kaspi.kz сайтындағы тапсырысқа қатысты мәселені шешуге көмектесуіңізді сұраймын.',
    attached: 'Қоса беремін',
    closing: 'Құрметпен,',
  },
  claim: {
    to: (seller, bin) => `Кімге: ${seller}${bin === null ? '' : ` (БСН/ЖСН ${bin})`}, kaspi.kz сатушысы`,
    title: 'НАРАЗЫЛЫҚ ХАТ',
    lawLine: `(«Тұтынушылардың құқықтарын қорғау туралы» Қазақстан Республикасының 2010 жылғы 4 мамырдағы № 274-IV Заңының (бұдан әрі – Заң) ${A.claim.article}-бабына сәйкес)`,
    intro: 'kaspi.kz арқылы Сіздің дүкеніңізден мына тапсырысты рәсімдеп, оны төледім:',
    problemHeading: 'Наразылықтың мәні:',
    basisHeading: 'Құқықтық негіздеме:',
    basisDefect: `Қазақстан Республикасы Азаматтық кодексінің ${A.civil.article}-бабына сәйкес сапасы тиісті емес тауар берілген сатып алушы сатушыға тауардың кемшіліктеріне байланысты талаптар қоюға құқылы.`,
    basisNotAsDescribed: `Заңның ${A.defect.article}-бабының ${point(A.defect)}) тармақшасына сәйкес тауардың сатушы ұсынған тауар туралы ақпаратқа сәйкес келмеуі де тауардың кемшілігі болып табылады.`,
    basisReturn: `Заңның ${A.returnRight.article}-бабына сәйкес сатып алушы азық-түліктік емес тауар өзіне берілген сәттен бастап он төрт күн ішінде оны айырбастауға, ал айырбастауға қажетті тауар болмаған жағдайда тауарды қайтарып, ол үшін төленген ақшаны алуға құқылы. Заңның ${A.returnDuty.article}-бабының ${point(A.returnDuty)}-тармағына сәйкес, егер тиісті сападағы азық-түліктік емес тауар пайдаланылмаған болса, оның тауарлық түрі, тұтынушылық қасиеттері, пломбалары, заттаңбалары, сондай-ақ тауарды сатып алу фактісін растайтын құжат сақталса, сатушы тауар сатып алынған күннен бастап күнтізбелік он төрт күн ішінде оны айырбастауды немесе қайтаруды қамтамасыз етуге міндетті.`,
    qualityCheck:
      'Тауарды сапасын тексеру (сараптама) үшін Сізге беруге болады: оны қашан және қайда беру керектігін хабарлауыңызды сұраймын.',
    demandHeading: 'Жоғарыда баяндалғанның негізінде мынаны талап етемін:',
    deadline: `Осы наразылық хатты қарап, оны алған күннен бастап күнтізбелік 10 (он) күн ішінде талабымды қанағаттандыруды не онымен келіспеген жағдайда құжатпен негізделген дәлелді жазбаша жауап ұсынуды сұраймын (Заңның ${A.claim.article}-бабы).`,
    replyTo(email, address) {
      const parts = [
        email === null ? null : `электрондық пошта – ${email}`,
        address === null ? null : `пошталық мекенжай – ${address}`,
      ].filter((p): p is string => p !== null);
      return parts.length === 0
        ? null
        : `Жауапты мына байланыс деректері бойынша жіберуіңізді сұраймын: ${parts.join('; ')}.`;
    },
    reserve:
      'Талабым қанағаттандырылмаған немесе белгіленген мерзімде жауап берілмеген жағдайда тұтынушылардың құқықтарын қорғау саласындағы уәкілетті органға жүгінуге және сотқа талап қоюға құқылымын.',
    police: `Сондай-ақ алаяқтық туралы арызбен полиция органдарына жүгінуге құқылымын (Қазақстан Республикасы Қылмыстық кодексінің ${A.fraud.article}-бабы).`,
  },
  appeal: {
    to: (region) => departmentAddress(region, 'kk'),
    iin: 'ЖСН',
    postalAddress: 'Пошталық мекенжайы',
    title: 'ӨТІНІШ\n(тұтынушы құқықтарының бұзылуы туралы)',
    intro: (seller) =>
      `Менің ойымша, тұтынушы ретіндегі құқықтарымды бұзған ${seller} сатушысының (kaspi.kz) әрекеттерін тексеруіңізді сұраймын.`,
    orderIntro: 'kaspi.kz арқылы осы сатушыдан мына тапсырысты рәсімдеп, оны төледім:',
    problemHeading: 'Мән-жайы:',
    lawSentence:
      'Сатушы «Тұтынушылардың құқықтарын қорғау туралы» Қазақстан Республикасының 2010 жылғы 4 мамырдағы № 274-IV Заңында (бұдан әрі – Заң) белгіленген тұтынушы ретіндегі құқықтарымды бұзды деп санаймын.',
    claimSent: (sentIso, demand, delivery, receivedIso) => {
      const how =
        delivery === 'post'
          ? ' табыс етілгені туралы хабарламасы бар тапсырысты хатпен'
          : delivery === 'hand'
            ? ' қабылдағаны туралы белгі қойғызып, қолма-қол'
            : delivery === 'email'
              ? ' сатушы көрсеткен электрондық пошта мекенжайына'
              : '';
      const received =
        receivedIso === null
          ? ''
          : ` Сатушы наразылық хатты ${formatDate(receivedIso, 'kk', 'locative')} алды.`;
      return `${formatDate(sentIso, 'kk', 'locative')} сатушыға${how} мынадай талаппен наразылық хат жіберілді: ${demand}.${received}`;
    },
    refused: 'Сатушы талабымды қанағаттандырудан бас тартты.',
    noAnswer: (todayIso, dueIso) =>
      `${formatDate(todayIso, 'kk', 'attributive')} жағдай бойынша наразылық хатқа жауап алынған жоқ, ал Заңның ${A.claim.article}-бабында белгіленген жауап беру мерзімі (наразылық хат алынған күннен бастап күнтізбелік 10 күн) өтіп кетті: мерзімнің соңғы күні – ${formatDate(dueIso, 'kk')}`,
    police: `Менің ойымша, сатушының әрекеттерінде алаяқтық белгілері бар (Қазақстан Республикасы Қылмыстық кодексінің ${A.fraud.article}-бабы); бұл туралы полиция органдарына да арыз беруге құқылымын.`,
    requestsHeading: 'Сұраймын:',
    requests: (noAnswer) => [
      noAnswer
        ? `Осы өтінішті қарап, сатушының Заң талаптарын, оның ішінде тұтынушының наразылығын қарау тәртібі мен мерзімін (Заңның ${A.claim.article}-бабы) сақтауын тексеру.`
        : 'Осы өтінішті қарап, сатушының Заң талаптарын сақтауын тексеру.',
      'Тұтынушы ретіндегі құқықтарымды қорғау үшін өз құзыретіңіз шегінде шаралар қабылдау.',
      'Өтінішті қарау нәтижелері туралы маған хабарлау.',
    ],
    claimCopy: (sentIso) => `${formatDate(sentIso, 'kk', 'attributive')} наразылық хаттың көшірмесі`,
    deliveryProof: (delivery) =>
      delivery === 'post'
        ? 'Тапсырысты хаттың түбіртегі және наразылық хаттың табыс етілгені туралы хабарлама'
        : delivery === 'hand'
          ? 'Сатушының қабылдағаны туралы белгісі бар наразылық хаттың көшірмесі'
          : delivery === 'email'
            ? 'Наразылық хаттың сатушының электрондық поштасына жіберілгенін растайтын құжат'
            : 'Наразылық хаттың жіберілгенін және алынғанын растайтын құжат',
    sellerRefusal: 'Сатушының бас тарту туралы жазбаша жауабының көшірмесі',
    historyHeading: 'Іс барысы:',
    historyLine: (h) => {
      const who = { seller: 'сатушы', kaspi: 'Kaspi', authority: 'орган' }[h.party ?? 'seller'];
      const outcome = {
        refunded: 'ақша қайтарылды',
        replaced: 'тауар ауыстырылды',
        repaired: 'тауар жөнделді',
        'price-reduced': 'баға төмендетілді',
        refused: 'талаптан бас тартылды',
      };
      const what =
        h.kind === 'claim-sent'
          ? 'сатушыға наразылық хат жіберілді'
          : h.kind === 'submitted'
            ? 'Kaspi-ге шағым берілді'
            : h.kind === 'answer-received'
              ? `жауап алынды (жауап берген: ${who})`
              : `нәтиже (жауап берген: ${who}): ${outcome[h.outcome ?? 'refused']}`;
      return `${formatDate(h.date, 'kk')} — ${what}${h.note ? `: «${h.note}»` : ''}.`;
    },
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
        if (holdsItem(problem))
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
        if (holdsItem(problem)) return 'Please help me return the item and get my money back.';
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
    to: (seller, bin) => `To: ${seller}${bin === null ? '' : ` (BIN/IIN ${bin})`}, seller on kaspi.kz`,
    title: 'CLAIM',
    lawLine: `(under Article ${A.claim.article} of the Law of the Republic of Kazakhstan No. 274-IV of 4 May 2010 “On Consumer Rights Protection”, hereinafter “the Law”)`,
    intro: 'Through kaspi.kz, I placed and paid for the following order with you:',
    problemHeading: 'The problem:',
    basisHeading: 'Legal basis:',
    basisDefect: `Under Article ${A.civil.article} of the Civil Code of the Republic of Kazakhstan, a buyer who has been handed goods of improper quality may make demands of the seller in respect of their defects.`,
    basisNotAsDescribed: `Under Article ${A.defect.article}(${point(A.defect)}) of the Law, a defect includes the goods' failure to match the information about them given by the seller.`,
    basisReturn: `Under Article ${A.returnRight.article} of the Law, a buyer may, within fourteen days of the handover of non-food goods, exchange them or, if no goods for the exchange are available, return them and receive the amount paid. Under Article ${A.returnDuty.article}(${point(A.returnDuty)}) of the Law, the seller must ensure the exchange or return of non-food goods of proper quality within fourteen calendar days, provided that the goods have not been used and that their presentation, consumer properties, seals and labels, and the document proving the purchase have been preserved.`,
    qualityCheck:
      'The item can be handed over to you for a quality check (examination): please tell me when and where to hand it over.',
    demandHeading: 'On the basis of the above, I demand that you:',
    deadline: `Please consider this claim and, within 10 (ten) calendar days of receiving it, either satisfy my demand or, if you disagree with it, send me a reasoned written answer with supporting documents (Article ${A.claim.article} of the Law).`,
    replyTo(email, address) {
      const parts = [
        email === null ? null : `e-mail ${email}`,
        address === null ? null : `postal address ${address}`,
      ].filter((p): p is string => p !== null);
      return parts.length === 0 ? null : `Please send your answer to: ${parts.join('; ')}.`;
    },
    reserve:
      'If you refuse or do not answer within this time, I reserve the right to apply to the authorised consumer protection body and to bring a claim in court.',
    police: `I also reserve the right to report the fraud to the police (Article ${A.fraud.article} of the Criminal Code of the Republic of Kazakhstan).`,
  },
  appeal: {
    to: (region) => departmentAddress(region, 'en'),
    iin: 'IIN',
    postalAddress: 'Postal address',
    title: 'COMPLAINT\nconcerning a violation of consumer rights',
    intro: (seller) =>
      `I ask you to check the actions of the seller ${seller} (kaspi.kz), who in my view has violated my rights as a consumer.`,
    orderIntro: 'Through kaspi.kz, I placed and paid for the following order with this seller:',
    problemHeading: 'What happened:',
    lawSentence:
      'I believe the seller has violated my consumer rights under the Law of the Republic of Kazakhstan No. 274-IV of 4 May 2010 “On Consumer Rights Protection” (hereinafter “the Law”).',
    claimSent: (sentIso, demand, delivery, receivedIso) => {
      const how =
        delivery === 'post'
          ? ' by registered mail with a delivery notice'
          : delivery === 'hand'
            ? ' by hand, with a mark of receipt'
            : delivery === 'email'
              ? ' to the e-mail address the seller gave'
              : '';
      const received =
        receivedIso === null ? '' : ` The seller received it on ${formatDate(receivedIso, 'en')}.`;
      return `On ${formatDate(sentIso, 'en')}, I sent the seller a claim${how} with the following demand: ${demand}.${received}`;
    },
    refused: 'The seller refused to satisfy my demand.',
    noAnswer: (todayIso, dueIso) =>
      `As of ${formatDate(todayIso, 'en')}, I have received no answer to the claim, although the time for an answer set by Article ${A.claim.article} of the Law (10 calendar days from the day the claim was received) has run out: its last day was ${formatDate(dueIso, 'en')}`,
    police: `In my view, the seller's actions bear the signs of fraud (Article ${A.fraud.article} of the Criminal Code of the Republic of Kazakhstan); I may also report this to the police.`,
    requestsHeading: 'I ask you to:',
    requests: (noAnswer) => [
      noAnswer
        ? `Consider this complaint and check whether the seller has complied with the Law, including the procedure and time for considering a consumer's claim (Article ${A.claim.article} of the Law).`
        : 'Consider this complaint and check whether the seller has complied with the Law.',
      'Take measures within your competence to protect my rights as a consumer.',
      'Inform me of the outcome.',
    ],
    claimCopy: (sentIso) => `Copy of the claim of ${formatDate(sentIso, 'en')}`,
    deliveryProof: (delivery) =>
      delivery === 'post'
        ? 'Receipt for the registered letter and the notice of delivery of the claim'
        : delivery === 'hand'
          ? "Copy of the claim with the seller's mark of receipt"
          : delivery === 'email'
            ? "Proof that the claim was sent to the seller's e-mail address"
            : 'Proof that the claim was sent and received',
    sellerRefusal: "Copy of the seller's written refusal",
    historyHeading: 'What happened:',
    historyLine: (h) => {
      const who = { seller: 'the seller', kaspi: 'Kaspi', authority: 'the authority' }[h.party ?? 'seller'];
      const outcome = {
        refunded: 'refunded',
        replaced: 'item replaced',
        repaired: 'item repaired',
        'price-reduced': 'price reduced',
        refused: 'demand refused',
      };
      const what =
        h.kind === 'claim-sent'
          ? 'claim sent to the seller'
          : h.kind === 'submitted'
            ? 'complaint filed with Kaspi'
            : h.kind === 'answer-received'
              ? `answer received from ${who}`
              : `outcome (${who}): ${outcome[h.outcome ?? 'refused']}`;
      return `${formatDate(h.date, 'en')} — ${what}${h.note ? `: "${h.note}"` : ''}.`;
    },
  },
};

export const PHRASES: Readonly<Record<Lang, Phrases>> = { ru, kk, en };
