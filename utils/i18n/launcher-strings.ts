import type { Lang } from './languages';

/**
 * The few strings the content script shows on kaspi.kz (launcher and panel frame). Kept apart so the
 * content script does not carry the whole dictionary; the i18n layer merges them into its resources.
 */
export const LAUNCHER_STRINGS = {
  ru: {
    open: 'Подготовить жалобу',
    hint: 'Shagym: жалоба на продавца',
    close: 'Закрыть',
    panelTitle: 'Панель Shagym',
  },
  kk: {
    open: 'Шағым дайындау',
    hint: 'Shagym: сатушыға қатысты шағым',
    close: 'Жабу',
    panelTitle: 'Shagym панелі',
  },
  en: {
    open: 'Prepare complaint',
    hint: 'Shagym: complaint about a seller',
    close: 'Close',
    panelTitle: 'Shagym panel',
  },
} as const satisfies Record<Lang, Record<string, string>>;
