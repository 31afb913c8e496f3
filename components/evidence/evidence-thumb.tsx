import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDuration, previewSourceOf } from '@/utils/evidence/preview';
import type { Evidence } from '@/utils/evidence/schema';
import { ensurePreview } from '@/utils/evidence/store';
import { useBlobUrl } from '../use-blob-url';

/**
 * A file's small preview (issue 11): the stored JPEG of a picture, a screenshot or a video's first
 * frame (made once, the first time it is needed, if the file predates previews), with a video's length.
 * Files without one show nothing here.
 */
export function EvidenceThumb({ meta }: { meta: Evidence }) {
  const { t } = useTranslation();
  const source = previewSourceOf(meta.mime);
  const wanted = source === 'image' || source === 'video';
  const preview = useLiveQuery(() => (wanted ? ensurePreview(meta) : null), [meta.id, wanted]);
  const url = useBlobUrl(preview?.bytes);
  if (!wanted || !preview || !url) return null;
  const duration = meta.media?.durationMs;
  return (
    <span className="evidence-thumb" data-field="preview" data-source={source}>
      <img
        src={url}
        width={preview.width}
        height={preview.height}
        alt={t('evidence.previewOf', { name: meta.fileName })}
      />
      {source === 'video' && typeof duration === 'number' && (
        <span className="evidence-thumb__duration" data-field="duration">
          {t('evidence.duration', { duration: formatDuration(duration) })}
        </span>
      )}
    </span>
  );
}
