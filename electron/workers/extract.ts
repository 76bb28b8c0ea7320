// The extraction worker thread (see core/isolation/extractor.ts): takes a file, answers with
// the extracted document or the reason it cannot be read. Bundled to dist/workers/extract.cjs.

import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../core/documents';

parentPort?.on('message', async (m: { id: number; fileName: string; bytes: Uint8Array; options: { htmlMode?: 'article' | 'page' } }) => {
  try {
    parentPort!.postMessage({ id: m.id, result: await extractDocument(m.fileName, m.bytes, m.options) });
  } catch (e) {
    // A bug, not a bad file: say so rather than hang the import.
    parentPort!.postMessage({ id: m.id, result: { ok: false, reason: `Sourcemark could not read it (${e instanceof Error ? e.message : String(e)})` } });
  }
});
