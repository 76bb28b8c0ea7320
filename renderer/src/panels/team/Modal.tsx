// The frame of the exchange dialogs: a titled modal that closes on Escape or a click outside
// and puts the focus inside when it opens.

import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  wide?: boolean;
  className?: string;
  onClose(): void;
  children: ReactNode;
}

export function Modal({ id, title, wide, className, onClose, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus], input, select, button:not(.icon)');
    first?.focus();
  }, []);
  return (
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className={`dialog${wide ? ' wide' : ''}${className ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={id}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="dialog-head">
          <h2 id={id}>{title}</h2>
          <button type="button" className="icon" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}

/** A dialog's last lines: the error, if any, then Cancel and the dialog's own buttons. */
export function DialogFooter({ error, onCancel, children }: { error: string | null; onCancel(): void; children?: ReactNode }) {
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {children}
      </div>
    </>
  );
}
