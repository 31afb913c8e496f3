import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { errorText } from '@/components/error-text';
import { useTranslation } from 'react-i18next';
import { EvidenceList, evidenceErrorText } from '@/components/evidence-list';
import { SourceLink } from '@/components/source-link';
import type { Case } from '@/utils/cases/schema';
import { hasCdnAccess, keepPageCapture, requestCdnAccess } from '@/utils/capture/keep-page';
import { EvidenceError, listCaseEvidence } from '@/utils/evidence/store';
import type { EvidenceKind } from '@/utils/evidence/schema';
import type {} from '@/utils/i18n';
import { checkedProof, proofChecklist } from '@/utils/proof';
import { useLang } from '@/components/use-lang';
import { Button } from '@/components/ui';

/**
 * Step 5: the proof to gather for this problem, required or recommended; the buyer ticks what they have,
 * adds the files (hashed and timestamped), and — framed on a kaspi.kz page — keeps a snapshot of it.
 * A stored file of a kind ticks its item (derived here; the case keeps only the buyer's own ticks).
 */
export function ProofStep({
  kase,
  onChange,
  saveNow,
  canCapture,
}: {
  kase: Case;
  onChange: (proof: EvidenceKind[]) => void;
  /** Writes the draft, so that evidence has a case to belong to. */
  saveNow: () => Promise<void>;
  /** Framed on a kaspi.kz page: its snapshot can be kept. */
  canCapture: boolean;
}) {
  const { t } = useTranslation();
  const [capture, setCapture] = useState<{ state: 'busy' | 'ok' | 'error'; text: string } | null>(null);
  const lang = useLang();
  // Until the buyer has granted the access to Kaspi's CDN, say why the browser is about to ask for it.
  const [cdnAccess, setCdnAccess] = useState<boolean | null>(null);
  const [cdnAskable, setCdnAskable] = useState(true);
  useEffect(() => {
    if (canCapture) void hasCdnAccess().then(setCdnAccess);
  }, [canCapture]);
  const captureListing = () => {
    // Asked in the click itself (a permission request needs the buyer's gesture); granted: no prompt.
    const access = requestCdnAccess();
    setCapture({ state: 'busy', text: t('wizard.capturing') });
    void (async () => {
      try {
        const { granted: resourcesAllowed, asked } = await access;
        setCdnAccess(resourcesAllowed);
        setCdnAskable(asked);
        await saveNow();
        const kept = await keepPageCapture({
          caseId: kase.id,
          lang,
          fileStem: `kaspi-${kase.order.productCode ?? 'page'}`,
          resourcesAllowed,
        });
        if (!kase.proof.includes('listing-snapshot')) onChange([...kase.proof, 'listing-snapshot']);
        const hash = kept.evidence.sha256.slice(0, 16);
        const missing = kept.skipped.filter((s) => s.reason !== 'not-allowed').length;
        setCapture({
          state: 'ok',
          text: !resourcesAllowed
            ? t('pageCapture.keptWithoutPictures', { hash })
            : missing
              ? t('pageCapture.keptSkipped', { hash, count: missing })
              : t('wizard.captured', { hash }),
        });
      } catch (error) {
        setCapture({
          state: 'error',
          // The same page again (same bytes), or no room: said as the evidence list says it.
          text:
            error instanceof EvidenceError
              ? evidenceErrorText(error, kase.order.productTitle ?? 'kaspi.kz', t, lang)
              : t('wizard.captureFailed', { error: errorText(error) }),
        });
      }
    })();
  };
  const items = proofChecklist(kase.problem ?? 'other', { price: kase.order.price });
  const stored = useLiveQuery(() => listCaseEvidence(kase.id), [kase.id]) ?? [];
  const withFile = new Set(stored.map((e) => e.kind));
  const checked = checkedProof(kase.proof, stored);
  const toggle = (kind: EvidenceKind, on: boolean) =>
    onChange(on ? [...new Set([...kase.proof, kind])] : kase.proof.filter((k) => k !== kind));
  return (
    <>
      <fieldset className="choices">
        <legend>{t('wizard.proofHint')}</legend>
        {items.map((item) => (
          <label
            key={item.kind}
            className="choice"
            data-proof={item.kind}
            data-level={item.level}
            data-strong={item.strong || undefined}
          >
            <input
              type="checkbox"
              name={`proof-${item.kind}`}
              checked={checked.includes(item.kind)}
              // A file of this kind is stored: the tick follows the file (remove the file to untick).
              disabled={withFile.has(item.kind)}
              onChange={(e) => toggle(item.kind, e.target.checked)}
            />
            <span>
              {item.label[lang]}{' '}
              <span className={`tag tag--${item.strong ? 'strong' : item.level}`}>
                {t(item.strong ? 'wizard.strong' : `wizard.${item.level}`)}
              </span>
              {withFile.has(item.kind) && (
                <span className="tag tag--ok" data-field="has-file">
                  {t('wizard.haveFile')}
                </span>
              )}
              <small>{item.why[lang]}</small>
              {item.sources.map((source) => (
                <SourceLink key={source.title} source={source} />
              ))}
            </span>
          </label>
        ))}
      </fieldset>
      {canCapture && (
        <div className="stack">
          <p className="muted">{t('wizard.captureWhy')}</p>
          {cdnAccess === false && (
            <p className="muted" data-field="capture-access">
              {t(cdnAskable ? 'pageCapture.access' : 'pageCapture.accessElsewhere')}
            </p>
          )}
          <Button onClick={captureListing} disabled={capture?.state === 'busy'}>
            {t('wizard.capturePage')}
          </Button>
          <p
            role="status"
            className={capture && capture.state !== 'busy' ? `notice notice--${capture.state}` : 'muted'}
            data-field="capture"
          >
            {capture?.text ?? ''}
          </p>
        </div>
      )}
      {/* A screenshot needs the buyer's click outside the page (activeTab): say where (issue 11). */}
      <p className="muted" data-field="screenshot-hint">
        {t('screenshot.hint')}
      </p>
      <EvidenceList caseId={kase.id} beforeAdd={saveNow} kindsFirst={items.map((item) => item.kind)} />
    </>
  );
}
