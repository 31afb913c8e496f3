import { useTranslation } from 'react-i18next';
import type { Case } from '@/utils/cases/schema';
import type { EvidenceKind } from '@/utils/evidence/schema';
import type { Lang } from '@/utils/i18n';
import { proofChecklist } from '@/utils/proof';

/** Step 5: the proof to gather for this problem, required or recommended; the buyer ticks what they have. */
export function ProofStep({ kase, onChange }: { kase: Case; onChange: (proof: EvidenceKind[]) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const items = proofChecklist(kase.problem ?? 'other', { price: kase.order.price });
  const toggle = (kind: EvidenceKind, on: boolean) =>
    onChange(on ? [...new Set([...kase.proof, kind])] : kase.proof.filter((k) => k !== kind));
  return (
    <fieldset className="choices">
      <legend>{t('wizard.proofHint')}</legend>
      {items.map((item) => (
        <label key={item.kind} className="choice" data-proof={item.kind} data-level={item.level}>
          <input
            type="checkbox"
            name={`proof-${item.kind}`}
            checked={kase.proof.includes(item.kind)}
            onChange={(e) => toggle(item.kind, e.target.checked)}
          />
          <span>
            {item.label[lang]} <span className={`tag tag--${item.level}`}>{t(`wizard.${item.level}`)}</span>
            <small>{item.why[lang]}</small>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
