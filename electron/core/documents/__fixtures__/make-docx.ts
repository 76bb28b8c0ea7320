// Test fixtures: minimal but real Word documents, zipped with fflate — the parts Word itself
// writes for headings, bullet and numbered lists, a table, a link, footnotes and endnotes,
// and Dublin Core properties.

import { strToU8, zipSync, type Zippable } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const p = (text: string, style?: string, extra = '') =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>${extra}</w:p>`;
export const li = (text: string, numId: number, level = 0) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${esc(text)}</w:t></w:r></w:p>`;
export const table = (rows: string[][]) =>
  `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
export const footnoteRef = (id: number) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
export const endnoteRef = (id: number) => `<w:r><w:endnoteReference w:id="${id}"/></w:r>`;
export const link = (text: string, rid: string) => `<w:hyperlink r:id="${rid}"><w:r><w:t>${esc(text)}</w:t></w:r></w:hyperlink>`;

export interface DocxSpec {
  body: string;
  footnotes?: Record<number, string>;
  endnotes?: Record<number, string>;
  core?: string;
  links?: Record<string, string>;
  /** Extra or replacement parts (for damaged and hostile files). */
  parts?: Record<string, string | Uint8Array>;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>
${['Title', 'Heading1:heading 1', 'Heading2:heading 2'].map((s) => {
  const [id, name] = s.split(':');
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name ?? id}"/></w:style>`;
}).join('')}</w:styles>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

const notesXml = (kind: 'footnote' | 'endnote', notes: Record<number, string>) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${kind}s ${W}>` +
  `<w:${kind} w:type="separator" w:id="-1"><w:p/></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p/></w:${kind}>` +
  Object.entries(notes).map(([id, text]) => `<w:${kind} w:id="${id}">${p(text)}</w:${kind}>`).join('') +
  `</w:${kind}s>`;

export function coreXml(title: string, creator: string, created = '2021-04-05T10:00:00Z', modified = '2022-01-02T03:04:05Z'): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:creator>${esc(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified></cp:coreProperties>`;
}

export function makeDocx(spec: DocxSpec): Uint8Array {
  const rels = [
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/>`,
    spec.footnotes ? `<Relationship Id="rIdFoot" Type="${REL}/footnotes" Target="footnotes.xml"/>` : '',
    spec.endnotes ? `<Relationship Id="rIdEnd" Type="${REL}/endnotes" Target="endnotes.xml"/>` : '',
    ...Object.entries(spec.links ?? {}).map(([id, url]) => `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${esc(url)}" TargetMode="External"/>`),
  ].join('');
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${spec.body}</w:body></w:document>`,
    'word/styles.xml': STYLES,
    'word/numbering.xml': NUMBERING,
  };
  if (spec.footnotes) files['word/footnotes.xml'] = notesXml('footnote', spec.footnotes);
  if (spec.endnotes) files['word/endnotes.xml'] = notesXml('endnote', spec.endnotes);
  if (spec.core) files['docProps/core.xml'] = spec.core;
  Object.assign(files, spec.parts);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(zippable);
}
