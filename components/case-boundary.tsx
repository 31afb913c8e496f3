import { Component, Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { reportCaseError } from '@/utils/cases/deadlines';
import { clearCaseDates, type CaseRepair } from '@/utils/cases/repair';
import { saveCase } from '@/utils/cases/store';
import { getCase } from '@/utils/db';
import { errorText } from './error-text';
import { Button, LinkButton } from '@/components/ui';

interface BoundaryProps {
  /** The case shown inside; null when the section is not about one case. */
  caseId: string | null;
  /** For the report: which section failed (e.g. 'deadlines', 'popup-row'). */
  section: string;
  /** A smaller fallback (a list row): the message and the link only. */
  compact?: boolean;
  children: ReactNode;
}

/**
 * A React error boundary around one section of a case: when the section throws (a date the deadline
 * calendar cannot count from, a stored row that no longer fits), the buyer sees what happened and how
 * to repair it, and every other section and case keeps working.
 */
export class CaseBoundary extends Component<BoundaryProps, { error: unknown; attempt: number }> {
  override state = { error: null as unknown, attempt: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown error') };
  }

  override componentDidCatch(error: unknown): void {
    reportCaseError(this.props.caseId, this.props.section, error);
  }

  override render() {
    // A new key after a repair: the section mounts afresh.
    if (this.state.error === null) return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
    return (
      <RepairNotice
        caseId={this.props.caseId}
        section={this.props.section}
        compact={this.props.compact ?? false}
        onRepaired={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}
      />
    );
  }
}

/** Where the buyer corrects a case's dates: the panel's "story" step (order and receipt dates). */
export function repairHref(caseId: string): string {
  return browser.runtime.getURL(`/panel.html?case=${encodeURIComponent(caseId)}&step=story` as '/panel.html');
}

function RepairNotice({
  caseId,
  section,
  compact,
  onRepaired,
}: {
  caseId: string | null;
  section: string;
  compact: boolean;
  onRepaired: () => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<string | null>(null);
  const clear = async () => {
    if (!caseId) return;
    try {
      const c = await getCase(caseId);
      if (!c) return;
      // The normal save path: validated, reminders recomputed.
      await saveCase(clearCaseDates(c), c);
      setState(t('repair.cleared'));
      onRepaired();
    } catch (error) {
      setState(t('repair.failed', { error: errorText(error) }));
    }
  };
  // In a list, the notice takes the row's place.
  const Tag = compact ? 'li' : 'div';
  return (
    <Tag className="notice notice--error" role="alert" data-needs-repair={section}>
      <p>{t('repair.sectionFailed')}</p>
      {caseId && (
        <p className="row no-print">
          <LinkButton href={repairHref(caseId)}>{t('repair.openDates')}</LinkButton>
          {!compact && <Button onClick={() => void clear()}>{t('repair.clearDates')}</Button>}
        </p>
      )}
      {state && <p role="status">{state}</p>}
    </Tag>
  );
}

/** Which dates were cleared when the case was read back (utils/cases/repair.ts), for the buyer. */
export function RepairedDatesNotice({ repairs, caseId }: { repairs: readonly CaseRepair[]; caseId: string }) {
  const { t } = useTranslation();
  if (repairs.length === 0) return null;
  const dates = repairs
    .map(
      (r) =>
        `${r.path.startsWith('order.') ? t(`field.${r.path.slice(6) as 'orderDate'}`) : r.path} (${r.value})`,
    )
    .join(', ');
  return (
    <div className="notice notice--error" role="status" data-repaired={repairs.map((r) => r.path).join(' ')}>
      <p>{t('repair.datesCleared', { dates })}</p>
      <p className="no-print">
        <LinkButton href={repairHref(caseId)}>{t('repair.openDates')}</LinkButton>
      </p>
    </div>
  );
}
