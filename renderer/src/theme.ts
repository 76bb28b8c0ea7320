// Light/dark theme (follows the system until the user picks one) and the tag colour variables
// the highlights and chips use: --t<slot> for the line, --t<slot>-fill for the background.

import type { Tag } from '../../electron/core/api/contract';

const KEY = 'sourcemark-theme';
export type Theme = 'light' | 'dark';

export function initialTheme(): Theme {
  const saved = localStorage.getItem(KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  localStorage.setItem(KEY, theme);
}

export function tagVariables(tags: readonly Tag[], theme: Theme): Record<string, string> {
  const vars: Record<string, string> = {};
  tags.forEach((t, slot) => {
    vars[`--t${slot}`] = t.color;
    vars[`--t${slot}-fill`] = `color-mix(in srgb, ${t.color} ${theme === 'dark' ? 34 : 20}%, transparent)`;
  });
  return vars;
}

export function tagSlot(tags: readonly Tag[], id: string): number {
  return Math.max(0, tags.findIndex((t) => t.id === id));
}
