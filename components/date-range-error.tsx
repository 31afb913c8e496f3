import { useTranslation } from 'react-i18next';
import { isLang } from '@/utils/i18n/languages';
import { formatDate } from '@/utils/letters/format';
import { DATE_MAX, DATE_MIN } from '@/utils/validation';

/** "Enter a date from 1 January 2000 to …", in the buyer's language, under a date field. */
export function DateRangeError({ max = DATE_MAX, id }: { max?: string; id?: string }) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'ru';
  return (
    <small id={id} className="field-error" role="alert" data-field-error="date-range">
      {t('repair.dateRange', { min: formatDate(DATE_MIN, lang), max: formatDate(max, lang) })}
    </small>
  );
}
