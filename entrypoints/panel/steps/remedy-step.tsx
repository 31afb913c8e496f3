import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateRangeError } from '@/components/date-range-error';
import { useLang } from '@/components/use-lang';
import { PROBLEMS, isDefectProblem, remediesFor } from '@/utils/cases/problems';
import type { Case, Remedy } from '@/utils/cases/schema';
import {
  LAW_RETURN_EXCEPTIONS,
  guessReturnException,
  returnExceptionName,
  returnExceptionOf,
  type ReturnExceptionKey,
} from '@/utils/facts/return-exceptions';
import { LAW } from '@/utils/facts/law';
import { DATE_MIN, isSaneDate } from '@/utils/validation';
import { DateInput } from '@/components/date-input';

/**
 * Step 3: what the buyer asks for — only what the problem allows (utils/cases/problems.ts) — and the
 * two facts that change the buyer's deadlines: the warranty's end (Kaspi's window for a defect runs
 * "30 days or until the warranty ends") and whether the item is one of the goods the law's 14-day
 * return excepts (then Shagym neither shows that deadline nor cites the article, and says why).
 */
export function RemedyStep({
  kase,
  onRemedy,
  update,
}: {
  kase: Case;
  onRemedy: (r: Remedy) => void;
  update: (change: Partial<Case>) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { problem, remedy: value } = kase;
  const [warrantyDraft, setWarrantyDraft] = useState<string | null>(null);
  const guessed = guessReturnException(kase.order.productTitle);
  const exception = returnExceptionOf(kase.returnException, kase.order.productTitle);
  const asksException = problem !== null && PROBLEMS[problem].itemReceived;
  return (
    <>
      <fieldset className="choices">
        <legend>{t('wizard.remedyHint')}</legend>
        {remediesFor(problem).map((remedy) => (
          <label key={remedy} className="choice">
            <input
              type="radio"
              name="remedy"
              value={remedy}
              checked={value === remedy}
              onChange={() => onRemedy(remedy)}
            />
            <span>{t(`remedy.${remedy}`)}</span>
          </label>
        ))}
      </fieldset>
      {isDefectProblem(problem) && (
        <label>
          <span>{t('rights.warrantyUntil')}</span>
          <DateInput
            name="warrantyUntil"
            min={DATE_MIN}
            value={warrantyDraft ?? kase.warrantyUntil ?? ''}
            aria-invalid={warrantyDraft ? true : undefined}
            onChange={(e) => {
              const v = e.target.value;
              if (v === '' || isSaneDate(v)) {
                setWarrantyDraft(null);
                update({ warrantyUntil: v || null });
              } else setWarrantyDraft(v);
            }}
          />
          {warrantyDraft ? <DateRangeError /> : <small className="muted">{t('rights.warrantyHint')}</small>}
        </label>
      )}
      {asksException && (
        <label>
          <span>{t('rights.exceptionQuestion')}</span>
          <select
            name="returnException"
            value={kase.returnException ?? (guessed ? guessed : '')}
            onChange={(e) =>
              update({ returnException: (e.target.value || null) as ReturnExceptionKey | 'none' | null })
            }
          >
            {!guessed && kase.returnException === null && <option value="">—</option>}
            <option value="none">{t('rights.exceptionNone')}</option>
            {LAW_RETURN_EXCEPTIONS.map((x) => (
              <option key={x.key} value={x.key}>
                {x.name[lang]}
              </option>
            ))}
          </select>
          {exception && (
            <small className="notice" role="note" data-return-exception={exception}>
              {t('rights.exceptionWhy', {
                what: returnExceptionName(exception, lang),
                article: LAW.sellerReturnDuty.article[lang],
              })}
              {kase.returnException === null && guessed ? ` ${t('rights.exceptionGuessed')}` : ''}
            </small>
          )}
        </label>
      )}
    </>
  );
}
