import { useTranslation } from 'react-i18next';
import { PROBLEM_KINDS, type ProblemKind } from '@/utils/cases/schema';

/** Step 2: what went wrong — the five problems of the guide, plus "other". */
export function ProblemStep({
  value,
  onChange,
}: {
  value: ProblemKind | null;
  onChange: (p: ProblemKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="choices">
      <legend>{t('wizard.problemHint')}</legend>
      {PROBLEM_KINDS.map((kind) => (
        <label key={kind} className="choice">
          <input
            type="radio"
            name="problem"
            value={kind}
            checked={value === kind}
            onChange={() => onChange(kind)}
          />
          <span>{t(`problem.${kind}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
