import { useTranslation } from 'react-i18next';
import { ComplaintTexts } from '@/components/complaint-texts';
import type { Case } from '@/utils/cases/schema';
import type { MissingField } from '@/utils/letters';

/** Step 6: the texts — support message, e-mail, claim letter, appeal to the authority. */
export function TextsStep({
  kase,
  update,
  setSellerName,
  onGoTo,
  detailsInTab,
}: {
  kase: Case;
  update: (change: (c: Case) => Case) => void;
  setSellerName: (name: string) => void;
  onGoTo: (field: MissingField) => void;
  /** Framed on kaspi.kz: the buyer's personal details are entered on the case page instead. */
  detailsInTab?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted">{t('wizard.textsHint')}</p>
      <ComplaintTexts
        kase={kase}
        update={update}
        setSellerName={setSellerName}
        onGoTo={onGoTo}
        detailsInTab={detailsInTab}
      />
    </>
  );
}
