import { useTranslation } from 'react-i18next';
import type { Case } from '@/utils/cases/schema';
import { shownStatus } from '@/utils/cases/lifecycle';

/** The case's status as the buyer reads it (utils/cases/lifecycle.ts `shownStatus`). */
export function StatusChip({ kase }: { kase: Pick<Case, 'status' | 'timeline'> }) {
  const { t } = useTranslation();
  const status = shownStatus(kase);
  return <span className={`chip chip--${status}`}>{t(`status.${status}`)}</span>;
}
