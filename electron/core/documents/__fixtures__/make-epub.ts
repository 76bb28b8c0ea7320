// Test fixtures: EPUB books zipped with fflate — mimetype first and stored, container.xml,
// an OPF package with Dublin Core metadata, manifest and spine, an NCX and an EPUB 3 nav,
// and XHTML chapters (one in a sub-folder with a space in its name, URL-encoded in the OPF).

import { strToU8, zipSync, type Zippable } from 'fflate';

export interface Chapter {
  /** Path relative to OEBPS/. */
  path: string;
  title: string;
  body: string;
  /** Leave this chapter out of the ZIP (a book with a missing file). */
  missing?: boolean;
}

export interface EpubSpec {
  title?: string;
  creators?: string[];
  date?: string;
  chapters: Chapter[];
  /** Replace or add raw parts (hostile or damaged books). */
  parts?: Record<string, string>;
}

const xhtml = (c: Chapter) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">\n` +
  `<html xmlns="http://www.w3.org/1999/xhtml"><head><title>${c.title}</title><link rel="stylesheet" href="style.css"/><script src="x.js"/></head><body>${c.body}</body></html>`;

const href = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function makeEpub(spec: EpubSpec): Uint8Array {
  const items = spec.chapters.map((c, i) => `<item id="c${i}" href="${href(c.path)}" media-type="application/xhtml+xml"/>`).join('');
  const spine = spec.chapters.map((_, i) => `<itemref idref="c${i}"/>`).join('');
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    ${spec.title ? `<dc:title>${spec.title}</dc:title>` : ''}
    ${(spec.creators ?? []).map((c) => `<dc:creator>${c}</dc:creator>`).join('')}
    ${spec.date ? `<dc:date>${spec.date}</dc:date>` : ''}
    <dc:language>en</dc:language><dc:identifier id="id">urn:uuid:1</dc:identifier>
  </metadata>
  <manifest><item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>${items}</manifest>
  <spine toc="ncx">${spine}</spine>
</package>`;
  const ncx = `<?xml version="1.0" encoding="UTF-8"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>${spec.chapters
    .map((c, i) => `<navPoint id="n${i}"><navLabel><text>${c.title}</text></navLabel><content src="${href(c.path)}"/></navPoint>`)
    .join('')}</navMap></ncx>`;
  const nav = `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head><body><nav epub:type="toc"><ol>${spec.chapters
    .map((c) => `<li><a href="${href(c.path)}">${c.title}</a></li>`)
    .join('')}</ol></nav></body></html>`;
  const files: Record<string, string> = {
    'META-INF/container.xml': `<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`,
    'OEBPS/content.opf': opf,
    'OEBPS/toc.ncx': ncx,
    'OEBPS/nav.xhtml': nav,
  };
  for (const c of spec.chapters) if (!c.missing) files[`OEBPS/${c.path}`] = xhtml(c);
  Object.assign(files, spec.parts);
  const zippable: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0 }] };
  for (const [name, text] of Object.entries(files)) zippable[name] = strToU8(text);
  return zipSync(zippable);
}
