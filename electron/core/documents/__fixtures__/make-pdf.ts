// Test fixtures: PDFs made on the fly with pdf-lib (standard fonts, so no font files), laid
// out like real documents — wrapped paragraphs, running headers, page numbers, two columns,
// hyphenated line ends — plus hand-written ones pdf-lib cannot make (encrypted, image-only).

import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export interface Run {
  text: string;
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
}

export interface PdfSpec {
  pages: Run[][];
  title?: string;
  author?: string;
  created?: Date;
  size?: [number, number];
}

export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  if (spec.title) doc.setTitle(spec.title);
  if (spec.author) doc.setAuthor(spec.author);
  if (spec.created) doc.setCreationDate(spec.created);
  for (const runs of spec.pages) {
    const page: PDFPage = doc.addPage(spec.size ?? [612, 792]);
    for (const r of runs) page.drawText(r.text, { x: r.x, y: r.y, size: r.size ?? 11, font: r.bold ? bold : regular });
  }
  return doc.save({ useObjectStreams: false });
}

let measure: PDFFont | undefined;
/** Width of text in Times-Roman, to wrap lines the way a typesetter would. */
export async function timesWidth(): Promise<(text: string, size: number) => number> {
  if (!measure) measure = await (await PDFDocument.create()).embedFont(StandardFonts.TimesRoman);
  const f = measure;
  return (text, size) => f.widthOfTextAtSize(text, size);
}

/**
 * Greedy line breaking into lines no wider than `width`. "inter|national" marks where a
 * typesetter may hyphenate a word (the line then ends "inter-"); a compound "well-known" may
 * break after its own hyphen (the line ends "well-").
 */
export function wrap(text: string, width: number, size: number, w: (t: string, s: number) => number, firstIndent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  const join = (a: string, b: string) => (a ? `${a} ${b}` : b);
  for (const word of text.split(/\s+/)) {
    const whole = word.replace('|', '');
    const room = lines.length ? width : width - firstIndent;
    if (w(join(line, whole), size) <= room) {
      line = join(line, whole);
      continue;
    }
    const soft = word.indexOf('|');
    const hard = word.indexOf('-');
    const [head, tail] = soft > 0 ? [word.slice(0, soft) + '-', word.slice(soft + 1)] : hard > 0 ? [word.slice(0, hard + 1), word.slice(hard + 1)] : [];
    if (head && tail && w(join(line, head), size) <= room) {
      lines.push(join(line, head));
      line = tail.replace('|', '');
      continue;
    }
    if (line) lines.push(line);
    line = whole;
  }
  if (line) lines.push(line);
  return lines;
}

export interface FlowOptions {
  x: number;
  top: number;
  width: number;
  size?: number;
  leading?: number;
  /** Extra space between paragraphs (in points); 0 with `indent` for book style. */
  gap?: number;
  indent?: number;
}

/** Paragraphs set into a column from `top` down; returns the runs and the y where it ended. */
export function flow(paragraphs: readonly string[], o: FlowOptions, w: (t: string, s: number) => number): { runs: Run[]; y: number } {
  const size = o.size ?? 11;
  const leading = o.leading ?? size * 1.25;
  const runs: Run[] = [];
  let y = o.top;
  for (const p of paragraphs) {
    const indent = o.indent ?? 0;
    const lines = wrap(p, o.width, size, w, indent);
    lines.forEach((line, i) => {
      runs.push({ text: line, x: o.x + (i === 0 ? indent : 0), y, size });
      y -= leading;
    });
    y -= o.gap ?? size * 0.8;
  }
  return { runs, y };
}

/** An encrypted PDF (Standard security handler, RC4) whose user password is not empty. */
export function encryptedPdf(): Uint8Array {
  const pad = '<' + 'ab'.repeat(32) + '>';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O ${pad} /U ${pad} /P -4 >>`,
  ];
  return assemble(objects, '/Root 1 0 R /Encrypt 5 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]');
}

/** A one-page PDF whose only content is an image (a "scan"), with no text at all. */
export function imageOnlyPdf(): Uint8Array {
  const pixels = 'ff00ff00'.repeat(8);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    streamObject('q 400 0 0 500 100 150 cm /Im1 Do Q'),
    `<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${pixels.length * 2 + 1} >>\nstream\n${pixels.repeat(2)}>\nendstream`,
  ];
  return assemble(objects, '/Root 1 0 R');
}

/**
 * Hebrew without a Hebrew font: Helvetica's glyphs for A–Z stand in, and a ToUnicode CMap maps
 * those codes to א–ת, which is all a text layer needs. Each line is given in logical order,
 * drawn right-aligned at `right` in visual order (reversed), as RTL typesetters write it.
 */
export async function hebrewPdf(lines: readonly string[], right = 540, top = 700): Promise<Uint8Array> {
  const helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  const toCode = (ch: string) => (ch === ' ' ? ' ' : ch === '.' ? '.' : String.fromCharCode(0x41 + ch.codePointAt(0)! - 0x5d0));
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const map = Array.from({ length: 27 }, (_, i) => `<${(0x41 + i).toString(16).toUpperCase()}> <${hex(0x5d0 + i)}>`).join('\n');
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Hebrew-UCS def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n29 beginbfchar\n${map}\n<20> <0020>\n<2E> <002E>\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end`;
  const content = lines
    .map((line, i) => {
      const visual = [...line].reverse().map(toCode).join('');
      const x = right - helvetica.widthOfTextAtSize(visual, 12);
      return `BT /F1 12 Tf 1 0 0 1 ${x.toFixed(2)} ${top - i * 15} Tm (${visual}) Tj ET`;
    })
    .join('\n');
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      streamObject(content),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>',
      streamObject(cmap),
    ],
    '/Root 1 0 R',
  );
}

function streamObject(content: string): string {
  return `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
}

/** Objects → a PDF file with a correct cross-reference table. */
function assemble(objects: readonly string[], trailer: string): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
