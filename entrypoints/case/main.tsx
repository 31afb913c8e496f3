import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nRoot } from '@/components/i18n-root';
import '@/components/theme.css';
import { CasePage } from './case-page';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nRoot>
      <CasePage id={new URLSearchParams(location.search).get('id') ?? ''} />
    </I18nRoot>
  </StrictMode>,
);
