// Paths and bytes of the sample articles shipped in resources/samples, for tests and benches.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const samplesDir = path.join(repoRoot, 'resources/samples');
export const SAMPLE = 'anti-government-protests-solidify-in-south.txt';

export function sampleBytes(name = SAMPLE): Uint8Array {
  const p = name.startsWith('wikinews') ? path.join(samplesDir, 'wikinews', name) : path.join(samplesDir, name);
  return new Uint8Array(fs.readFileSync(p));
}

export function wikinewsFiles(): string[] {
  return fs.readdirSync(path.join(samplesDir, 'wikinews')).sort();
}
