import { useTranslation } from 'react-i18next';

/** "Source: <title>", linked when the source has an address. Every fact about Kaspi or the law shows one. */
export function SourceLink({ source }: { source: { title: string; url: string | null } }) {
  const { t } = useTranslation();
  return (
    <small className="muted">
      {t('wizard.source')}:{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer">
          {source.title}
        </a>
      ) : (
        source.title
      )}
    </small>
  );
}
