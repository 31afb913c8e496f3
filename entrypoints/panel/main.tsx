import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nRoot } from '@/components/i18n-root';
import '@/components/theme.css';
import { Panel } from './panel';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nRoot>
      <Panel />
    </I18nRoot>
  </StrictMode>,
);
