import { useTranslation } from 'react-i18next';
import { remediesFor } from '@/utils/cases/problems';
import type { ProblemKind, Remedy } from '@/utils/cases/schema';

/** Step 3: what the buyer asks for — only what the problem allows (utils/cases/problems.ts). */
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
  const ordered = remediesFor(problem);
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
