import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';

/** "← My complaints": back to the popup's list, opened as a page (the full-tab pages' way back). */
export function BackToList() {
  const { t } = useTranslation();
  return (
    <a className="back-link no-print" href={browser.runtime.getURL('/popup.html')} data-back="">
      <span aria-hidden="true">←</span>
      <span className="back-link__text">{t('ui.backToList')}</span>
    </a>
  );
}
