import type { ReactNode } from 'react';
import { useMedia } from './use-media';

/** Shagym's mark: the toolbar icon's red rounded square with a white "!" (public/icon/), drawn in the tokens' colours. */
export function Mark({ size = 28 }: { size?: number }) {
  return (
    <svg className="brand__mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" />
      <path d="M13.3 5.8h5.4l-.9 13.6h-3.6z" />
      <circle cx="16" cy="24.6" r="2.9" />
    </svg>
  );
}

/**
 * The header of every page: the mark and the name, the page's title on one line, and the page's
 * actions (language, close). Narrow, the name gives way to the title (the mark stays, named).
 */
export function AppHeader({
  title,
  name,
  before,
  children,
}: {
  title: ReactNode;
  /** "Shagym", in the UI's language. */
  name: string;
  /** Before the title: a way back to the list. */
  before?: ReactNode;
  /** Actions at the end (language switcher, close button). */
  children?: ReactNode;
}) {
  // The name gives way below 480 px (a phone, the panel framed on kaspi.kz): the title stays whole.
  const narrow = useMedia('(max-width: 480px)');
  return (
    <header className="bar">
      <span className="brand" role="img" aria-label={name} title={name}>
        <Mark />
        {!narrow && (
          <span className="brand__name" aria-hidden="true">
            {name}
          </span>
        )}
      </span>
      {before}
      <h1>{title}</h1>
      {children && <div className="bar__actions">{children}</div>}
    </header>
  );
}
