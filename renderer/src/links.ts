// Opening a web link outside the app: through the Electron shell (which checks the URL) or
// a new browser tab without access to this page.

import { host } from './api';

export function openExternal(url: string): void {
  if (!/^https?:\/\//i.test(url)) return;
  if (host) void host.openExternal(url);
  else window.open(url, '_blank', 'noopener,noreferrer');
}
