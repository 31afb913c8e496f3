import { useTranslation } from 'react-i18next';
import { REMEDIES, type ProblemKind, type Remedy } from '@/utils/cases/schema';

/** Remedies that fit a problem best come first; every remedy stays available. */
const FIRST: Record<ProblemKind, Remedy[]> = {
  'poor-quality': ['refund', 'replacement', 'repair', 'price-reduction'],
  'not-as-described': ['refund', 'replacement', 'price-reduction'],
  'late-delivery': ['delivery', 'refund'],
  'return-refused': ['refund'],
  fraud: ['refund'],
  other: [],
};

/** Step 3: what the buyer asks for. */
export function RemedyStep({
  problem,
  value,
  onChange,
}: {
  problem: ProblemKind | null;
  value: Remedy | null;
  onChange: (r: Remedy) => void;
}) {
  const { t } = useTranslation();
  const first = problem ? FIRST[problem] : [];
  const ordered = [...first, ...REMEDIES.filter((r) => !first.includes(r))];
  return (
    <fieldset className="choices">
      <legend>{t('wizard.remedyHint')}</legend>
      {ordered.map((remedy) => (
        <label key={remedy} className="choice">
          <input
            type="radio"
            name="remedy"
            value={remedy}
            checked={value === remedy}
            onChange={() => onChange(remedy)}
          />
          <span>{t(`remedy.${remedy}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
