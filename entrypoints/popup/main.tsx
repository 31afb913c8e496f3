import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nRoot } from '@/components/i18n-root';
import { Popup } from './popup';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nRoot>
      <Popup />
    </I18nRoot>
  </StrictMode>,
);
