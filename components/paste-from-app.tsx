import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readOrderText, withOneItemTotal, type OrderTextReading } from '@/utils/kaspi/parse-order-text';
import type { KaspiFacts } from '@/utils/kaspi/types';
import { formatDate } from '@/utils/letters/format';
import { useLang } from './use-lang';

/**
 * Orders live in the Kaspi app: the buyer pastes the order details and checks the fields it fills. After
 * "Fill in", the dates that were found are listed with the words they were read from, so the buyer sees
 * which date went where (and that a received date before the order date was set aside).
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
  const id = useId();
  return (
    <section className="notice" aria-labelledby={id}>
      <h2 id={id} style={{ marginTop: 0 }}>
        {t('paste.title')}
      </h2>
      <label>
        <span>{t('paste.label')}</span>
        <textarea name="pasted" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button
        type="button"
        disabled={!text.trim()}
        onClick={() => {
          const next = readOrderText(text, today ? today() : new Date());
          setReading(next);
          onFacts(withOneItemTotal(next));
        }}
      >
        {t('paste.fill')}
      </button>
      {reading && <FoundDates reading={reading} />}
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
