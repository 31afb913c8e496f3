import type { ReactNode } from 'react';

/**
 * A labelled control: the label above, the control, then a hint or an error in the buyer's language.
 * The label wraps the control, so a click on it focuses the control and its name is the label.
 */
export function Field({
  label,
  hint,
  error,
  errorId,
  wide,
  filled,
  className,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  errorId?: string;
  /** Spans both columns of a .grid2. */
  wide?: boolean;
  /** Filled in automatically (from the app's text): marked until the buyer looks at it. */
  filled?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <label
      className={['field', wide && 'wide', filled && 'is-filled', className].filter(Boolean).join(' ')}
      data-filled={filled ? '' : undefined}
    >
      <span className="field__label">{label}</span>
      {children}
      {error ? (
        <small id={errorId} className="field-error">
          {error}
        </small>
      ) : hint ? (
        <small className="field__hint">{hint}</small>
      ) : null}
    </label>
  );
}
