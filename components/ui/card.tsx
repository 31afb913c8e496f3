import type { HTMLAttributes, ReactNode } from 'react';

/** A surface with a rounded edge: one topic per card (a channel, the deadlines, the product). */
export function Card({
  as: Tag = 'section',
  title,
  titleId,
  flat,
  className,
  children,
  ...props
}: HTMLAttributes<HTMLElement> & {
  as?: 'section' | 'div' | 'article' | 'aside';
  /** A heading (h2) at the top of the card. */
  title?: ReactNode;
  titleId?: string;
  flat?: boolean;
  children?: ReactNode;
}) {
  return (
    <Tag
      className={['card', flat && 'card--flat', className].filter(Boolean).join(' ')}
      aria-labelledby={title && titleId ? titleId : undefined}
      {...props}
    >
      {title && <h2 id={titleId}>{title}</h2>}
      {children}
    </Tag>
  );
}
