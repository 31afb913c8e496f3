import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nRoot } from '@/components/i18n-root';
import '@/components/theme.css';
import { Panel } from './panel';
import { panelStart } from './start';

performance.mark('shagym:panel-module');
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nRoot startLang={panelStart().lang}>
      <Panel />
    </I18nRoot>
  </StrictMode>,
);
