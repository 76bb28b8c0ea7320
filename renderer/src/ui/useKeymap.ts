// The keyboard and the native menu both end in the command table's actions: key presses
// anywhere in the window (the reader handles its own keys first), commands sent by the
// Electron menu, and the menu kept in step with what is enabled.

import { useEffect, useRef } from 'react';
import type { CommandId } from '../../../electron/core/api/commands';
import type { MenuCommand, MenuState } from '../../../electron/core/api/host-bridge';
import { host } from '../api';
import type { Binding } from '../commands/actions';
import { commandFor } from '../commands/keymap';
import type { AppState } from '../state/store';
import { IS_MAC } from './MenuBar';

function inTextField(el: Element | null): boolean {
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || (el as HTMLElement).isContentEditable && !el.closest('.reader-text'));
}

export function useKeymap(state: AppState, bindings: Record<CommandId, Binding>, onHostCommand: (c: MenuCommand) => void): void {
  useEffect(() => {
    // Shortcuts with Ctrl/⌘ or a function key are the app's wherever focus is: they are taken on
    // the way down, before the reader's editor (whose mark shortcuts, Ctrl+E and Ctrl+I, would
    // swallow them). Plain keys go to the reader first and reach the app only if it left them.
    const run = (e: KeyboardEvent): boolean => {
      if (e.repeat) return false;
      // Inside a dialog, keys are the dialog's (Esc, Tab, Enter), except the ones for typing.
      if (document.querySelector('[role="dialog"]') && !e.ctrlKey && !e.metaKey && e.key !== 'F1') return false;
      const id = commandFor(e, inTextField(document.activeElement), IS_MAC);
      if (!id) return false;
      const b = bindings[id];
      if (b.enabled && !b.enabled(state)) return false;
      e.preventDefault();
      b.run();
      return true;
    };
    const accelerator = (e: KeyboardEvent) => e.ctrlKey || e.metaKey || /^F\d+$/.test(e.key);
    const onCapture = (e: KeyboardEvent) => {
      if (accelerator(e) && run(e)) e.stopPropagation();
    };
    const onBubble = (e: KeyboardEvent) => {
      if (!accelerator(e) && !e.defaultPrevented) run(e);
    };
    window.addEventListener('keydown', onCapture, true);
    window.addEventListener('keydown', onBubble);
    return () => {
      window.removeEventListener('keydown', onCapture, true);
      window.removeEventListener('keydown', onBubble);
    };
  }, [state, bindings]);

  useEffect(
    () =>
      host?.onMenu((c) => {
        if (c.command === 'open-recent' || c.command === 'import-paths') return onHostCommand(c);
        const b = bindings[c.command as CommandId];
        if (b && (!b.enabled || b.enabled(state))) b.run();
      }),
    [state, bindings, onHostCommand],
  );

  // Sent only when it changed: the main process rebuilds the whole native menu for each one,
  // and most state changes (a keystroke in a filter, an annotation saved) leave it as it was.
  const sentMenu = useRef('');
  useEffect(() => {
    if (!host) return;
    const menu: MenuState = {};
    for (const [id, b] of Object.entries(bindings) as Array<[CommandId, Binding]>) {
      const checked = b.checked?.(state);
      const label = b.label?.(state);
      menu[id] = { enabled: b.enabled ? b.enabled(state) : true, ...(checked !== undefined ? { checked } : {}), ...(label ? { label } : {}) };
    }
    const text = JSON.stringify(menu);
    if (text === sentMenu.current) return;
    sentMenu.current = text;
    host.setMenuState(menu);
  }, [state, bindings]);
}
