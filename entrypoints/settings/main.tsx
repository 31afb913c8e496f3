import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nRoot } from '@/components/i18n-root';
import '@/components/theme.css';
import { SettingsPage } from './settings-page';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nRoot>
      <SettingsPage />
    </I18nRoot>
  </StrictMode>,
);
