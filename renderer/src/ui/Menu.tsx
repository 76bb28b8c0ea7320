// A keyboard-accessible drop-down menu (WAI-ARIA menu button pattern) for the in-app menu bar.

import { useEffect, useId, useRef, useState } from 'react';

export interface MenuItem {
  label: string;
  shortcut?: string;
  disabled?: boolean;
  /** A setting that is on or off (menuitemcheckbox). */
  checked?: boolean;
  onSelect(): void;
}
export type MenuEntry = MenuItem | 'separator';

export function Menu({ label, items, ariaLabel }: { label: string; items: MenuEntry[]; ariaLabel?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const focusItem = (delta: number | 'first' | 'last') => {
    const els = Array.from(list.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? []);
    if (!els.length) return;
    const cur = els.indexOf(document.activeElement as HTMLElement);
    const next = delta === 'first' ? 0 : delta === 'last' ? els.length - 1 : (cur + delta + els.length) % els.length;
    els[next]!.focus();
  };

  useEffect(() => {
    if (!open) return;
    focusItem('first');
    const close = (e: MouseEvent) => {
      if (!list.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    setOpen(false);
    button.current?.focus();
    item.onSelect();
  };

  return (
    <div className="menu">
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={ariaLabel}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label}
      </button>
      {open && (
        <ul
          ref={list}
          id={id}
          role="menu"
          aria-label={ariaLabel ?? label}
          className="menu-list"
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') focusItem(1);
            else if (e.key === 'ArrowUp') focusItem(-1);
            else if (e.key === 'Home') focusItem('first');
            else if (e.key === 'End') focusItem('last');
            else if (e.key === 'Escape' || e.key === 'Tab') {
              setOpen(false);
              button.current?.focus();
            } else return;
            e.preventDefault();
          }}
        >
          {items.map((item, i) =>
            item === 'separator' ? (
              <li key={i} role="separator" className="menu-sep" />
            ) : (
              <li
                key={i}
                role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
                aria-checked={item.checked}
                tabIndex={-1}
                aria-disabled={item.disabled || undefined}
                onClick={() => choose(item)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    choose(item);
                  }
                }}
              >
                <span>
                  {item.checked !== undefined && <span className="check" aria-hidden="true">{item.checked ? '✓' : ''}</span>}
                  {item.label}
                </span>
                {item.shortcut && <kbd>{item.shortcut}</kbd>}
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}
