import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readOrderText, withOneItemTotal, type OrderTextReading } from '@/utils/kaspi/parse-order-text';
import type { KaspiFacts } from '@/utils/kaspi/types';
import { formatDate } from '@/utils/letters/format';
import { draftFromFacts } from './order-facts-form';
import { Button } from './ui';
import { useLang } from './use-lang';

/**
 * Orders live in the Kaspi app: the buyer pastes the order details and checks the fields it fills. After
 * "Fill in" the box folds away to one line (how many fields were filled, "paste again"), and the dates
 * that were found are listed with the words they were read from, so the buyer sees which date went
 * where (and that a received date before the order date was set aside).
 */
export function PasteFromApp({
  onFacts,
  today,
}: {
  onFacts: (facts: KaspiFacts) => void;
  /** "Today" for dates written without a year (tests pin it); default: now. */
  today?: () => Date;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [reading, setReading] = useState<OrderTextReading | null>(null);
  const [folded, setFolded] = useState(false);
  const id = useId();
  const filledCount = reading
    ? Object.values(draftFromFacts(withOneItemTotal(reading))).filter(Boolean).length
    : 0;
  return (
    <section className="card paste" aria-labelledby={id} data-paste={folded ? 'done' : 'open'}>
      <h3 id={id}>{t('paste.title')}</h3>
      {folded && reading ? (
        <>
          <p className="row">
            <span data-paste-summary="">{t('ui.pasteDone', { count: filledCount })}</span>
            <Button variant="link" onClick={() => setFolded(false)}>
              {t('ui.pasteAgain')}
            </Button>
          </p>
          <FoundDates reading={reading} />
        </>
      ) : (
        <>
          <label>
            <span>{t('paste.label')}</span>
            <textarea name="pasted" value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <Button
            variant="primary"
            disabled={!text.trim()}
            onClick={() => {
              const next = readOrderText(text, today ? today() : new Date());
              setReading(next);
              setFolded(true);
              onFacts(withOneItemTotal(next));
            }}
          >
            {t('paste.fill')}
          </Button>
        </>
      )}
    </section>
  );
}

/** The dates read from the paste, each with the text it came from. */
export function FoundDates({ reading }: { reading: OrderTextReading }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { foundDates, ignoredDates } = reading;
  return (
    <div className="found-dates" role="status">
      {foundDates.length === 0 && ignoredDates.length === 0 ? (
        <p className="muted">{t('paste.noDates')}</p>
      ) : (
        <>
          <p className="muted">{t('paste.datesFound')}</p>
          <ul>
            {foundDates.map((d) => (
              <li key={d.field} data-field={d.field}>
                {t(d.field === 'orderDate' ? 'paste.orderDate' : 'paste.receivedDate', {
                  date: formatDate(d.iso, lang),
                  text: d.text,
                })}
              </li>
            ))}
            {ignoredDates.map((d) => (
              <li key={`ignored-${d.field}`} data-field={d.field} data-ignored="">
                {t('paste.receivedBeforeOrder', { date: formatDate(d.iso, lang), text: d.text })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
