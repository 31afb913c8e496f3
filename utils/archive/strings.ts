import type { Lang } from '../i18n/languages';
import { formatDate } from '../letters/format';

/**
 * The archive's own words (summary.txt and README.txt). Labels of statuses, problems, remedies, order
 * fields, timeline events and channels come from the UI dictionaries (utils/i18n/locales). Kazakh
 * wording reviewed (shared/reviews/kazakh-2026-11.md). A date is passed as YYYY-MM-DD and each language
 * formats it in the grammatical form its sentence needs (Kazakh: accusative before "қоса алғанға
 * дейін", attributive before "жағдай"); a date-and-time stands only after a colon or a comma.
 */
export interface ArchiveStrings {
  caseTitle: (what: string) => string;
  orderTitle: (orderNumber: string) => string;
  order: string;
  price: string;
  problem: string;
  remedy: string;
  status: string;
  deadlines: (todayIso: string) => string;
  noDeadlines: string;
  /** The case's deadlines could not be computed (a date it holds is out of range). */
  deadlinesFailed: string;
  dueUntil: (dueIso: string) => string;
  overdue: string;
  dueToday: string;
  earliest: (earliestIso: string) => string;
  timeline: string;
  evidence: (count: number) => string;
  noEvidence: string;
  file: string;
  originalName: string;
  size: string;
  bytes: string;
  addedAt: string;
  /** For imported evidence: when this device imported it (the "added" time is the archive's claim). */
  importedAt: (when: string) => string;
  /** The camera's own time and name (EXIF), when the photo has them. */
  takenAt: string;
  source: string;
  note: string;
  hashNote: string;
  changed: (actual: string) => string;
  kzTime: string;
  made: (app: string, when: string) => string;
  unofficial: string;
}

export const ARCHIVE_STRINGS: Readonly<Record<Lang, ArchiveStrings>> = {
  ru: {
    caseTitle: (what) => `Жалоба: ${what}`,
    orderTitle: (n) => `Жалоба по заказу № ${n}`,
    order: 'Заказ',
    price: 'Цена',
    problem: 'Проблема',
    remedy: 'Требование',
    status: 'Статус',
    deadlines: (today) => `Сроки (на ${formatDate(today, 'ru')})`,
    noDeadlines: 'Нет активных сроков.',
    deadlinesFailed: 'Сроки не рассчитаны: в деле есть неверная дата. Откройте дело и исправьте даты.',
    dueUntil: (date) => `до ${formatDate(date, 'ru')} включительно`,
    overdue: 'срок прошёл',
    dueToday: 'сегодня последний день',
    earliest: (date) => `ответ не раньше ${formatDate(date, 'ru')}`,
    timeline: 'Хронология',
    evidence: (count) => `Доказательства (${count})`,
    noEvidence: 'Файлов нет.',
    file: 'Файл',
    originalName: 'Исходное имя',
    size: 'Размер',
    bytes: 'байт',
    addedAt: 'Добавлен',
    importedAt: (when) => `по данным архива; импортирован ${when}`,
    takenAt: 'Снято (по данным камеры)',
    source: 'Источник',
    note: 'Заметка',
    hashNote:
      'SHA-256 каждого файла вычислен в момент его добавления в Shagym: если файл даёт тот же SHA-256, он с тех пор не менялся. Как проверить — в README.txt.',
    changed: (actual) =>
      `ВНИМАНИЕ: файл в архиве не совпадает с SHA-256, записанным при добавлении. SHA-256 файла в архиве: ${actual}`,
    kzTime: 'время Казахстана',
    made: (app, when) => `Составлено в Shagym ${app}, ${when}.`,
    unofficial: 'Shagym — неофициальное расширение, не связано с Kaspi.kz.',
  },
  kk: {
    caseTitle: (what) => `Шағым: ${what}`,
    orderTitle: (n) => `№ ${n} тапсырыс бойынша шағым`,
    order: 'Тапсырыс',
    price: 'Бағасы',
    problem: 'Мәселе',
    remedy: 'Талап',
    status: 'Күйі',
    deadlines: (today) => `Мерзімдер (${formatDate(today, 'kk', 'attributive')} жағдай бойынша)`,
    noDeadlines: 'Белсенді мерзімдер жоқ.',
    deadlinesFailed: 'Мерзімдер есептелмеді: істе қате күн бар. Істі ашып, күндерді түзетіңіз.',
    dueUntil: (date) => `${formatDate(date, 'kk', 'accusative')} қоса алғанға дейін`,
    overdue: 'мерзімі өтті',
    dueToday: 'бүгін соңғы күн',
    earliest: (date) => `жауаптың ең ерте күні — ${formatDate(date, 'kk')}`,
    timeline: 'Хронология',
    evidence: (count) => `Дәлелдер (${count})`,
    noEvidence: 'Файлдар жоқ.',
    file: 'Файл',
    originalName: 'Бастапқы атауы',
    size: 'Көлемі',
    bytes: 'байт',
    addedAt: 'Қосылған уақыты',
    importedAt: (when) => `архив деректері бойынша; осы құрылғыға импортталған уақыты: ${when}`,
    takenAt: 'Түсірілген уақыты (камера деректері бойынша)',
    source: 'Дереккөз',
    note: 'Жазба',
    hashNote:
      'Әр файлдың SHA-256 мәні ол Shagym-ға қосылған сәтте есептелген: файл сол SHA-256 мәнін берсе, содан бері өзгермеген. Қалай тексеру керектігі README.txt файлында.',
    changed: (actual) =>
      `НАЗАР АУДАРЫҢЫЗ: мұрағаттағы файл қосылған кезде жазылған SHA-256 мәніне сәйкес келмейді. Мұрағаттағы файлдың SHA-256 мәні: ${actual}`,
    kzTime: 'Қазақстан уақыты',
    made: (app, when) => `Shagym ${app} арқылы жасалған. Уақыты: ${when}.`,
    unofficial: 'Shagym — бейресми кеңейтім, Kaspi.kz-ке қатысы жоқ.',
  },
  en: {
    caseTitle: (what) => `Complaint: ${what}`,
    orderTitle: (n) => `Complaint about order No. ${n}`,
    order: 'Order',
    price: 'Price',
    problem: 'Problem',
    remedy: 'Demand',
    status: 'Status',
    deadlines: (today) => `Deadlines (as of ${formatDate(today, 'en')})`,
    noDeadlines: 'No active deadlines.',
    deadlinesFailed:
      'Deadlines not computed: the case holds a wrong date. Open the case and correct its dates.',
    dueUntil: (date) => `until ${formatDate(date, 'en')} inclusive`,
    overdue: 'overdue',
    dueToday: 'today is the last day',
    earliest: (date) => `answer not before ${formatDate(date, 'en')}`,
    timeline: 'Timeline',
    evidence: (count) => `Evidence (${count})`,
    noEvidence: 'No files.',
    file: 'File',
    originalName: 'Original name',
    size: 'Size',
    bytes: 'bytes',
    addedAt: 'Added',
    importedAt: (when) => `as the archive claims; imported ${when}`,
    takenAt: 'Taken (according to the camera)',
    source: 'Source',
    note: 'Note',
    hashNote:
      'The SHA-256 of each file was computed when it was added to Shagym: a file that gives the same SHA-256 has not changed since. How to check: see README.txt.',
    changed: (actual) =>
      `WARNING: the file in this archive does not match the SHA-256 recorded when it was added. SHA-256 of the file in the archive: ${actual}`,
    kzTime: 'Kazakhstan time',
    made: (app, when) => `Made with Shagym ${app}, ${when}.`,
    unofficial: 'Shagym is an unofficial extension, not affiliated with Kaspi.kz.',
  },
};

/** report.html's own words (the rest comes from ARCHIVE_STRINGS and the UI dictionaries). */
export interface ReportStrings {
  title: string;
  empty: string;
  letters: string;
  noLetters: string;
  kind: string;
  /** In place of a thumbnail, for a file the browser cannot draw (a video, a document). */
  noPreview: string;
  /** Under a thumbnail Shagym drew (a video's first frame, the product's picture): not the evidence. */
  thumbnailByShagym: string;
  otherEvidence: string;
  checkTitle: string;
  /** For buyers and whoever they hand the file to: no command line. */
  checkSteps: readonly string[];
  /** Followed by the command `sha256sum -c SHA256SUMS`. */
  experts: string;
  expertsMore: string;
}

export const REPORT_STRINGS: Readonly<Record<Lang, ReportStrings>> = {
  ru: {
    title: 'Материалы жалобы',
    empty: 'В этом архиве нет жалоб.',
    letters: 'Тексты обращений',
    noLetters: 'Готовых текстов нет: в деле не хватает данных.',
    kind: 'Вид',
    noPreview: 'Нет изображения',
    thumbnailByShagym: 'миниатюра от Shagym',
    otherEvidence: 'Доказательства, чьей жалобы нет в этом архиве',
    checkTitle: 'Как проверить эти файлы',
    checkSteps: [
      'Распакуйте архив целиком: этот отчёт и папки с файлами должны лежать рядом, как в архиве. Каждое доказательство — файл, указанный под ним.',
      'У каждого файла указан SHA-256 — «отпечаток» его содержимого. Если в файле изменить хотя бы один байт, отпечаток станет другим.',
      'SHA-256 вычислен в момент, когда файл был добавлен в Shagym. Любой может посчитать SHA-256 файла (например, в Windows: PowerShell, команда Get-FileHash) и сравнить с этим отчётом: если они совпадают, файл с тех пор не менялся.',
      'Миниатюры из папки thumbnails/ (первый кадр видео, фото товара) сделаны Shagym для удобства просмотра. Это не доказательства: доказательство — сам файл из папки evidence/.',
      'Эти записи хранятся на устройстве покупателя и не заменяют нотариальную отметку времени.',
    ],
    experts: 'Для специалистов: в папке архива выполните',
    expertsMore: 'Каждая строка должна заканчиваться на «OK». Подробнее (и для Windows) — в README.txt.',
  },
  kk: {
    title: 'Шағым материалдары',
    empty: 'Бұл мұрағатта шағымдар жоқ.',
    letters: 'Өтініш мәтіндері',
    noLetters: 'Дайын мәтіндер жоқ: істе деректер жеткіліксіз.',
    kind: 'Түрі',
    noPreview: 'Кескін жоқ',
    thumbnailByShagym: 'Shagym жасаған шағын кескін',
    otherEvidence: 'Шағымы бұл мұрағатта жоқ дәлелдер',
    checkTitle: 'Бұл файлдарды қалай тексеруге болады',
    checkSteps: [
      'Мұрағатты толық ашыңыз: осы есеп пен файлдар қалталары мұрағаттағыдай қатар тұруы керек. Әр дәлел — оның астында көрсетілген файл.',
      'Әр файлдың SHA-256 мәні көрсетілген — бұл оның мазмұнының «саусақ ізі». Файлдағы бір байт өзгерсе де, бұл мән басқаша болады.',
      'SHA-256 мәні файл Shagym-ға қосылған сәтте есептелген. Кез келген адам файлдың SHA-256 мәнін есептеп (мысалы, Windows жүйесінде: PowerShell, Get-FileHash командасы), осы есеппен салыстыра алады: мәндер сәйкес келсе, файл содан бері өзгермеген.',
      'thumbnails/ қалтасындағы шағын кескіндерді (бейненің алғашқы кадры, тауардың суреті) Shagym қарауға ыңғайлы болу үшін жасаған. Олар дәлел емес: дәлел — evidence/ қалтасындағы файлдың өзі.',
      'Бұл жазбалар сатып алушының құрылғысында сақталады және нотариаттық уақыт белгісін алмастырмайды.',
    ],
    experts: 'Мамандар үшін: мұрағат қалтасында мына команданы орындаңыз:',
    expertsMore: 'Әр жол «OK» сөзімен аяқталуы керек. Толығырақ (Windows үшін де) — README.txt файлында.',
  },
  en: {
    title: 'Complaint file',
    empty: 'This archive holds no complaints.',
    letters: 'Letters',
    noLetters: 'No ready texts: the case lacks facts.',
    kind: 'Kind',
    noPreview: 'No preview',
    thumbnailByShagym: 'thumbnail made by Shagym',
    otherEvidence: 'Evidence whose complaint is not in this archive',
    checkTitle: 'How to check these files',
    checkSteps: [
      'Unzip the whole archive: this report and the folders of files must stay side by side, as in the archive. Each piece of evidence is the file named under it.',
      'Each file has its SHA-256, a "fingerprint" of its contents. Change a single byte of the file and the fingerprint is different.',
      "The SHA-256 was computed when the file was added to Shagym. Anyone can compute a file's SHA-256 (on Windows, for example: PowerShell, the Get-FileHash command) and compare it with this report: if they match, the file has not changed since.",
      "The thumbnails in the thumbnails/ folder (a video's first frame, the product's picture) were made by Shagym for easier viewing. They are not evidence: the evidence is the file itself, in an evidence/ folder.",
      "These records are kept on the buyer's device; they are not a notarised timestamp.",
    ],
    experts: "For experts: in the archive's folder run",
    expertsMore: 'Every line must end with "OK". More (and for Windows) in README.txt.',
  },
};

export interface ReadmeFacts {
  /** The top folder, e.g. shagym-2026-11-26. */
  folder: string;
  /** When, already formatted per language. */
  when: Readonly<Record<Lang, string>>;
  appVersion: string;
  caseCount: number;
  fileCount: number;
}

const POWERSHELL_CHECK_ALL = (ok: string, failed: string) =>
  `Get-Content -Encoding UTF8 SHA256SUMS | ForEach-Object { $h, $f = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -eq $h) { "${ok}: $f" } else { "${failed}: $f" } }`;

/** README.txt: how to verify and print, in Russian, then Kazakh, then English. */
export function readmeText(f: ReadmeFacts): string {
  const ru = [
    `SHAGYM — АРХИВ ЖАЛОБ`,
    ``,
    `Создан ${f.when.ru} в Shagym ${f.appVersion}. Жалоб: ${f.caseCount}, файлов: ${f.fileCount}.`,
    ``,
    `Что внутри`,
    `  report.html — отчёт для людей: откройте в браузере, распечатайте или сохраните как PDF. Все жалобы, сроки, хронология, доказательства с миниатюрами и SHA-256.`,
    `  cases/<папка жалобы>/summary.txt — сводка для печати: заказ, проблема, требование, статус, сроки, хронология, список доказательств с SHA-256.`,
    `  cases/<папка жалобы>/letters/ — готовые тексты: сообщение в поддержку Kaspi, письмо, претензия, обращение в уполномоченный орган (только те, для которых хватает данных).`,
    `  cases/<папка жалобы>/evidence/ — файлы доказательств, байт в байт как были добавлены.`,
    `  cases/<папка жалобы>/case.json и manifest.json — данные для импорта обратно в Shagym.`,
    `  thumbnails/ — миниатюры, сделанные Shagym для отчёта (первый кадр видео, фото товара). Это не доказательства.`,
    `  SHA256SUMS — SHA-256 всех остальных файлов архива.`,
    ``,
    `Как проверить, что ни один файл не изменён`,
    `  Распакуйте архив и откройте терминал в папке ${f.folder} (там, где этот файл).`,
    `  Linux, macOS:  sha256sum -c SHA256SUMS`,
    `    (на macOS без sha256sum:  shasum -a 256 -c SHA256SUMS)`,
    `    Каждая строка должна заканчиваться на «OK».`,
    `  Windows (PowerShell): для одного файла —  Get-FileHash -Algorithm SHA256 <файл>`,
    `    и сравните Hash со строкой этого файла в SHA256SUMS (регистр букв не важен). Все файлы сразу:`,
    `    ${POWERSHELL_CHECK_ALL('OK', 'ИЗМЕНЁН')}`,
    ``,
    `SHA-256 каждого доказательства вычислен в момент, когда файл был добавлен в Shagym (время — в summary.txt и manifest.json).`,
    `Если файл даёт тот же SHA-256, он не менялся с того момента. Эти записи хранятся на вашем устройстве и не заменяют нотариальную отметку времени.`,
    ``,
    `Как распечатать`,
    `  Откройте report.html в браузере и выберите «Печать» (или «Сохранить как PDF»).`,
    `  summary.txt и файлы из letters/ открываются в любом текстовом редакторе.`,
    `  Фото и видео открываются обычными программами.`,
  ];
  const kk = [
    `SHAGYM — ШАҒЫМДАР МҰРАҒАТЫ`,
    ``,
    `Shagym ${f.appVersion} арқылы жасалған. Уақыты: ${f.when.kk}. Шағымдар: ${f.caseCount}, файлдар: ${f.fileCount}.`,
    ``,
    `Ішінде не бар`,
    `  report.html — адамдарға арналған есеп: браузерде ашып, басып шығарыңыз немесе PDF ретінде сақтаңыз. Барлық шағым, мерзімдер, хронология, кескіндері мен SHA-256 мәндері бар дәлелдер.`,
    `  cases/<шағым қалтасы>/summary.txt — басып шығаруға арналған жиынтық: тапсырыс, мәселе, талап, күйі, мерзімдер, хронология, SHA-256 мәндері бар дәлелдер тізімі.`,
    `  cases/<шағым қалтасы>/letters/ — дайын мәтіндер: Kaspi қолдау қызметіне хабарлама, хат, наразылық хат, уәкілетті органға өтініш (деректер жеткілікті болғандары ғана).`,
    `  cases/<шағым қалтасы>/evidence/ — дәлел файлдары, қосылған күйінде байтпа-байт.`,
    `  cases/<шағым қалтасы>/case.json және manifest.json — Shagym-ға қайта импорттауға арналған деректер.`,
    `  thumbnails/ — Shagym есеп үшін жасаған шағын кескіндер (бейненің алғашқы кадры, тауардың суреті). Олар дәлел емес.`,
    `  SHA256SUMS — мұрағаттағы қалған барлық файлдың SHA-256 мәндері.`,
    ``,
    `Бірде-бір файл өзгермегенін қалай тексеруге болады`,
    `  Мұрағатты ашып, терминалды ${f.folder} қалтасында (осы файл тұрған жерде) ашыңыз.`,
    `  Linux, macOS:  sha256sum -c SHA256SUMS`,
    `    (sha256sum жоқ macOS-та:  shasum -a 256 -c SHA256SUMS)`,
    `    Әр жол «OK» сөзімен аяқталуы керек.`,
    `  Windows (PowerShell): бір файл үшін —  Get-FileHash -Algorithm SHA256 <файл>`,
    `    және Hash мәнін SHA256SUMS ішіндегі сол файлдың жолымен салыстырыңыз (әріп регистрі маңызды емес). Барлық файл бірден:`,
    `    ${POWERSHELL_CHECK_ALL('OK', 'ӨЗГЕРГЕН')}`,
    ``,
    `Әр дәлелдің SHA-256 мәні файл Shagym-ға қосылған сәтте есептелген (уақыты summary.txt және manifest.json ішінде).`,
    `Файл сол SHA-256 мәнін берсе, ол сол сәттен бері өзгермеген. Бұл жазбалар сіздің құрылғыңызда сақталады және нотариаттық уақыт белгісін алмастырмайды.`,
    ``,
    `Қалай басып шығаруға болады`,
    `  report.html файлын браузерде ашып, «Басып шығару» (немесе «PDF ретінде сақтау») таңдаңыз.`,
    `  summary.txt пен letters/ ішіндегі файлдар кез келген мәтіндік редакторда ашылады.`,
    `  Фото мен бейне әдеттегі бағдарламалармен ашылады.`,
  ];
  const en = [
    `SHAGYM — COMPLAINT ARCHIVE`,
    ``,
    `Made ${f.when.en} with Shagym ${f.appVersion}. Complaints: ${f.caseCount}, files: ${f.fileCount}.`,
    ``,
    `What is inside`,
    `  report.html — the report for people: open it in a browser, print it or save it as PDF. Every complaint, deadlines, timeline, the evidence with thumbnails and SHA-256.`,
    `  cases/<case folder>/summary.txt — a printable summary: order, problem, demand, status, deadlines, timeline, the evidence with its SHA-256.`,
    `  cases/<case folder>/letters/ — ready texts: message to Kaspi support, e-mail, claim letter, appeal to the authority (those whose facts are complete).`,
    `  cases/<case folder>/evidence/ — the evidence files, byte for byte as they were added.`,
    `  cases/<case folder>/case.json and manifest.json — the data to import back into Shagym.`,
    `  thumbnails/ — small pictures made by Shagym for the report (a video's first frame, the product's picture). They are not evidence.`,
    `  SHA256SUMS — the SHA-256 of every other file in the archive.`,
    ``,
    `How to check that no file has changed`,
    `  Unzip the archive and open a terminal in the folder ${f.folder} (where this file is).`,
    `  Linux, macOS:  sha256sum -c SHA256SUMS`,
    `    (on a macOS without sha256sum:  shasum -a 256 -c SHA256SUMS)`,
    `    Every line must end with "OK".`,
    `  Windows (PowerShell): for one file —  Get-FileHash -Algorithm SHA256 <file>`,
    `    and compare its Hash with that file's line in SHA256SUMS (letter case does not matter). All files at once:`,
    `    ${POWERSHELL_CHECK_ALL('OK', 'CHANGED')}`,
    ``,
    `The SHA-256 of each piece of evidence was computed when the file was added to Shagym (the time is in summary.txt and manifest.json).`,
    `A file that gives the same SHA-256 has not changed since then. These records are kept on your device; they are not a notarised timestamp.`,
    ``,
    `How to print`,
    `  Open report.html in a browser and choose Print (or Save as PDF).`,
    `  summary.txt and the files in letters/ open in any text editor.`,
    `  Photos and videos open with the usual programs.`,
  ];
  const rule = '-'.repeat(72);
  return [...ru, '', rule, '', ...kk, '', rule, '', ...en, ''].join('\n');
}
