import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider for long forms such as the candidate editor. */
  isWide?: boolean;
}

/**
 * A modal built on the native <dialog>: focus is trapped, Escape closes it, and the title names it
 * for screen readers.
 */
export function Dialog({ title, onClose, children, isWide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    // showModal focuses the first control; a dialog whose main action is not first marks it.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={isWide ? 'dialog dialog-wide' : 'dialog'}
      onCancel={(event) => {
        // Escape: the owner decides what closing means (unmounting closes the element).
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
