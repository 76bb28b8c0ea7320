// The gold set as the eval reads it: every file loads (each span found in its text), and the
// held-out part is the one frozen — a held-out file changed without saying so fails here.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPart } from './gold';

const root = path.resolve(__dirname, '../../resources/gold');
// The shared sample the dev part reads is shipped in resources/samples too (a fresh clone has no ../shared).
const shared = path.resolve(__dirname, '../../resources/samples');

describe('the gold set', () => {
  it.each(['dev', 'heldout'] as const)('%s: every file loads, every span is in its text', (part) => {
    const docs = loadPart(root, part, shared);
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(d.quotes.length + d.figures.length + d.places.length).toBeGreaterThan(0);
  });

  it('the held-out files are the frozen ones', () => {
    const frozen = fs.readFileSync(path.join(root, 'heldout', 'FROZEN.sha256'), 'utf8').trim().split('\n').map((l) => l.split(/\s+/));
    const files = fs.readdirSync(path.join(root, 'heldout')).filter((f) => f.endsWith('.json')).sort();
    expect(frozen.map(([, f]) => path.basename(f!)).sort()).toEqual(files);
    for (const [hash, f] of frozen) expect(createHash('sha256').update(fs.readFileSync(path.join(root, 'heldout', path.basename(f!)))).digest('hex')).toBe(hash);
  });
});
