import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExtractError } from './types';
import { checkZip, listZip, readZip, resolvePath } from './zip';

const limits = { entries: 5, entryBytes: 1000, totalBytes: 1500, ratio: 10, ratioFloor: 100 };
const entry = (name: string, originalSize: number, size = originalSize) => ({ name, size, originalSize, compression: 8 });
const reason = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ExtractError) return e.message;
    throw e;
  }
  return 'accepted';
};
const all = () => true;

describe('zip-bomb checks on the central directory', () => {
  it.each([
    ['an ordinary container', [entry('a', 500, 200), entry('b', 50, 1)], 'accepted'],
    ['too many entries', Array.from({ length: 6 }, (_, i) => entry(`e${i}`, 1)), 'it holds 6 files; the limit is 5 (it may be a zip bomb)'],
    ['one entry too large', [entry('big.xml', 1001, 900)], 'part "big.xml" unpacks to 1 MB; the limit is 1 MB'],
    ['too much in total', [entry('a', 900, 900), entry('b', 900, 900)], 'it unpacks to 1 MB; the limit is 1 MB (it may be a zip bomb)'],
    ['a suspicious ratio', [entry('bomb.xml', 500, 10)], 'part "bomb.xml" is compressed 50 to 1, which only a zip bomb does'],
    ['a small entry may compress well', [entry('tiny.xml', 99, 1)], 'accepted'],
    ['an unknown compression method', [{ ...entry('x', 10), compression: 12 }], 'part "x" uses a compression method Sourcemark cannot read (12)'],
  ])('%s', (_name, entries, expected) => {
    expect(reason(() => checkZip(entries, all, limits))).toBe(expected);
  });

  it('checks only the parts it will read, but counts every entry', () => {
    expect(reason(() => checkZip([entry('media/huge.png', 10_000, 10_000)], (n) => !n.startsWith('media/'), limits))).toBe('accepted');
  });
});

describe('reading parts', () => {
  it('inflates only the wanted parts', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>'), 'b.bin': new Uint8Array(10) });
    const parts = readZip(zip, (n) => n.endsWith('.xml'));
    expect([...parts.keys()]).toEqual(['a.xml']);
  });

  it('never inflates past a size the header declares, even when the header lies', () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(2_000_000).fill(65) });
    const view = new DataView(zip.buffer);
    // Rewrite the declared uncompressed size (local header +22, central directory +24) to 100.
    for (let i = 0; i + 4 <= zip.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 100, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 100, true);
    }
    expect(listZip(zip)[0]!.originalSize).toBe(100);
    expect(readZip(zip, all).get('a.txt')!.length).toBeLessThanOrEqual(100);
  });

  it('refuses a damaged container with a message', () => {
    expect(reason(() => listZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toBe('it is a damaged ZIP container (its table of contents cannot be read)');
  });
});

describe('paths inside a container', () => {
  it.each([
    ['OEBPS/content.opf', 'text/ch%201.xhtml#p3', 'OEBPS/text/ch 1.xhtml'],
    ['OEBPS/text/ch1.xhtml', '../images/a.png', 'OEBPS/images/a.png'],
    ['OEBPS/content.opf', '../../../../etc/passwd', 'etc/passwd'],
    ['OEBPS/content.opf', '/abs/x.xhtml', 'abs/x.xhtml'],
    ['OEBPS/content.opf', '%E0%A4%A', 'OEBPS/%E0%A4%A'],
    ['', 'OEBPS/content.opf', 'OEBPS/content.opf'],
  ])('%s + %s → %s', (from, href, expected) => {
    expect(resolvePath(from, href)).toBe(expected);
  });
});
