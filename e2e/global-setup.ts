import fs from 'node:fs';

export default function globalSetup(): void {
  for (const f of ['dist/web/web-host.cjs', 'dist/renderer/index.html', 'dist/cli/sourcemark.cjs']) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` (npm test and npm run test:e2e do it for you)`);
  }
}
