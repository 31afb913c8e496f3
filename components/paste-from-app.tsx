import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseOrderText } from '@/utils/kaspi/parse-order-text';
import type { KaspiFacts } from '@/utils/kaspi/types';

/** Orders live in the Kaspi app: the buyer pastes the order details and checks the fields it fills. */
export function PasteFromApp({ onFacts }: { onFacts: (facts: KaspiFacts) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
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
        onClick={() => onFacts(withPaidPrice(parseOrderText(text, new Date())))}
      >
        {t('paste.fill')}
      </button>
    </section>
  );
}

/** The app shows what was paid ("Сумма"): for one item that is the price the claim is about. */
function withPaidPrice(facts: KaspiFacts): KaspiFacts {
  return facts.price === null && facts.total !== null && (facts.quantity ?? 1) === 1
    ? { ...facts, price: facts.total }
    : facts;
}
