import type { AnchorHTMLAttributes, ButtonHTMLAttributes, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'link' | 'danger';

interface Look {
  /** primary: the one main action of a screen; secondary (default); ghost; link; danger (removes something). */
  variant?: ButtonVariant;
  /** A square 44 px button holding an icon (give it an aria-label). */
  icon?: boolean;
  /** Full width. */
  block?: boolean;
}

function classes({ variant = 'secondary', icon, block }: Look, extra?: string): string {
  return ['btn', `btn--${variant}`, icon && 'btn--icon', block && 'btn--block', extra]
    .filter(Boolean)
    .join(' ');
}

/** Every button of Shagym: a 44 px touch target in the design system's look. type="button" unless told. */
export function Button({
  variant,
  icon,
  block,
  className,
  type = 'button',
  ref,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & Look & { ref?: Ref<HTMLButtonElement> }) {
  return <button ref={ref} type={type} className={classes({ variant, icon, block }, className)} {...props} />;
}

/** A link that looks like a button (opens a page, a mail, a download). */
export function LinkButton({
  variant,
  icon,
  block,
  className,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & Look) {
  return <a className={classes({ variant, icon, block }, className)} {...props} />;
}
