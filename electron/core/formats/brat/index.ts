// brat standoff: the format's reader and writer side by side. Recognised by content: a zip
// holding .ann files (and no Sourcemark manifest or REFI-QDA project), or text whose lines
// are standoff lines. An .ann alone needs its .txt, given as a companion file.

import { strToU8, zipSync } from 'fflate';
import { InputError } from '../../input/errors';
import { isZip, ZipArchive } from '../../input/zip';
import type { Format } from '../format';
import type { Companion, ReadLimits } from '../incoming';
import { looksLikeAnn } from './ann';
import { readBratPairs, type BratPair } from './read';
import { toBrat } from './write';

export { toBrat, type BratFile } from './write';

const base = (name: string) => name.replace(/\\/g, '/').replace(/^.*\//, '');
const stem = (name: string) => name.replace(/\.[^./]*$/, '');

function zipHoldsPairs(bytes: Uint8Array): boolean {
  try {
    const zip = new ZipArchive(bytes);
    const names = zip.entries.map((e) => e.name.toLowerCase());
    return names.some((n) => n.endsWith('.ann')) && !names.includes('manifest.json') && !names.some((n) => n.endsWith('.qde'));
  } catch {
    return false;
  }
}

function detect(bytes: Uint8Array, name: string): boolean {
  if (isZip(bytes)) return zipHoldsPairs(bytes);
  if (bytes.length === 0) return /\.ann$/i.test(name);
  let head: string;
  try {
    head = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 65536));
  } catch {
    // Cut inside a character, or not UTF-8: the name decides (the reader says which).
    return /\.ann$/i.test(name);
  }
  if (bytes.length > 65536) head = head.slice(0, Math.max(0, head.lastIndexOf('\n')));
  return looksLikeAnn(head);
}

function readZip(origin: string, bytes: Uint8Array, limits: ReadLimits) {
  const zip = new ZipArchive(bytes);
  const anns = zip.entries.filter((e) => /\.ann$/i.test(e.name) && !e.name.startsWith('__MACOSX/'));
  const pairs: BratPair[] = anns.map((e) => {
    const txt = zip.entries.find((x) => x.name.toLowerCase() === `${stem(e.name)}.txt`.toLowerCase());
    if (!txt) throw new InputError(`its file ${e.name} has no ${base(stem(e.name))}.txt beside it`);
    return { name: e.name, ann: zip.read(e.name), txt: zip.read(txt.name) };
  });
  const config = zip.entries.filter((e) => /\.conf$/i.test(e.name) && !e.name.startsWith('__MACOSX/')).map((e): Companion => ({ name: e.name, bytes: zip.read(e.name) }));
  return readBratPairs(origin, pairs, config, limits);
}

function read(origin: string, bytes: Uint8Array, limits: ReadLimits, companions: readonly Companion[] = []) {
  if (isZip(bytes)) return readZip(origin, bytes, limits);
  const want = `${stem(base(origin))}.txt`.toLowerCase();
  const texts = companions.filter((c) => /\.txt$/i.test(c.name));
  const txt = texts.find((c) => base(c.name).toLowerCase() === want) ?? (texts.length === 1 ? texts[0] : undefined);
  if (!txt) throw new InputError(`its text is missing: a brat .ann needs its .txt (${stem(base(origin))}.txt) imported with it`);
  const config = companions.filter((c) => /\.conf$/i.test(c.name));
  return readBratPairs(origin, [{ name: base(origin), ann: bytes, txt: txt.bytes }], config, limits);
}

export const bratFormat: Format = {
  id: 'brat',
  label: 'brat standoff (.ann + .txt)',
  offsets: 'Unicode code points over the .txt (a CRLF counts as one, as brat reads it)',
  reader: { detect, read },
  writer: {
    fileName: (b) => `${b}.brat.zip`,
    mediaType: 'application/zip',
    write: (data) => zipSync(Object.fromEntries(toBrat(data).map((f) => [f.name, strToU8(f.content)]))),
  },
};
