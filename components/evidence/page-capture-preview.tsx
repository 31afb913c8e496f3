import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pagePreview, type PagePreview } from '@/utils/evidence/page-preview';
import type { Evidence } from '@/utils/evidence/schema';
import { evidenceBytes } from '@/utils/evidence/store';
import { Button } from '@/components/ui';

/**
 * A page capture (text/html evidence) shown in place, in a sandboxed frame (issue 11): no `allow-scripts`,
 * so none of its scripts or handlers run, no form is sent, no window opens, the top page is never
 * navigated; and it inherits this page's CSP (build/csp.ts: nothing from the network). The one flag is
 * `allow-same-origin`: a frame of an opaque origin (`sandbox=""`) cannot load the blob: URLs its
 * inlined pictures are given as (Chromium partitions blob: URLs by origin) — without scripts, the
 * origin gives the page nothing else (tests/e2e/evidence-previews.spec.ts checks nothing runs). What the frame gets is a copy
 * made by utils/evidence/page-preview.ts (parsed inert with DOMParser, never inserted into this page);
 * the stored file is untouched.
 */
export function PageCapturePreview({ meta }: { meta: Evidence }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<PagePreview | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    let made: PagePreview | null = null;
    void evidenceBytes(meta.id).then(async (bytes) => {
      const html = bytes ? await bytes.text() : '';
      if (!live) return;
      made = pagePreview(
        html,
        (h) => new DOMParser().parseFromString(h, 'text/html'),
        (blob) => URL.createObjectURL(blob),
      );
      setPreview(made);
    });
    return () => {
      live = false;
      made?.urls.forEach((u) => URL.revokeObjectURL(u));
      setPreview(null);
    };
  }, [open, meta.id]);
  return (
    <>
      <Button aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('evidence.hidePreview') : t('evidence.showPreview')}
      </Button>
      {open && preview && (
        <span className="evidence-page">
          <iframe
            className="evidence-page-preview"
            data-field="page-preview"
            sandbox="allow-same-origin"
            referrerPolicy="no-referrer"
            srcDoc={preview.html}
            title={t('evidence.previewOf', { name: meta.fileName })}
          />
          {preview.stylesRemoved > 0 && (
            <small className="muted" data-field="styles-removed">
              {t('evidence.previewNoStyles')}
            </small>
          )}
        </span>
      )}
    </>
  );
}
