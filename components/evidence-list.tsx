import { useLiveQuery } from 'dexie-react-hooks';
import { errorText } from '@/components/error-text';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '@/components/download';
import {
  EvidenceError,
  MAX_EVIDENCE_BYTES,
  addEvidence,
  evidenceBytes,
  listCaseEvidence,
  removeEvidence,
  verifyEvidence,
} from '@/utils/evidence/store';
import { formatBytes } from '@/utils/evidence/format';
import { EVIDENCE_KINDS, type Evidence, type EvidenceKind } from '@/utils/evidence/schema';
import { type Lang } from '@/utils/i18n/languages';
import { formatDate, formatDateTime } from '@/utils/letters/format';
import { EVIDENCE_KIND_LABELS, missingRequiredProof, proofChecklist } from '@/utils/proof';
import type { Case } from '@/utils/cases/schema';
import { useLang } from './use-lang';
import { Button, Dialog, FilePicker } from '@/components/ui';
import { EvidenceThumb } from './evidence/evidence-thumb';
import { PageCapturePreview } from './evidence/page-capture-preview';
import { StorageFigures } from './storage-figures';
import { canBePicture, keepPictureFrom } from '@/utils/evidence/picture';
import { previewSourceOf } from '@/utils/evidence/preview';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** Types the browser shows without running anything from the file. */
const VIEWABLE =
  /^(image\/(png|jpeg|gif|webp|avif|bmp)|video\/(mp4|webm|quicktime|ogg)|audio\/[a-z0-9.+-]+|application\/pdf|text\/plain)$/i;

/**
 * A case's proof: add files (each hashed and timestamped as it is added), list them with their SHA-256,
 * open, verify against the recorded hash, remove. Names are shown as text; files open from a blob URL in
 * a new tab, never inside this page.
 */
export function EvidenceList({
  caseId,
  beforeAdd,
  checklistFor,
  kindsFirst = [],
  showStorage = false,
}: {
  /** Show used and free space under the list (the case page). */
  showStorage?: boolean;
  caseId: string;
  /** Kinds to offer first in "what is it" (the problem's checklist, in its order). */
  kindsFirst?: readonly EvidenceKind[];
  /** Called before the first file is written (the panel saves its draft, so the case exists). */
  beforeAdd?: () => Promise<void>;
  /** The case, to say which required proof has no file yet (the case page; the panel shows its checklist). */
  checklistFor?: Case;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const items = useLiveQuery(() => listCaseEvidence(caseId), [caseId]);
  const [kind, setKind] = useState<EvidenceKind>('photo');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const ids = { kind: useId(), files: useId() };

  const add = async (files: File[]) => {
    setBusy(true);
    setNotice(null);
    const errors: string[] = [];
    let added = 0;
    await beforeAdd?.().catch(() => undefined);
    // One at a time: hashing a large video holds its bytes in memory.
    for (const file of files) {
      try {
        await addEvidence({ caseId, kind, file, fileName: file.name });
        added++;
      } catch (error) {
        errors.push(evidenceErrorText(error, file.name, t, lang));
      }
    }
    setBusy(false);
    setNotice(
      errors.length
        ? { kind: 'error', text: errors.join(' ') }
        : { kind: 'ok', text: t('evidence.addedCount', { count: added }) },
    );
  };

  return (
    <section className="evidence" aria-labelledby={`${ids.kind}-title`}>
      <h2 id={`${ids.kind}-title`}>{t('evidence.title')}</h2>
      <p className="muted no-print">{t('evidence.intro')}</p>
      {checklistFor && items && <RequiredProof kase={checklistFor} have={items} lang={lang} />}
      <div className="row no-print evidence-add">
        <label htmlFor={ids.kind}>
          <span>{t('evidence.kind')}</span>
          <select
            id={ids.kind}
            name="evidence-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as EvidenceKind)}
          >
            {[...kindsFirst, ...EVIDENCE_KINDS.filter((k) => !kindsFirst.includes(k))].map((k) => (
              <option key={k} value={k}>
                {EVIDENCE_KIND_LABELS[k][lang]}
              </option>
            ))}
          </select>
        </label>
        <FilePicker
          label={t('evidence.files')}
          button={t('ui.chooseFiles')}
          id={ids.files}
          name="evidence-files"
          multiple
          disabled={busy}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length) void add(files);
          }}
        />
      </div>
      <p role="status" className={notice ? `notice notice--${notice.kind}` : 'visually-hidden'}>
        {busy ? t('evidence.adding') : (notice?.text ?? '')}
      </p>
      {items && items.length === 0 && <p className="muted">{t('evidence.none')}</p>}
      {items && items.length > 0 && (
        <ul className="evidence-list" aria-label={t('evidence.list')}>
          {items.map((e) => (
            <EvidenceItem key={e.id} meta={e} lang={lang} />
          ))}
        </ul>
      )}
      {showStorage && <StorageFigures refresh={items?.length} />}
    </section>
  );
}

/**
 * Why a file was not added, in the buyer's language: too big, empty, the same bytes already in the case,
 * it would not fit (said before writing), the disk filled up while writing (nothing saved), or else.
 */
export function evidenceErrorText(
  error: unknown,
  name: string,
  t: (key: string, options?: Record<string, unknown>) => string,
  lang: Lang,
): string {
  if (!(error instanceof EvidenceError)) return t('evidence.failed', { name, error: errorText(error) });
  switch (error.code) {
    case 'too-big':
      return t('evidence.tooBig', { name, max: formatBytes(MAX_EVIDENCE_BYTES, lang) });
    case 'empty':
      return t('evidence.empty', { name });
    case 'no-space':
      return t('evidence.noSpace', { name });
    case 'wont-fit':
      return t('evidence.wontFit', {
        name,
        need: formatBytes(error.detail.need ?? 0, lang),
        free: formatBytes(error.detail.free ?? 0, lang),
      });
    case 'duplicate':
      return t('evidence.duplicate', {
        name,
        existing: error.detail.existing?.fileName ?? name,
        date: error.detail.existing ? localTime(error.detail.existing.capturedAt, lang) : '',
      });
    default:
      return t('evidence.failed', { name, error: errorText(error) });
  }
}

/** The same date-and-time format on every screen (utils/letters/format.ts). */
const localTime = (ms: number, lang: Lang): string => formatDateTime(ms, lang);

function EvidenceItem({ meta, lang }: { meta: Evidence; lang: Lang }) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<'ok' | 'changed' | null>(null);
  /** "Remove?" is asked in a dialog of our own (window.confirm cannot be translated or styled). */
  const [asking, setAsking] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  const [picked, setPicked] = useState(false);
  const added = localTime(meta.capturedAt, lang);
  return (
    <li className="evidence-item" data-evidence-id={meta.id}>
      <EvidenceThumb meta={meta} />
      <span className="evidence-head">
        <strong data-field="fileName">{meta.fileName}</strong>{' '}
        <span className="tag" data-field="kind">
          {EVIDENCE_KIND_LABELS[meta.kind][lang]}
        </span>
      </span>
      <span className="muted">
        {formatBytes(meta.size, lang)} ·{' '}
        {meta.importedAt === null ? (
          t('evidence.addedAt', { date: added })
        ) : (
          // Imported: the capture time is only what the archive claims.
          <span data-field="imported">
            {t('evidence.importedAt', { date: added, imported: localTime(meta.importedAt, lang) })}
          </span>
        )}
      </span>
      {(meta.takenAt || meta.camera) && (
        <span className="muted" data-field="taken">
          {[
            meta.takenAt &&
              t('evidence.taken', {
                date: formatDate(meta.takenAt.slice(0, 10), lang),
                time: meta.takenAt.slice(11, 16),
              }),
            meta.camera && t('evidence.camera', { camera: meta.camera }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      )}
      <code className="hash" data-field="sha256" title="SHA-256">
        SHA-256 {meta.sha256}
      </code>
      <span className="row no-print">
        <Button
          type="button"
          onClick={async () => {
            const bytes = await evidenceBytes(meta.id);
            if (!bytes) return setCheck('changed');
            // Pictures, video, sound, PDF and plain text open in the browser's own viewer in a new tab;
            // anything else (HTML, SVG: they could carry script) is only downloaded.
            if (!VIEWABLE.test(meta.mime)) {
              return downloadBlob(
                new Blob([bytes], { type: 'application/octet-stream' }),
                meta.fileName,
                // The name's extension follows the stored type, not what the file was called.
                meta.mime,
              );
            }
            const next = URL.createObjectURL(new Blob([bytes], { type: meta.mime }));
            setUrl(next);
            window.open(next, '_blank', 'noopener');
          }}
        >
          {t('evidence.open')}
        </Button>
        {previewSourceOf(meta.mime) === 'page' && <PageCapturePreview meta={meta} />}
        <Button onClick={async () => setCheck((await verifyEvidence(meta)) ? 'ok' : 'changed')}>
          {t('evidence.verify')}
        </Button>
        {canBePicture(meta) && (
          <Button onClick={async () => setPicked(await keepPictureFrom(meta))}>
            {t('evidence.usePicture')}
          </Button>
        )}
        {picked && (
          <span className="notice notice--ok" data-field="picked">
            {t('evidence.pictureKept')}
          </span>
        )}
        <Button variant="danger" onClick={() => setAsking(true)}>
          {t('evidence.remove')}
        </Button>
        <Dialog
          open={asking}
          title={t('evidence.confirmRemove', { name: meta.fileName })}
          confirm={t('evidence.remove')}
          cancel={t('archive.cancel')}
          danger
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void removeEvidence(meta);
          }}
        />
        {check && (
          <span className={`notice notice--${check === 'ok' ? 'ok' : 'error'}`} data-field="check">
            {check === 'ok' ? `✓ ${t('evidence.verified')}` : `✗ ${t('evidence.changed')}`}
          </span>
        )}
      </span>
    </li>
  );
}

/** Which required proof for this problem has a file, and which not yet (by evidence kind). */
function RequiredProof({ kase, have, lang }: { kase: Case; have: readonly Evidence[]; lang: Lang }) {
  const { t } = useTranslation();
  const checklist = proofChecklist(kase.problem ?? 'other', { price: kase.order.price });
  const missing = missingRequiredProof(
    checklist,
    have.map((e) => e.kind),
  );
  return (
    <p className={`notice notice--${missing.length ? 'error' : 'ok'}`} data-field="required-proof">
      {missing.length
        ? t('evidence.missing', { list: missing.map((item) => item.label[lang]).join('; ') })
        : t('evidence.complete')}
    </p>
  );
}
