// The one dialog of the app, on Radix Dialog (WAI-ARIA dialog: focus moves in, Tab stays
// in, Esc closes, focus returns to whatever opened it). The body scrolls; the footer with
// the dialog's buttons stays in view however small the window is.

import * as Radix from '@radix-ui/react-dialog';
import { useState, type ReactNode } from 'react';

interface Props {
  title: ReactNode;
  /** A sentence under the title, read out when the dialog opens. */
  description?: ReactNode;
  onClose(): void;
  /** Buttons (and an error line) that stay visible below the scrolling body. */
  footer?: ReactNode;
  size?: 'small' | 'medium' | 'wide';
  className?: string;
  /** Beside the title (tabs, a switch). */
  headerExtra?: ReactNode;
  children: ReactNode;
}

export function Dialog({ title, description, onClose, footer, size = 'medium', className, headerExtra, children }: Props) {
  // Our dialogs have no Radix trigger (menus, keys and buttons open them), so the element that
  // had focus when the dialog appeared is remembered here and gets it back on close.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null)));
  const restoreFocus = (e: Event) => {
    e.preventDefault();
    if (opener?.isConnected && opener !== document.body) opener.focus();
  };
  return (
    <Radix.Root open onOpenChange={(open) => !open && onClose()}>
      <Radix.Portal>
        <Radix.Overlay className="backdrop" />
        <Radix.Content className={`dialog dialog-${size}${className ? ` ${className}` : ''}`} onCloseAutoFocus={restoreFocus} {...(description ? {} : { 'aria-describedby': undefined })}>
          <div className="dialog-head">
            <Radix.Title asChild>
              <h2>{title}</h2>
            </Radix.Title>
            {headerExtra}
            <Radix.Close className="icon" aria-label="Close dialog" title="Close (Esc)">
              ×
            </Radix.Close>
          </div>
          {description && (
            <Radix.Description className="dialog-description">{description}</Radix.Description>
          )}
          <div className="dialog-body">{children}</div>
          {footer && <div className="dialog-foot">{footer}</div>}
        </Radix.Content>
      </Radix.Portal>
    </Radix.Root>
  );
}

/** A dialog's last lines: the error, if any, then Cancel and the dialog's own buttons. */
export function DialogFooter({ error, onCancel, cancelLabel = 'Cancel', children }: { error?: string | null; onCancel(): void; cancelLabel?: string; children?: ReactNode }) {
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        {children}
      </div>
    </>
  );
}
