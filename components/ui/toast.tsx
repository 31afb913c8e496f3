import type { ReactNode } from 'react';

/**
 * A short message at the bottom of the screen after an action ("Marked as sent · Undo"), read out by
 * screen readers (role=status). It stays until the caller clears it, so an action in it can be reached.
 */
export function Toast({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="toast-region">
      <div className="toast" role="status" data-toast="">
        <span>{children}</span>
        {action}
      </div>
    </div>
  );
}
