import { describe, expect, it } from 'vitest';
import { attrOf, byName, firstText, parseXml, stripDoctype } from './xml';

const laughs = (levels: number) =>
  `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: levels }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><lolz>&lol${levels};</lolz>`;

describe('XML parts are parsed without expanding anything', () => {
  it('leaves a billion-laughs entity unexpanded, fast', () => {
    const t0 = performance.now();
    const root = parseXml(laughs(9))!;
    expect(performance.now() - t0).toBeLessThan(500);
    expect(root.textContent).toBe('&lol9;');
  });

  it('never reads an external entity', () => {
    const root = parseXml('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>')!;
    expect(root.textContent).toBe('&xxe;');
  });

  it('decodes XML’s own entities and character references', () => {
    expect(parseXml('<r>a &amp; b &lt; &#233;&#x1F600;</r>')!.textContent).toBe('a & b < é😀');
  });

  it.each([
    ['<!DOCTYPE html>', ''],
    ['<!DOCTYPE x [ <!ENTITY a "]"> ]>', ''],
    ['<!doctype x SYSTEM "x.dtd">', ''],
  ])('strips %s', (doctype, rest) => {
    expect(stripDoctype(doctype + rest)).toBe(rest);
  });
});

describe('finding elements by local name, whatever the prefix', () => {
  const root = parseXml('<package xmlns:dc="urn:dc" xmlns:o="urn:o"><metadata><dc:title> A  Title </dc:title><o:creator o:role="aut">Ann</o:creator><DC:Creator>Bob</DC:Creator></metadata></package>')!;
  it('matches any prefix and case', () => {
    expect(byName(root, 'creator').map((e) => e.textContent)).toEqual(['Ann', 'Bob']);
    expect(firstText(root, 'title')).toBe('A Title');
    expect(attrOf(byName(root, 'creator')[0]!, 'role')).toBe('aut');
  });
  it('finds nothing in malformed XML rather than throwing', () => {
    expect(() => byName(parseXml('<a><b></a>') ?? root, 'zzz')).not.toThrow();
  });
});
