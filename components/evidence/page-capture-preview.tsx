import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '@/utils/evidence/schema';
import { evidenceBytes } from '@/utils/evidence/store';
import { Button } from '@/components/ui';

/**
 * A page capture (text/html evidence) shown in place, in a sandboxed frame (issue 11): `sandbox=""`
 * gives the page an opaque origin and runs none of its scripts, submits no form, opens no window, and
 * it inherits this page's CSP (build/csp.ts: nothing from the network). The HTML is the stored bytes,
 * given as `srcdoc` — never parsed or inserted into this page.
 */
export function PageCapturePreview({ meta }: { meta: Evidence }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    if (!open || html !== null) return;
    let live = true;
    void evidenceBytes(meta.id).then(async (bytes) => {
      if (live) setHtml(bytes ? await bytes.text() : '');
    });
    return () => {
      live = false;
    };
  }, [open, html, meta.id]);
  return (
    <>
      <Button aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('evidence.hidePreview') : t('evidence.showPreview')}
      </Button>
      {open && html !== null && (
        <iframe
          className="evidence-page-preview"
          data-field="page-preview"
          sandbox=""
          referrerPolicy="no-referrer"
          srcDoc={html}
          title={t('evidence.previewOf', { name: meta.fileName })}
        />
      )}
    </>
  );
}
