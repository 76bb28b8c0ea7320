// The extraction worker: files are read on a worker thread, one at a time, and a file that
// takes longer than its budget is stopped with a reason while the next file still works.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../test-support/samples';
import { workerExtractor } from './extractor';

const entry = path.join(repoRoot, 'electron/workers/extract.ts');
const page = (body: string) => new TextEncoder().encode(`<!doctype html><html><head><title>A page</title></head><body>${body}</body></html>`);

describe('extraction on a worker thread', () => {
  it('reads files in order, one at a time', async () => {
    const extract = workerExtractor(entry);
    const [a, b] = await Promise.all([extract('a.html', page('<article><p>First article text, long enough.</p></article>')), extract('b.md', new TextEncoder().encode('# B\n\nSecond.'))]);
    expect(a).toMatchObject({ ok: true, doc: { format: 'html' } });
    expect(b).toMatchObject({ ok: true, doc: { format: 'markdown', text: 'B\nSecond.' } });
  }, 60_000);

  it('stops a file that takes longer than its budget, and goes on with the next', async () => {
    let first = true;
    const extract = workerExtractor(entry, () => (first ? ((first = false), 1) : 60_000));
    await expect(extract('slow.html', page('<p>x</p>'))).resolves.toEqual({ ok: false, reason: 'reading it took longer than 1 ms, so it was stopped' });
    await expect(extract('next.md', new TextEncoder().encode('# Next\n\nText.'))).resolves.toMatchObject({ ok: true });
  }, 60_000);
});
