import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, type Lang } from '@/utils/i18n';
import { setLanguage } from '@/utils/settings/language';

/** Short names for a header that must fit on a phone: each language's own abbreviation. */
const SHORT: Readonly<Record<Lang, string>> = { ru: 'РУС', kk: 'ҚАЗ', en: 'ENG' };

/** Russian, Kazakh, English; the choice is remembered for every part of the extension. */
export function LanguageSwitcher({ short = true }: { short?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang">
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        aria-label={t('app.language')}
        value={i18n.language}
        onChange={(e) => void setLanguage(e.target.value as Lang)}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang} title={LANGUAGE_NAMES[lang]}>
            {short ? SHORT[lang] : LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
