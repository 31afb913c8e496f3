import type { Channel } from '../cases/schema';
import type { Lang } from '../i18n/languages';
import { SOURCES, type Source } from './sources';

/**
 * Every way to complain, with its contacts and steps, each with its source (research §2).
 * Facts the seed guide gives but no other source confirms carry `confirmed: false`: the UI shows them
 * "as given by the guide". Button and section names are quoted as the Russian Kaspi.kz interface
 * shows them; the Kazakh and English texts add a translation in brackets.
 */

export type { Localized } from '../i18n/languages';
import type { Localized } from '../i18n/languages';

export type ContactKind = 'phone' | 'email' | 'link';

export interface ChannelContact {
  id: string;
  kind: ContactKind;
  /** As shown to the buyer: '9999', '+7 727 311 00 00', 'support@kaspi.kz', 't.me/kaspikz'. */
  value: string;
  /** Always tel:, mailto: or https:. */
  href: string;
  label: Localized;
  source: Source;
  confirmed: boolean;
}

/** Another documented way through the same channel (e.g. Kaspi's own return flow in the app). */
export interface ChannelVariant {
  id: string;
  name: Localized;
  steps: Localized<readonly string[]>;
  source: Source;
  /** `false`: only the seed guide says so, or we could not confirm it (the source's status tells which). */
  confirmed: boolean;
}

/** A warning or fact shown under a channel's steps, with where it comes from. */
export interface ChannelNote {
  id: string;
  text: Localized;
  source: Source;
  confirmed: boolean;
}

export interface ChannelInfo {
  id: Channel;
  name: Localized;
  /** One line: what the channel is good for. */
  summary: Localized;
  steps: Localized<readonly string[]>;
  /** In the order to try them: confirmed first. */
  contacts: readonly ChannelContact[];
  /** Where the steps come from. */
  source: Source;
  /** Whether the steps were confirmed by a source other than the seed guide. */
  confirmed: boolean;
  /** Confirmed variants are shown before the channel's own steps, unconfirmed ones after. */
  variants: readonly ChannelVariant[];
  /** Extra warnings or facts to show under the steps. */
  notes: readonly ChannelNote[];
}

/**
 * The footnote for anything with `confirmed: false` whose source is the seed guide: shown once per screen,
 * under a marker on each such item (see `unconfirmedMark`).
 */
export const UNCONFIRMED_NOTE: Localized = {
  ru: 'Так указано в гиде; другими источниками не подтверждено.',
  kk: 'Нұсқаулықта осылай көрсетілген; басқа дереккөздермен расталмаған.',
  en: 'As given by the guide; not independently confirmed.',
};

/** Kaspi support's usual review times, as the seed guide gives them (not confirmed elsewhere). */
export const SUPPORT_REVIEW_TIMES: {
  text: Localized<readonly string[]>;
  source: Source;
  confirmed: boolean;
} = {
  text: {
    ru: [
      '1–3 рабочих дня — обычное обращение',
      'до 10 дней — если нужна проверка',
      'до 30 дней — если нужна экспертиза товара',
    ],
    kk: [
      '1–3 жұмыс күні — қарапайым өтініш',
      '10 күнге дейін — тексеру қажет болса',
      '30 күнге дейін — тауарға сараптама қажет болса',
    ],
    en: [
      '1–3 working days for a standard request',
      'up to 10 days if it needs checking',
      'up to 30 days if the item needs an expert examination',
    ],
  },
  source: SOURCES.seedGuide,
  confirmed: false,
};

const HOTLINE_CONTACTS: readonly ChannelContact[] = [
  {
    id: 'hotline-9999',
    kind: 'phone',
    value: '9999',
    href: 'tel:9999',
    label: {
      ru: 'Kaspi.kz — бесплатно с мобильного',
      kk: 'Kaspi.kz — ұялы телефоннан тегін',
      en: 'Kaspi.kz, free from a mobile phone',
    },
    source: SOURCES.kaspiFooter,
    confirmed: true,
  },
  {
    id: 'hotline-7111',
    kind: 'phone',
    value: '7111',
    href: 'tel:7111',
    label: {
      ru: 'Для абонентов Kaspi Mobile',
      kk: 'Kaspi Mobile абоненттері үшін',
      en: 'For Kaspi Mobile subscribers',
    },
    source: SOURCES.seedGuide,
    confirmed: false,
  },
  {
    id: 'hotline-city',
    kind: 'phone',
    value: '+7 727 311 00 00',
    href: 'tel:+77273110000',
    label: { ru: 'Телефон', kk: 'Телефон', en: 'Phone' },
    source: SOURCES.seedGuide,
    confirmed: false,
  },
];

export const CHANNELS_INFO: Readonly<Record<Channel, ChannelInfo>> = {
  app: {
    id: 'app',
    name: { ru: 'Приложение Kaspi.kz', kk: 'Kaspi.kz қосымшасы', en: 'Kaspi.kz app' },
    summary: {
      ru: 'Жалоба или возврат прямо из заказа — самый быстрый путь.',
      kk: 'Шағымды немесе қайтаруды тікелей тапсырыстан рәсімдеу — ең жылдам жол.',
      en: 'A complaint or a return straight from the order: the fastest way.',
    },
    steps: {
      ru: [
        'Откройте приложение Kaspi.kz.',
        'Перейдите в раздел «Мои покупки».',
        'Выберите проблемный заказ.',
        'Нажмите «Вернуть» или «Проблема с заказом».',
        'Выберите причину возврата или жалобы.',
        'Приложите доказательства: фото, скриншоты.',
        'Отправьте заявку.',
      ],
      kk: [
        'Kaspi.kz қосымшасын ашыңыз.',
        '«Мои покупки» (Менің сатып алуларым) бөліміне өтіңіз.',
        'Мәселе туындаған тапсырысты таңдаңыз.',
        '«Вернуть» (Қайтару) немесе «Проблема с заказом» (Тапсырысқа қатысты мәселе) батырмасын басыңыз.',
        'Қайтару немесе шағым себебін таңдаңыз.',
        'Дәлелдерді қоса беріңіз: фотосуреттер, скриншоттар.',
        'Өтінімді жіберіңіз.',
      ],
      en: [
        'Open the Kaspi.kz app.',
        'Go to «Мои покупки» (My purchases).',
        'Choose the order with the problem.',
        'Tap «Вернуть» (Return) or «Проблема с заказом» (Problem with the order).',
        'Choose the reason for the return or complaint.',
        'Attach your proof: photos, screenshots.',
        'Send the request.',
      ],
    },
    contacts: [],
    source: SOURCES.seedGuide,
    confirmed: false,
    variants: [
      {
        id: 'app-return',
        name: {
          ru: 'Возврат товара по инструкции Kaspi',
          kk: 'Kaspi нұсқаулығы бойынша тауарды қайтару',
          en: "Returning an item, as Kaspi's guide describes it",
        },
        steps: {
          ru: [
            'В приложении Kaspi.kz откройте Магазин → «Мои заказы».',
            'Выберите товар.',
            'Нажмите «Оформить возврат» и заполните заявку по подсказкам на экране.',
            'Следите за статусом: Магазин → «Мои заказы» → «Заявки на возврат».',
          ],
          kk: [
            'Kaspi.kz қосымшасында Магазин → «Мои заказы» (Тапсырыстарым) бөлімін ашыңыз.',
            'Тауарды таңдаңыз.',
            '«Оформить возврат» (Қайтаруды рәсімдеу) батырмасын басып, экрандағы нұсқаулар бойынша өтінімді толтырыңыз.',
            'Мәртебесін қадағалаңыз: Магазин → «Мои заказы» → «Заявки на возврат» (Қайтаруға өтінімдер).',
          ],
          en: [
            'In the Kaspi.kz app, open Магазин (Shop) → «Мои заказы» (My orders).',
            'Choose the item.',
            'Tap «Оформить возврат» (Request a return) and fill in the request as the screen guides you.',
            'Follow the status: Магазин → «Мои заказы» → «Заявки на возврат» (Return requests).',
          ],
        },
        source: SOURCES.kaspiReturns,
        confirmed: true,
      },
    ],
    notes: [
      {
        id: 'app-return-outcome',
        text: {
          ru: 'Если продавец одобрит возврат, деньги придут на Kaspi Gold в течение часа; если откажет, в приложении придёт сообщение с причиной отказа — сохраните его скриншот.',
          kk: 'Сатушы қайтаруды мақұлдаса, ақша бір сағат ішінде Kaspi Gold картасына түседі; бас тартса, қосымшаға бас тарту себебі көрсетілген хабарлама келеді — оның скриншотын сақтаңыз.',
          en: 'If the seller approves the return, the money reaches Kaspi Gold within an hour; if the seller refuses, the app shows a message with the reason: keep a screenshot of it.',
        },
        source: SOURCES.kaspiReturnOutcome,
        confirmed: true,
      },
      {
        id: 'app-returns-2026',
        text: {
          ru: 'В январе 2026 года, по сообщениям СМИ, Kaspi упростил возврат товаров. Что именно изменилось, подтвердить по страницам Kaspi не удалось: следуйте подсказкам в приложении.',
          kk: 'БАҚ хабарлауынша, 2026 жылғы қаңтарда Kaspi тауарды қайтаруды жеңілдеткен. Нақты не өзгергенін Kaspi беттері бойынша растау мүмкін болмады: қосымшадағы нұсқауларды орындаңыз.',
          en: "In January 2026, according to the press, Kaspi simplified returns. What exactly changed could not be confirmed on Kaspi's pages: follow the prompts in the app.",
        },
        source: SOURCES.kaspiReturnsChange2026,
        confirmed: false,
      },
      {
        id: 'app-names',
        text: {
          ru: 'Названия разделов и кнопок даны так, как их показывает русская версия приложения.',
          kk: 'Бөлімдер мен батырмалардың атаулары қосымшаның орыс тіліндегі нұсқасындағыдай берілген.',
          en: 'Section and button names are quoted as the Russian version of the app shows them.',
        },
        source: SOURCES.kaspiReturns,
        confirmed: true,
      },
    ],
  },

  website: {
    id: 'website',
    name: { ru: 'Сайт kaspi.kz', kk: 'kaspi.kz сайты', en: 'kaspi.kz website' },
    summary: {
      ru: 'Обращение через форму поддержки в личном кабинете.',
      kk: 'Жеке кабинеттегі қолдау нысаны арқылы өтініш.',
      en: 'A request through the support form in your account.',
    },
    steps: {
      ru: [
        'Войдите в личный кабинет на kaspi.kz.',
        'Найдите раздел «Помощь» или «Поддержка».',
        'Заполните форму: опишите проблему и приложите доказательства.',
        'Следите за статусом обращения в личном кабинете.',
      ],
      kk: [
        'kaspi.kz сайтындағы жеке кабинетке кіріңіз.',
        '«Помощь» (Көмек) немесе «Поддержка» (Қолдау) бөлімін табыңыз.',
        'Нысанды толтырыңыз: мәселені сипаттап, дәлелдерді қоса беріңіз.',
        'Өтініштің мәртебесін жеке кабинетте қадағалаңыз.',
      ],
      en: [
        'Sign in to your account on kaspi.kz.',
        'Find the «Помощь» (Help) or «Поддержка» (Support) section.',
        'Fill in the form: describe the problem and attach your proof.',
        'Follow the status of your request in your account.',
      ],
    },
    contacts: [
      {
        id: 'website-kaspi',
        kind: 'link',
        value: 'kaspi.kz',
        href: 'https://kaspi.kz/',
        label: { ru: 'Сайт Kaspi.kz', kk: 'Kaspi.kz сайты', en: 'Kaspi.kz website' },
        source: SOURCES.kaspiFooter,
        confirmed: true,
      },
    ],
    source: SOURCES.seedGuide,
    confirmed: false,
    variants: [],
    notes: [],
  },

  hotline: {
    id: 'hotline',
    name: { ru: 'Горячая линия Kaspi', kk: 'Kaspi жедел желісі', en: 'Kaspi hotline' },
    summary: {
      ru: 'Звонок в службу поддержки Kaspi.',
      kk: 'Kaspi қолдау қызметіне қоңырау шалу.',
      en: 'A call to Kaspi support.',
    },
    steps: {
      ru: [
        'Позвоните по номеру 9999 (бесплатно с мобильного).',
        'Назовите номер заказа и коротко опишите проблему.',
        'Запишите дату звонка и что вам ответили.',
      ],
      kk: [
        '9999 нөміріне қоңырау шалыңыз (ұялы телефоннан тегін).',
        'Тапсырыс нөмірін айтып, мәселені қысқаша сипаттаңыз.',
        'Қоңырау шалған күнді және сізге не жауап бергенін жазып алыңыз.',
      ],
      en: [
        'Call 9999 (free from a mobile phone).',
        'Give the order number and describe the problem briefly.',
        'Write down the date of the call and what you were told.',
      ],
    },
    contacts: HOTLINE_CONTACTS,
    source: SOURCES.kaspiFooter,
    confirmed: true,
    variants: [],
    notes: [],
  },

  email: {
    id: 'email',
    name: { ru: 'Электронная почта', kk: 'Электрондық пошта', en: 'E-mail' },
    summary: {
      ru: 'Письмо в службу поддержки Kaspi.',
      kk: 'Kaspi қолдау қызметіне хат.',
      en: 'A letter to Kaspi support.',
    },
    steps: {
      ru: [
        'Напишите на support@kaspi.kz — тему и текст письма подготовит Shagym.',
        'Проверьте, что в письме есть номер заказа, товар и продавец.',
        'Приложите к письму фото и скриншоты.',
      ],
      kk: [
        'support@kaspi.kz мекенжайына жазыңыз — хаттың тақырыбы мен мәтінін Shagym дайындайды.',
        'Хатта тапсырыс нөмірі, тауар және сатушы көрсетілгенін тексеріңіз.',
        'Хатқа фотосуреттер мен скриншоттарды тіркеңіз.',
      ],
      en: [
        'Write to support@kaspi.kz; Shagym prepares the subject and the text.',
        'Check that the letter gives the order number, the item and the seller.',
        'Attach the photos and screenshots to the letter.',
      ],
    },
    contacts: [
      {
        id: 'email-support',
        kind: 'email',
        value: 'support@kaspi.kz',
        href: 'mailto:support@kaspi.kz',
        label: {
          ru: 'Служба поддержки Kaspi',
          kk: 'Kaspi қолдау қызметі',
          en: 'Kaspi support',
        },
        source: SOURCES.seedGuide,
        confirmed: false,
      },
    ],
    source: SOURCES.seedGuide,
    confirmed: false,
    variants: [],
    notes: [],
  },

  telegram: {
    id: 'telegram',
    name: { ru: 'Telegram', kk: 'Telegram', en: 'Telegram' },
    summary: {
      ru: 'Официальный канал Kaspi.kz в Telegram.',
      kk: 'Kaspi.kz компаниясының Telegram-дағы ресми арнасы.',
      en: 'The official Kaspi.kz channel on Telegram.',
    },
    steps: {
      ru: [
        'Откройте официальный канал t.me/kaspikz.',
        'В гиде упоминается чат-бот Kaspi в Telegram, но его адрес мы не смогли подтвердить: открывайте бота только по ссылке из приложения Kaspi.kz или с сайта kaspi.kz.',
        'Никому не сообщайте в чатах данные карты и коды из SMS.',
      ],
      kk: [
        'Ресми t.me/kaspikz арнасын ашыңыз.',
        'Нұсқаулықта Telegram-дағы Kaspi чат-боты аталады, бірақ оның мекенжайын растай алмадық: ботты тек Kaspi.kz қосымшасындағы немесе kaspi.kz сайтындағы сілтеме арқылы ашыңыз.',
        'Чаттарда ешкімге карта деректерін және SMS-кодтарды айтпаңыз.',
      ],
      en: [
        'Open the official channel t.me/kaspikz.',
        'The guide mentions a Kaspi chat-bot on Telegram, but we could not confirm its address: open a bot only from a link in the Kaspi.kz app or on kaspi.kz.',
        'Never share card details or SMS codes in a chat.',
      ],
    },
    contacts: [
      {
        id: 'telegram-channel',
        kind: 'link',
        value: 't.me/kaspikz',
        href: 'https://t.me/kaspikz',
        label: {
          ru: 'Канал Kaspi.kz в Telegram',
          kk: 'Kaspi.kz компаниясының Telegram арнасы',
          en: 'Kaspi.kz channel on Telegram',
        },
        source: SOURCES.kaspiTelegram,
        confirmed: true,
      },
    ],
    source: SOURCES.seedGuide,
    confirmed: false,
    variants: [],
    notes: [],
  },

  'claim-letter': {
    id: 'claim-letter',
    name: { ru: 'Претензия продавцу', kk: 'Сатушыға наразылық хат', en: 'Claim letter to the seller' },
    summary: {
      ru: 'Письменная претензия по закону: продавец обязан ответить в течение 10 календарных дней.',
      kk: 'Заң бойынша жазбаша наразылық хат: сатушы күнтізбелік 10 күн ішінде жауап беруге міндетті.',
      en: 'A formal written claim: by law the seller must answer within 10 calendar days.',
    },
    steps: {
      ru: [
        'Подготовьте претензию в Shagym и проверьте её.',
        'Вручите её продавцу лично (на вашем экземпляре продавец ставит отметку о принятии), или отправьте заказным письмом с уведомлением о вручении, или на электронную почту продавца, если продавец сам её указал.',
        'Сохраните подтверждение: экземпляр с отметкой, почтовую квитанцию и уведомление или отправленное письмо.',
        'Ждите ответа 10 календарных дней со дня получения претензии продавцом.',
        'Если продавец отказал или не ответил, обратитесь в уполномоченный орган.',
      ],
      kk: [
        'Shagym-да наразылық хатты дайындап, тексеріңіз.',
        'Оны сатушыға қолма-қол тапсырыңыз (сіздегі данасына сатушы қабылдағаны туралы белгі қояды) немесе табыс етілгені туралы хабарламасы бар тапсырысты хатпен, немесе сатушы өзі көрсеткен электрондық поштаға жіберіңіз.',
        'Растайтын құжатты сақтаңыз: белгі қойылған дананы, пошта түбіртегі мен хабарламаны немесе жіберілген хатты.',
        'Жауапты сатушы наразылық хатты алған күннен бастап күнтізбелік 10 күн бойы күтіңіз.',
        'Сатушы бас тартса немесе жауап бермесе, уәкілетті органға жүгініңіз.',
      ],
      en: [
        'Prepare the claim in Shagym and check it.',
        "Hand it to the seller in person (the seller marks your copy as received), or send it by registered mail with a delivery notice, or to the seller's e-mail if the seller has published one.",
        'Keep the proof: your marked copy, the postal receipt and delivery notice, or the sent e-mail.',
        'Wait 10 calendar days from the day the seller receives the claim.',
        'If the seller refuses or does not answer, apply to the authorised body.',
      ],
    },
    contacts: [],
    source: SOURCES.law274,
    confirmed: true,
    variants: [],
    notes: [
      {
        id: 'claim-keep-proof',
        text: {
          ru: 'Сохраните копию претензии с отметкой о принятии или почтовую квитанцию и уведомление о вручении: с даты получения претензии продавцом идут 10 дней на ответ.',
          kk: 'Қабылданғаны туралы белгісі бар наразылық хаттың көшірмесін немесе пошта түбіртегі мен табыс ету туралы хабарламаны сақтаңыз: сатушы наразылық хатты алған күннен бастап жауап беруге 10 күн беріледі.',
          en: "Keep a copy of the claim with the seller's acceptance mark, or the postal receipt and the delivery notice: the seller's 10 days to answer run from the day the seller receives the claim.",
        },
        source: SOURCES.law274,
        confirmed: true,
      },
      {
        id: 'claim-seller-address',
        text: {
          ru: 'Адрес продавца поищите на странице продавца на kaspi.kz (вкладка с адресами); годится ли он для претензии, мы не проверили.',
          kk: 'Сатушының мекенжайын kaspi.kz сайтындағы сатушы бетінен (мекенжайлар қойындысы) іздеңіз; оның наразылық хатқа жарайтынын біз тексерген жоқпыз.',
          en: "Look for the seller's address on the seller's page on kaspi.kz (the addresses tab); we have not checked that it is the right address for a claim.",
        },
        source: SOURCES.kaspiMerchantPage,
        confirmed: false,
      },
    ],
  },

  authority: {
    id: 'authority',
    name: {
      ru: 'Департамент защиты прав потребителей',
      kk: 'Тұтынушылардың құқықтарын қорғау департаменті',
      en: 'Consumer protection department',
    },
    summary: {
      ru: 'Департамент торговли и защиты прав потребителей вашего региона (Министерство торговли и интеграции РК) — если продавец отказал или не ответил на претензию за 10 дней с её получения.',
      kk: 'Өңіріңіздегі сауда және тұтынушылардың құқықтарын қорғау департаменті (ҚР Сауда және интеграция министрлігі) — сатушы наразылық хат бойынша талапты қанағаттандырудан бас тартса немесе оны алғаннан кейін 10 күн ішінде жауап бермесе.',
      en: "Your region's Department of Trade and Consumer Protection (Ministry of Trade and Integration of Kazakhstan), if the seller refused your claim or did not answer it within 10 days of receiving it.",
    },
    steps: {
      ru: [
        'Сначала направьте претензию продавцу и дождитесь ответа (10 календарных дней).',
        'Откройте eotinish.kz и войдите в систему.',
        'Подайте обращение в департамент торговли и защиты прав потребителей вашего региона; текст обращения подготовит Shagym.',
        'Приложите копию претензии, подтверждение её отправки, ответ продавца (если он был) и доказательства.',
      ],
      kk: [
        'Алдымен сатушыға наразылық хат жіберіп, жауап күтіңіз (күнтізбелік 10 күн).',
        'eotinish.kz сайтын ашып, жүйеге кіріңіз.',
        'Өңіріңіздегі сауда және тұтынушылардың құқықтарын қорғау департаментіне өтініш беріңіз; өтініш мәтінін Shagym дайындайды.',
        'Наразылық хаттың көшірмесін, оның жіберілгенін растайтын құжатты, сатушының жауабын (болса) және дәлелдерді қоса беріңіз.',
      ],
      en: [
        'First send a claim to the seller and wait for the answer (10 calendar days).',
        'Open eotinish.kz and sign in.',
        "File a complaint with your region's Department of Trade and Consumer Protection; Shagym prepares the text.",
        "Attach a copy of the claim, proof that it was sent, the seller's answer (if any) and your proof.",
      ],
    },
    contacts: [
      {
        id: 'authority-eotinish',
        kind: 'link',
        value: 'eotinish.kz',
        href: 'https://eotinish.kz/',
        label: { ru: 'e-Otinish', kk: 'e-Otinish', en: 'e-Otinish' },
        source: SOURCES.eOtinish,
        confirmed: true,
      },
    ],
    source: SOURCES.law274,
    confirmed: true,
    variants: [
      {
        id: 'authority-court',
        name: { ru: 'Суд', kk: 'Сот', en: 'Court' },
        steps: {
          ru: [
            'Если спор не решён, потребитель может обратиться в суд.',
            'Не удалось подтвердить, что по Налоговому кодексу, действующему с 1 января 2026 года, иски о защите прав потребителей освобождены от госпошлины (раньше это было так). Уточните в суде или на egov.kz до подачи иска.',
          ],
          kk: [
            'Дау шешілмесе, тұтынушы сотқа жүгіне алады.',
            '2026 жылғы 1 қаңтардан бастап қолданылатын Салық кодексі бойынша тұтынушылардың құқықтарын қорғау туралы талап арыздардың мемлекеттік баждан босатылғанын растау мүмкін болмады (бұрын солай болған). Талап арыз бермес бұрын сотта немесе egov.kz сайтында нақтылаңыз.',
          ],
          en: [
            'If the dispute is not resolved, the consumer can go to court.',
            'We could not confirm that consumer protection claims are exempt from the court fee under the Tax Code in force since 1 January 2026 (they were before). Check with the court or on egov.kz before filing.',
          ],
        },
        source: SOURCES.govCourt,
        confirmed: false,
      },
    ],
    notes: [
      {
        id: 'authority-tax-code-2026',
        text: {
          ru: 'С 1 января 2026 года действует новый Налоговый кодекс; по сообщениям СМИ, правила госпошлины в нём частично изменились.',
          kk: '2026 жылғы 1 қаңтардан бастап жаңа Салық кодексі қолданылады; БАҚ хабарлауынша, ондағы мемлекеттік баж ережелері ішінара өзгерген.',
          en: 'A new Tax Code has been in force since 1 January 2026; according to the press, it changed the state-duty rules in part.',
        },
        source: SOURCES.taxCode2026News,
        confirmed: true,
      },
    ],
  },
};

/** The order in which the UI lists channels: Kaspi first, then the formal route. */
export const CHANNEL_ORDER: readonly Channel[] = [
  'app',
  'website',
  'hotline',
  'email',
  'telegram',
  'claim-letter',
  'authority',
];

export function getChannelInfo(id: Channel): ChannelInfo {
  return CHANNELS_INFO[id];
}

export function channelName(id: Channel, lang: Lang): string {
  return CHANNELS_INFO[id].name[lang];
}

export function channelSteps(id: Channel, lang: Lang): readonly string[] {
  return CHANNELS_INFO[id].steps[lang];
}

/** Hotline numbers in the order to call them: 9999 (confirmed) first. */
export function hotlineContacts(): readonly ChannelContact[] {
  return CHANNELS_INFO.hotline.contacts;
}

/** Every contact of every channel, in CHANNEL_ORDER. */
export function allContacts(): readonly ChannelContact[] {
  return CHANNEL_ORDER.flatMap((id) => CHANNELS_INFO[id].contacts);
}

/** The only link schemes the UI may render from this module. */
export function isSafeContactHref(href: string): boolean {
  return /^(?:tel:\+?\d+|mailto:[^\s@]+@[^\s@]+|https:\/\/[^\s]+)$/.test(href);
}

/** A channel's variants in the order to show them: confirmed ones before the channel's own steps. */
export function variantsBeforeSteps(info: ChannelInfo): readonly ChannelVariant[] {
  return info.variants.filter((v) => v.confirmed);
}

/** …and the unconfirmed ones after them. */
export function variantsAfterSteps(info: ChannelInfo): readonly ChannelVariant[] {
  return info.variants.filter((v) => !v.confirmed);
}

/**
 * How an item is marked on a screen that explains its markers once, at the bottom: `'guide'` (only the
 * seed guide says so), `'unverified'` (we looked and could not confirm it), or `null` (confirmed).
 */
export type UnconfirmedMark = 'guide' | 'unverified';

export function unconfirmedMark(item: { source: Source; confirmed: boolean }): UnconfirmedMark | null {
  if (item.confirmed) return null;
  return item.source.status === 'seed-guide' ? 'guide' : 'unverified';
}

/** Every sourced item of a channel (the channel itself, its contacts, variants and notes). */
export function sourcedItems(info: ChannelInfo): { id: string; source: Source; confirmed: boolean }[] {
  return [
    { id: info.id, source: info.source, confirmed: info.confirmed },
    ...info.contacts,
    ...info.variants,
    ...info.notes,
  ];
}

/** The markers used on the channel screen, each explained once at its bottom. */
export function marksInUse(ids: readonly Channel[] = CHANNEL_ORDER): UnconfirmedMark[] {
  const marks = new Set(
    ids.flatMap((id) => sourcedItems(CHANNELS_INFO[id]).map((item) => unconfirmedMark(item))),
  );
  return (['guide', 'unverified'] as const).filter((m) => marks.has(m));
}
