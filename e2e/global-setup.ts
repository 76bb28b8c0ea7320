import fs from 'node:fs';
import { findChromium, publishBrowser } from './browser';

export default async function globalSetup(): Promise<void> {
  for (const f of ['dist/web/web-host.cjs', 'dist/renderer/index.html', 'dist/cli/sourcemark.cjs']) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` (npm test and npm run test:e2e do it for you)`);
  }
  const browser = await findChromium();
  console.log(`End-to-end tests use ${browser.source === 'npm' ? 'the Chromium from npm (@sparticuz/chromium)' : `${browser.source} Chromium`}: ${browser.executablePath}`);
  publishBrowser(browser);
}
