import type { Localized } from './languages';

/**
 * The page capture's words (issue 11, part 2): the header written on top of every captured page
 * (utils/capture/header.ts, pure) and the panel's lines about the access to Kaspi's CDN. In each locale
 * as `pageCapture` (utils/i18n/locales/*.ts), so the UI reads them through i18next like every other key.
 * Kazakh: no ending is glued to a name or a host (kaspi.kz, Kaspi, Shagym, resources.cdn-kaspi.kz).
 */
export interface PageCaptureStrings {
  heading: string;
  url: string;
  title: string;
  capturedUtc: string;
  capturedAlmaty: string;
  extension: string;
  browser: string;
  size: string;
  inert: string;
  resources: string;
  colUrl: string;
  colKind: string;
  colSize: string;
  colHash: string;
  none: string;
  skipped: string;
  noPermission: string;
  fileHash: string;
  kind: { image: string; style: string; font: string };
  reason: {
    'not-allowed': string;
    'no-permission': string;
    'too-big': string;
    budget: string;
    'too-many': string;
    failed: string;
    'wrong-type': string;
  };
  /** The panel: why the browser is about to ask (shown before the first capture). */
  access: string;
  /** The panel, when the browser cannot ask from the framed panel (Firefox): where to allow it. */
  accessElsewhere: string;
  /** The panel: kept, but without pictures (access refused). */
  keptWithoutPictures: string;
  /** The panel: kept, some resources left out. */
  keptSkipped: string;
}

export const PAGE_CAPTURE_STRINGS: Localized<PageCaptureStrings> = {
  ru: {
    heading: 'Копия страницы kaspi.kz, сохранённая расширением Shagym',
    url: 'Адрес страницы',
    title: 'Заголовок',
    capturedUtc: 'Время сохранения (UTC)',
    capturedAlmaty: 'Время сохранения (Алматы)',
    extension: 'Версия Shagym',
    browser: 'Браузер',
    size: 'Окно браузера и страница (CSS px)',
    inert:
      'Скрипты, формы и фреймы удалены, ссылки ведут только на https-адреса. Файл ничего не загружает из сети: картинки, стили и шрифты — внутри него.',
    resources: 'Вложенные картинки, стили и шрифты и их SHA-256',
    colUrl: 'Адрес',
    colKind: 'Что',
    colSize: 'Байт',
    colHash: 'SHA-256',
    none: 'Ничего не вложено.',
    skipped: 'Не вложено',
    noPermission:
      'Картинки и стили не скопированы: доступ к серверам Kaspi с картинками (resources.cdn-kaspi.kz, ks-static.cdn-kaspi.kz) не разрешён. Текст страницы сохранён полностью.',
    fileHash: 'SHA-256 всего этого файла Shagym записал при сохранении (в карточке доказательства).',
    kind: { image: 'картинка', style: 'стили', font: 'шрифт' },
    reason: {
      'not-allowed': 'не с сервера Kaspi — не запрашивался',
      'no-permission': 'доступ не разрешён',
      'too-big': 'слишком большой файл',
      budget: 'превышен общий размер копии',
      'too-many': 'слишком много файлов',
      failed: 'не загрузился',
      'wrong-type': 'не картинка, не шрифт и не стили',
    },
    access:
      'Чтобы копия выглядела как страница, Shagym попросит браузер разрешить загрузку картинок, стилей и шрифтов с серверов Kaspi (resources.cdn-kaspi.kz, ks-static.cdn-kaspi.kz) — только когда вы сохраняете копию.',
    accessElsewhere:
      'Чтобы копия была с картинками, разрешите Shagym доступ к серверам Kaspi (resources.cdn-kaspi.kz, ks-static.cdn-kaspi.kz): Firefox не может спросить об этом здесь. Меню → Дополнения и темы → Shagym → Разрешения.',
    keptWithoutPictures:
      'Снимок страницы сохранён без картинок: доступ к серверам Kaspi с картинками не разрешён (SHA-256 {{hash}}…).',
    keptSkipped:
      'Снимок страницы сохранён (SHA-256 {{hash}}…). Не вложено файлов: {{count}} — см. заголовок копии.',
  },
  kk: {
    heading: 'Shagym кеңейтімі сақтаған kaspi.kz бетінің көшірмесі',
    url: 'Бет мекенжайы',
    title: 'Тақырыбы',
    capturedUtc: 'Сақталған уақыты (UTC)',
    capturedAlmaty: 'Сақталған уақыты (Алматы)',
    extension: 'Shagym нұсқасы',
    browser: 'Браузер',
    size: 'Браузер терезесі және бет (CSS px)',
    inert:
      'Скрипттер, формалар және фреймдер алынып тасталды, сілтемелер тек https мекенжайларына апарады. Файл желіден ештеңе жүктемейді: суреттер, стильдер және қаріптер оның ішінде.',
    resources: 'Ішіне салынған суреттер, стильдер, қаріптер және олардың SHA-256 мәні',
    colUrl: 'Мекенжай',
    colKind: 'Түрі',
    colSize: 'Байт',
    colHash: 'SHA-256',
    none: 'Ештеңе салынбаған.',
    skipped: 'Салынбағандар',
    noPermission:
      'Суреттер мен стильдер көшірілмеді: суреттері бар Kaspi серверлеріне (resources.cdn-kaspi.kz, ks-static.cdn-kaspi.kz) рұқсат берілмеді. Беттің мәтіні толық сақталды.',
    fileHash: 'Осы файлдың толық SHA-256 мәнін Shagym сақтау кезінде жазып қойды (дәлел карточкасында).',
    kind: { image: 'сурет', style: 'стиль', font: 'қаріп' },
    reason: {
      'not-allowed': 'Kaspi серверінен емес, сұралмады',
      'no-permission': 'рұқсат берілмеді',
      'too-big': 'файл тым үлкен',
      budget: 'көшірменің жалпы көлемі шектен асты',
      'too-many': 'файлдар тым көп',
      failed: 'жүктелмеді',
      'wrong-type': 'сурет те, қаріп те, стиль де емес',
    },
    access:
      'Көшірме бет сияқты көрінуі үшін Shagym браузерден Kaspi серверлерінен (resources.cdn-kaspi.kz, ks-static.cdn-kaspi.kz) суреттерді, стильдерді және қаріптерді жүктеуге рұқсат сұрайды. Бұл тек көшірмені сақтаған кезде болады.',
    accessElsewhere:
      'Көшірмеде суреттер болуы үшін Shagym кеңейтіміне Kaspi серверлеріне (resources.cdn-kaspi.kz, ks-static.cdn-kaspi.kz) рұқсат беріңіз: Firefox бұл жерде сұрай алмайды. Мәзір → Қосымшалар мен темалар → Shagym → Рұқсаттар.',
    keptWithoutPictures:
      'Бет көшірмесі суреттерсіз сақталды: суреттері бар Kaspi серверлеріне рұқсат берілмеді (SHA-256 {{hash}}…).',
    keptSkipped:
      'Бет көшірмесі сақталды (SHA-256 {{hash}}…). Салынбаған файлдар саны: {{count}}. Көшірменің басын қараңыз.',
  },
  en: {
    heading: 'A copy of a kaspi.kz page kept by the Shagym extension',
    url: 'Page address',
    title: 'Title',
    capturedUtc: 'Captured (UTC)',
    capturedAlmaty: 'Captured (Almaty)',
    extension: 'Shagym version',
    browser: 'Browser',
    size: 'Browser window and page (CSS px)',
    inert:
      'Scripts, forms and frames were removed; links lead to https addresses only. This file loads nothing from the network: its pictures, styles and fonts are inside it.',
    resources: 'Pictures, styles and fonts inside, with their SHA-256',
    colUrl: 'Address',
    colKind: 'What',
    colSize: 'Bytes',
    colHash: 'SHA-256',
    none: 'Nothing inside.',
    skipped: 'Left out',
    noPermission:
      "Pictures and styles were not copied: access to Kaspi's picture servers (resources.cdn-kaspi.kz, ks-static.cdn-kaspi.kz) was not allowed. The page's text is kept in full.",
    fileHash: "Shagym recorded the SHA-256 of this whole file when it was kept (on the evidence's card).",
    kind: { image: 'picture', style: 'styles', font: 'font' },
    reason: {
      'not-allowed': 'not from a Kaspi server: not asked for',
      'no-permission': 'access not allowed',
      'too-big': 'file too large',
      budget: 'the copy would be too large',
      'too-many': 'too many files',
      failed: 'did not load',
      'wrong-type': 'not a picture, font or style sheet',
    },
    access:
      "So that the copy looks like the page, Shagym will ask your browser to let it load the pictures, styles and fonts from Kaspi's servers (resources.cdn-kaspi.kz, ks-static.cdn-kaspi.kz) — only when you keep a copy.",
    accessElsewhere:
      "For a copy with its pictures, allow Shagym to use Kaspi's servers (resources.cdn-kaspi.kz, ks-static.cdn-kaspi.kz): Firefox cannot ask for it here. Menu → Add-ons and themes → Shagym → Permissions.",
    keptWithoutPictures:
      "Page snapshot kept without pictures: access to Kaspi's picture servers was not allowed (SHA-256 {{hash}}…).",
    keptSkipped: "Page snapshot kept (SHA-256 {{hash}}…). Files left out: {{count}} — see the copy's header.",
  },
};
