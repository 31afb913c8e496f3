import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nRoot } from '@/components/i18n-root';
import { todayInKz } from '@/utils/deadlines/time-zone';
import { loadFirstPage } from './load';
import { FIRST_SCREEN } from './model';
import { Popup } from './popup';

// Started before the language is loaded: the first screen's rows are read meanwhile (see load.ts).
const firstPage = loadFirstPage(todayInKz(Date.now()), FIRST_SCREEN).catch(() => null);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nRoot>
      <Popup firstPage={firstPage} />
    </I18nRoot>
  </StrictMode>,
);
