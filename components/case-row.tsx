import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '@/utils/cases/schema';
import { deadlineLabel, type Deadline, type Urgency } from '@/utils/deadlines';
import { formatDate } from '@/utils/letters/format';
import { StatusChip } from './status-chip';
import { useLang } from './use-lang';
import { useBlobUrl } from './use-blob-url';

export interface CaseRowProps {
  kase: Case;
  urgency: Urgency;
  /** The deadline behind the urgency (see urgentDeadline in entrypoints/popup/model.ts). */
  deadline: Deadline | null;
  href: string;
  onOpen: (caseId: string) => void;
  /** Its deadlines could not be computed, or a date was cleared on reading: the buyer should correct the dates. */
  needsRepair?: boolean;
  /** The product's picture kept with the case (utils/evidence/picture.ts), if any. */
  picture?: { bytes: Blob; width: number; height: number } | null;
}

/**
 * One saved case in a list: product, order, seller, status, and the deadline that makes it urgent as
 * a date and "in N days". An overdue row says so in words and with a mark, not by colour alone.
 */
export const CaseRow = memo(function CaseRow({
  kase,
  urgency,
  deadline,
  href,
  onOpen,
  needsRepair = false,
  picture = null,
}: CaseRowProps) {
  const { t } = useTranslation();
  const url = useBlobUrl(picture?.bytes);
  const lang = useLang();
  const { bucket, daysLeft } = urgency;
  const flagged = bucket === 'overdue' || bucket === 'due-soon';
  return (
    <li
      className={`case-item case-item--${bucket}`}
      data-case-id={kase.id}
      data-urgency={bucket}
      data-needs-repair={needsRepair ? '' : undefined}
    >
      <a
        href={href}
        onClick={(e) => {
          e.preventDefault();
          onOpen(kase.id);
        }}
      >
        <span className="case-head">
          {picture && url && (
            <img
              className="case-item__pic"
              src={url}
              width={picture.width}
              height={picture.height}
              alt=""
              data-field="picture"
            />
          )}
          <span className="title">{kase.order.productTitle ?? t('popup.noTitle')}</span>
          <StatusChip kase={kase} />
        </span>
        {(kase.order.orderNumber || kase.order.sellerName) && (
          <span className="meta">
            {kase.order.orderNumber && (
              <span data-field="orderNumber">{t('popup.order', { number: kase.order.orderNumber })}</span>
            )}
            {kase.order.sellerName && <span data-field="sellerName">{kase.order.sellerName}</span>}
          </span>
        )}
        {flagged && (
          <span className={`flag flag--${bucket}`} data-field="urgency">
            <span aria-hidden="true">{bucket === 'overdue' ? '⚠' : '◔'}</span> {t(`popup.urgency.${bucket}`)}
          </span>
        )}
        {needsRepair && (
          <span className="flag flag--overdue" data-field="needs-repair">
            <span aria-hidden="true">⚠</span> {t('repair.needsRepair')}
          </span>
        )}
        {deadline && daysLeft !== null ? (
          <span className="due" data-field="deadline" data-kind={deadline.kind}>
            <span className="due-label">{deadlineLabel(deadline.kind, lang)}</span>:{' '}
            <time dateTime={deadline.dueDate}>
              {t(bucket === 'overdue' ? 'popup.wasDue' : 'popup.dueBy', {
                date: formatDate(deadline.dueDate, lang),
              })}
            </time>{' '}
            ·{' '}
            <strong data-field="relative">
              {daysLeft === 0
                ? t('time.today')
                : daysLeft > 0
                  ? t('time.inDays', { count: daysLeft })
                  : t('time.daysAgo', { count: -daysLeft })}
            </strong>
          </span>
        ) : (
          bucket === 'waiting' &&
          !needsRepair && (
            <span className="due muted" data-field="deadline">
              {t('popup.noDeadline')}
            </span>
          )
        )}
      </a>
    </li>
  );
});
