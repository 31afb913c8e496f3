import { useTranslation } from 'react-i18next';
import { formatDate } from '@/utils/letters/format';
import { useLang } from './use-lang';

/**
 * "Source: <title> (checked <date>)", linked when the source has an address. Every fact about Kaspi or the
 * law shows one.
 */
export function SourceLink({
  source,
  mark,
}: {
  source: { title: string; url: string | null; checkedOn?: string };
  /** A footnote marker ("*", "†") explained once at the bottom of the screen. */
  mark?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <small className="muted source-link">
      {t('wizard.source')}:{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      {source.checkedOn && ` (${t('wizard.checkedOn', { date: formatDate(source.checkedOn, lang) })})`}
      {mark && <sup data-mark={mark}>{mark}</sup>}
    </small>
  );
}
