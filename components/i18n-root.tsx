import type { i18n as I18n } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { databaseProblem } from '@/utils/db';
import { createI18n, createI18nNow, switchLanguage, type Lang } from '@/utils/i18n';
import { getLanguage, watchLanguage } from '@/utils/settings/language';

/**
 * Loads the buyer's language, follows changes made in any context, and sets <html lang>. Every page
 * starts here, so this is also where a database written by a newer Shagym is caught (issue 13): the
 * page then says so instead of showing anything it would read or write.
 */
export function I18nRoot({
  children,
  startLang,
}: {
  children: ReactNode;
  /**
   * The language, when the page's first script already asked for it (the panel: entrypoints/panel/start.ts);
   * once it has arrived, the first render is already in it.
   */
  startLang?: { promise: Promise<Lang>; done: { value: Lang } | null };
}) {
  const [first] = useState(() => {
    const lang = startLang?.done?.value;
    return lang ? createI18nNow(lang) : null;
  });
  const [i18n, setI18n] = useState<I18n | null>(first);
  const [newerDatabase, setNewerDatabase] = useState(false);
  useEffect(() => {
    void databaseProblem().then((problem) => setNewerDatabase(problem === 'newer-database'));
  }, []);
  useEffect(() => {
    let alive = true;
    let instance: I18n | null = first;
    const apply = async (lang: Lang) => {
      document.documentElement.lang = lang;
      if (instance) await switchLanguage(instance, lang);
      else {
        instance = await createI18n(lang);
        if (alive) setI18n(instance);
      }
      document.title =
        instance.t('app.name') +
        (document.body.dataset.titleKey ? ' — ' + instance.t(document.body.dataset.titleKey) : '');
    };
    void (startLang?.promise ?? getLanguage()).then(apply);
    const unwatch = watchLanguage((lang) => void apply(lang));
    return () => {
      alive = false;
      unwatch();
    };
  }, [first, startLang]);
  if (!i18n) return null;
  return (
    <I18nextProvider i18n={i18n}>
      {newerDatabase ? (
        <main className="content">
          <p className="notice notice--error" role="alert" data-storage-problem="newer-database">
            {i18n.t('storage.newerDatabase')}
          </p>
        </main>
      ) : (
        children
      )}
    </I18nextProvider>
  );
}
