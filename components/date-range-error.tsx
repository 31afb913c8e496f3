import { useTranslation } from 'react-i18next';
import { formatDate } from '@/utils/letters/format';
import { DATE_MAX, DATE_MIN } from '@/utils/validation';
import { useLang } from './use-lang';

/** "Enter a date from 1 January 2000 to …", in the buyer's language, under a date field. */
export function DateRangeError({ max = DATE_MAX, id }: { max?: string; id?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <small id={id} className="field-error" role="alert" data-field-error="date-range">
      {t('repair.dateRange', { min: formatDate(DATE_MIN, lang), max: formatDate(max, lang) })}
    </small>
  );
}
