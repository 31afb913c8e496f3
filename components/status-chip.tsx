import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '@/utils/cases/schema';

export function StatusChip({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <span className={`chip chip--${status}`}>{t(`status.${status}`)}</span>;
}
