import type { i18n as I18n } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Lang } from '@/utils/i18n';
import { getLanguage, watchLanguage } from '@/utils/settings/language';

/** Loads the buyer's language, follows changes made in any context, and sets <html lang>. */
export function I18nRoot({ children }: { children: ReactNode }) {
  const [i18n, setI18n] = useState<I18n | null>(null);
  useEffect(() => {
    let alive = true;
    let instance: I18n | null = null;
    const apply = async (lang: Lang) => {
      document.documentElement.lang = lang;
      if (instance) await instance.changeLanguage(lang);
      else {
        instance = await createI18n(lang);
        if (alive) setI18n(instance);
      }
      document.title =
        instance.t('app.name') +
        (document.body.dataset.titleKey ? ' — ' + instance.t(document.body.dataset.titleKey) : '');
    };
    void getLanguage().then(apply);
    const unwatch = watchLanguage((lang) => void apply(lang));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  if (!i18n) return null;
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
