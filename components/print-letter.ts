import './print-letter.css';

/** The attribute that marks the one letter to print (components/print-letter.css). */
export const PRINT_TARGET = 'data-print-target';

/**
 * "Print" of one text: only that letter goes to paper, in its own layout — no headings, steps,
 * disclaimer or notices of the page around it. The mark is set for the print and removed after it.
 */
export function printLetter(letter: HTMLElement | null): void {
  if (!letter) return window.print();
  const root = document.documentElement;
  letter.setAttribute(PRINT_TARGET, '');
  root.dataset.printing = 'letter';
  const done = () => {
    letter.removeAttribute(PRINT_TARGET);
    delete root.dataset.printing;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
