import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from '@/utils/i18n/languages';

/** The UI's language, as a Lang: the one accessor components use (never `i18n.language as Lang`). */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
}
