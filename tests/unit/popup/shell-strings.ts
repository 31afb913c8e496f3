/** The first screen's texts in a language, made as the popup makes them (entrypoints/popup/popup.tsx). */
import { SHOWN_STATUSES } from '@/utils/cases/lifecycle';
import { DEADLINE_KINDS, deadlineLabel } from '@/utils/deadlines';
import { createI18n, type Lang } from '@/utils/i18n';
import { shellStrings, type ShellStrings } from '@/utils/popup-shell/strings';

export async function stringsFor(lang: Lang): Promise<ShellStrings> {
  const i18n = await createI18n(lang);
  return shellStrings(
    {
      t: (key, options) => i18n.t(key, options),
      raw: (key) => i18n.getResource(lang, 'translation', key) as string | undefined,
    },
    SHOWN_STATUSES,
    Object.fromEntries(DEADLINE_KINDS.map((k) => [k, deadlineLabel(k, lang)])),
  );
}
