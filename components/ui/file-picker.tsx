import type { InputHTMLAttributes, ReactNode } from 'react';

/**
 * A file field in the design system's look and the UI's language: the label, then a button that says
 * "Choose files" in Russian, Kazakh or English (the browser's own "Choose File / No file chosen" follows
 * the browser's language, not Shagym's). The real <input type="file"> lies over the button, transparent:
 * a click or tap opens the system's picker, the keyboard focuses it, tests and drivers set its files.
 */
export function FilePicker({
  label,
  button,
  id,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { label: ReactNode; button: string; id: string }) {
  return (
    <label className="field file-picker" htmlFor={id}>
      <span className="field__label">{label}</span>
      <span className="file-picker__control">
        <input id={id} type="file" className="file-picker__input" {...input} />
        <span className="btn btn--secondary" aria-hidden="true">
          {button}
        </span>
      </span>
    </label>
  );
}
