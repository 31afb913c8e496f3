import { formatDate, type DateForm } from '../letters/format';
import type { Lang } from './languages';

/**
 * The declared forms of a date placeholder. A Kazakh template never glues an ending to a date: it names
 * the form it needs, and the value already carries the ending, taken from the month's name:
 *   {{date}}       nominative, only before punctuation or at the end ("соңғы күні — {{date}}")
 *   {{date_loc}}   "on that day"          2026 жылғы 3 желтоқсанда
 *   {{date_attr}}  "of that day"          2026 жылғы 3 желтоқсандағы
 *   {{date_dat}}   before дейін           2026 жылғы 3 желтоқсанға дейін
 *   {{date_abl}}   before бастап, кейін   2026 жылғы 3 желтоқсаннан бастап
 *   {{date_acc}}   before қоса алғанда    2026 жылғы 3 желтоқсанды қоса алғанға дейін
 * Russian and English templates use {{date}}: their dates do not change.
 */
export const DATE_FORM_SUFFIX = {
  locative: 'loc',
  attributive: 'attr',
  dative: 'dat',
  ablative: 'abl',
  accusative: 'acc',
} as const satisfies Record<Exclude<DateForm, 'plain'>, string>;

const FORMS = Object.entries(DATE_FORM_SUFFIX) as [Exclude<DateForm, 'plain'>, string][];

/**
 * Every form of one date as interpolation values for `t`: `{ date, date_loc, date_attr, date_dat,
 * date_abl, date_acc }` (or under another `name`). Pass them all; each language's template takes the one
 * its grammar needs.
 * @example t('wizard.due', dateVars('2026-12-03', 'kk')) // '2026 жылғы 3 желтоқсанға дейін'
 */
export function dateVars(iso: string, lang: Lang, name = 'date'): Record<string, string> {
  const out: Record<string, string> = { [name]: formatDate(iso, lang) };
  for (const [form, suffix] of FORMS) out[`${name}_${suffix}`] = formatDate(iso, lang, form);
  return out;
}
