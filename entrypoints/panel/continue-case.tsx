import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseForPage, type CaseSummary } from '@/utils/cases/summary';
import { todayInKz } from '@/utils/deadlines/time-zone';
import { listCaseIndex } from '@/utils/db';
import { formatDate } from '@/utils/letters/format';
import type { PageFactsPayload } from '@/utils/messaging/protocol';
import { useLang } from '@/components/use-lang';
import { Button } from '@/components/ui';

/**
 * One case per order: the panel opened on a page whose order or product already has an ongoing case
 * (from the case index) offers to continue it. Asked once per opening; null once answered or when
 * there is none.
 */
export function useCaseForPage(page: PageFactsPayload | null): {
  offer: CaseSummary | null;
  answer: () => void;
} {
  const [found, setFound] = useState<CaseSummary | null>(null);
  const [answered, setAnswered] = useState(false);
  useEffect(() => {
    if (!page) return;
    let alive = true;
    void listCaseIndex()
      .then((rows) =>
        caseForPage(rows, { orderNumber: page.facts.orderNumber, productCode: page.facts.productCode }),
      )
      .then((hit) => alive && setFound(hit))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [page]);
  return { offer: answered ? null : found, answer: () => setAnswered(true) };
}

/** "There is already a case for this item": continue it, or start a new one (said plainly). */
export function ContinueCase({
  offer,
  onContinue,
  onNew,
}: {
  offer: CaseSummary;
  onContinue: () => void;
  onNew: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = offer.title ?? offer.orderNumber ?? '';
  return (
    <section
      className="content notice"
      role="region"
      aria-labelledby="continue-title"
      data-continue={offer.id}
    >
      <h2 id="continue-title">{t('lifecycle.continue.title')}</h2>
      <p>
        {t('lifecycle.continue.text', {
          title,
          date: formatDate(todayInKz(offer.updatedAt), lang),
        })}
      </p>
      <p className="row">
        <Button
          variant="primary"
          onClick={() => {
            onContinue();
          }}
        >
          {t('lifecycle.continue.yes')}
        </Button>
        <Button
          onClick={() => {
            onNew();
          }}
        >
          {t('lifecycle.continue.no')}
        </Button>
      </p>
    </section>
  );
}
