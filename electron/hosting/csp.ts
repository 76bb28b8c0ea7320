// The Content-Security-Policy of every page the app serves, in Electron (app://) and in
// browser mode: our own scripts, styles and fonts only; nothing remote, no frames, no forms.

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
