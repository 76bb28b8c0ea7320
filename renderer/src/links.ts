// Opening a web link outside the app: through the Electron shell (which checks the URL and
// shows the whole address before opening it) or, in browser mode, a new tab without access
// to this page, after the same confirmation.

import { host } from './api';

export function openExternal(url: string): void {
  if (!/^https?:\/\//i.test(url)) return;
  if (host) void host.openExternal(url);
  else if (window.confirm(`Open this address in a new tab?\n\n${url}`)) window.open(url, '_blank', 'noopener,noreferrer');
}
