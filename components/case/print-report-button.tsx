import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { Button } from '@/components/ui';
import { REPORT_READY, reportPagePath } from '@/utils/report/ready';
import { useLang } from '../use-lang';

/**
 * "Print the complaint file": prints exactly the report.html an export holds for this case, not this
 * page's layout. The report page (entrypoints/report, an extension page under the same CSP) is loaded
 * into a hidden frame; once its pictures are decoded it says so, and its own window is printed. The
 * frame stays until the next print or until the page is left (the browser's print dialog may still be
 * reading it). The letter's own Print (components/print-letter.ts) is a different thing and stays.
 */
export function PrintReportButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const frame = useRef<HTMLIFrameElement | null>(null);
  const listener = useRef<((e: MessageEvent) => void) | null>(null);
  const cleanUp = () => {
    if (listener.current) window.removeEventListener('message', listener.current);
    listener.current = null;
    frame.current?.remove();
    frame.current = null;
  };
  useEffect(() => cleanUp, []);

  const print = () => {
    cleanUp();
    const iframe = document.createElement('iframe');
    iframe.dataset.printFrame = 'report';
    iframe.title = t('case.printReport');
    iframe.tabIndex = -1;
    iframe.setAttribute('aria-hidden', 'true');
    Object.assign(iframe.style, {
      position: 'fixed',
      right: '0',
      bottom: '0',
      width: '0',
      height: '0',
      border: '0',
    });
    const onMessage = (e: MessageEvent) => {
      if (e.source !== iframe.contentWindow || e.data !== REPORT_READY) return;
      window.removeEventListener('message', onMessage);
      listener.current = null;
      setBusy(false);
      iframe.contentWindow?.focus();
      iframe.contentWindow?.print();
    };
    listener.current = onMessage;
    window.addEventListener('message', onMessage);
    iframe.src = browser.runtime.getURL(reportPagePath(caseId, lang) as '/report.html');
    document.body.append(iframe);
    frame.current = iframe;
    setBusy(true);
  };

  return (
    <Button onClick={print} disabled={busy} aria-busy={busy} data-action="print-report">
      {t('case.printReport')}
    </Button>
  );
}
