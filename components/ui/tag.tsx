import type { HTMLAttributes } from 'react';

export type TagTone =
  'neutral' | 'info' | 'ok' | 'warn' | 'danger' | 'accent' | 'required' | 'recommended' | 'strong';

/** A short label on a line: a status, a level, "confirmed by Kaspi". Words, never colour alone. */
export function Tag({
  tone = 'neutral',
  className,
  ...props
}: HTMLAttributes<HTMLSpanElement> & { tone?: TagTone }) {
  return <span className={['tag', `tag--${tone}`, className].filter(Boolean).join(' ')} {...props} />;
}
