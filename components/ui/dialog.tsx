import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button';

/**
 * A modal question (the browser's own <dialog>: focus trapped, Escape cancels, the page behind inert).
 * Used instead of window.confirm, which a framed panel cannot style or translate.
 */
export function Dialog({
  open,
  title,
  children,
  confirm,
  cancel,
  danger,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: ReactNode;
  children?: ReactNode;
  confirm: string;
  cancel: string;
  /** The confirm button removes something. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="dialog__actions">
        <Button onClick={onCancel}>{cancel}</Button>
        <Button
          variant="primary"
          onClick={onConfirm}
          data-dialog-confirm
          data-danger={danger ? '' : undefined}
        >
          {confirm}
        </Button>
      </div>
    </dialog>
  );
}
