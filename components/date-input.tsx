import type { InputHTMLAttributes } from 'react';
import { formatDate } from '@/utils/letters/format';
import { isSaneDate } from '@/utils/validation';
import { useLang } from './use-lang';

/**
 * A date field: the browser's own date input (its picker, its keyboard), and beside it the chosen day
 * in words in the buyer's language ("1 декабря 2026 г."). The browser writes the date in the order of
 * its own locale — 12/01/2026 in an English browser — which in a Russian or Kazakh form is easily
 * read as 12 January: a deadline counted from a misread day is a wrong deadline.
 */
export function DateInput({
  value,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value'> & { value: string }) {
  const lang = useLang();
  return (
    <>
      <input type="date" value={value} {...props} />
      {isSaneDate(value) && (
        // The input itself is read out by screen readers; this is the same day for the eyes.
        <small className="field__hint date-words" aria-hidden="true" data-date-words>
          {formatDate(value, lang)}
        </small>
      )}
    </>
  );
}
