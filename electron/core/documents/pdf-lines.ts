// PDF text positions → lines in reading order. A PDF has no paragraphs, only glyph runs at
// coordinates; this module rebuilds lines from runs that share a baseline, drops running
// headers/footers and page numbers (text repeated in the top or bottom margin of many pages),
// and orders multi-column pages column by column. Pure geometry, no pdfjs: tested directly.

/** One text run as pdfjs reports it, in PDF units, y up from the page's bottom (baseline). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (vertical scale of the text matrix). */
  size: number;
  rtl?: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/** A line (or a column's part of a physical line), with the box of its column. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
  /** Left and right edges of the column (flow) the line belongs to. */
  left: number;
  right: number;
  /** Index of the flow (column block) within the page; a change means a column/page jump. */
  flow: number;
}

type Seg = Omit<Line, 'left' | 'right' | 'flow'>;

/** Runs further apart than this (in font sizes) on one baseline belong to different columns. */
const COLUMN_GAP_EM = 1.5;
/** Share of page height at the top and bottom where running headers and footers live. */
const MARGIN_BAND = 0.09;
/** Only this many lines at the very top and bottom of a page can be running text. */
const EDGE_LINES = 2;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

/** Runs on one baseline → line segments, split where the gap is a column gutter. */
function segments(page: PdfPage, pageIndex: number): Seg[] {
  const items = page.items.filter((i) => i.str.trim() !== '' && i.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const it of items) {
    const row = rows[rows.length - 1];
    // Same row when baselines are within half a font size (superscripts stay on their line).
    if (row && Math.abs(row[0]!.y - it.y) < 0.5 * Math.max(row[0]!.size, it.size)) row.push(it);
    else rows.push([it]);
  }
  const out: Seg[] = [];
  for (const row of rows) {
    const rtl = row.filter((i) => i.rtl).reduce((n, i) => n + i.str.length, 0) * 2 > row.reduce((n, i) => n + i.str.length, 0);
    row.sort((a, b) => (rtl ? b.x + b.width - (a.x + a.width) : a.x - b.x));
    let cur: { items: PdfItem[]; text: string } | undefined;
    const flush = () => {
      if (!cur) return;
      const text = cur.text.replace(/\s+/g, ' ').trim();
      const sizes = cur.items.map((i) => i.size);
      if (text) {
        out.push({
          text,
          x0: Math.min(...cur.items.map((i) => i.x)),
          x1: Math.max(...cur.items.map((i) => i.x + i.width)),
          y: median(cur.items.map((i) => i.y)),
          size: median(sizes),
          page: pageIndex,
        });
      }
      cur = undefined;
    };
    let prev: PdfItem | undefined;
    for (const it of row) {
      const gap = prev ? (rtl ? prev.x - (it.x + it.width) : it.x - (prev.x + prev.width)) : 0;
      const em = Math.max(it.size, prev?.size ?? 0);
      if (prev && gap > COLUMN_GAP_EM * em) flush();
      if (!cur) cur = { items: [], text: '' };
      else if (gap > 0.15 * em && !/\s$/.test(cur.text) && !/^\s/.test(it.str)) cur.text += ' ';
      cur.items.push(it);
      cur.text += it.str;
      prev = it;
    }
    flush();
  }
  return out;
}

const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const key = (t: string) => t.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/**
 * Drops running headers and footers: a line in the top or bottom margin band whose text
 * (digits folded, so "Page 3" matches "Page 4") recurs in that band on many pages; and any
 * lone page number in those bands.
 */
function dropRunningText(pages: Seg[][], geometry: readonly PdfPage[]): Seg[][] {
  const edge = new Set<Seg>();
  for (const segs of pages) {
    const ys = [...new Set(segs.map((s) => s.y))].sort((a, b) => b - a);
    const top = new Set(ys.slice(0, EDGE_LINES));
    const bottom = new Set(ys.slice(-EDGE_LINES));
    for (const s of segs) if (top.has(s.y) || bottom.has(s.y)) edge.add(s);
  }
  const band = (s: Seg) => {
    const h = geometry[s.page]!.height;
    if (!edge.has(s)) return undefined;
    return s.y > h * (1 - MARGIN_BAND) ? 'top' : s.y < h * MARGIN_BAND ? 'bottom' : undefined;
  };
  const seen = new Map<string, Set<number>>();
  for (const segs of pages) {
    for (const s of segs) {
      const b = band(s);
      if (!b) continue;
      const k = b + '\u0000' + key(s.text);
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(s.page);
    }
  }
  // Alternating headers (book title on even pages, chapter on odd) recur on ~half the pages.
  const needed = Math.max(2, Math.ceil(0.4 * pages.length));
  return pages.map((segs) =>
    segs.filter((s) => {
      const b = band(s);
      if (!b) return true;
      if (PAGE_NUMBER.test(s.text)) return false;
      return pages.length < 2 || seen.get(b + '\u0000' + key(s.text))!.size < needed;
    }),
  );
}

/** A vertical gutter: an x where few lines cross, with lines side by side on both sides. */
function findGutter(segs: readonly Seg[]): number | undefined {
  if (segs.length < 6) return undefined;
  const minX = Math.min(...segs.map((s) => s.x0));
  const maxX = Math.max(...segs.map((s) => s.x1));
  const width = maxX - minX;
  const narrow = segs.filter((s) => s.x1 - s.x0 < 0.6 * width);
  if (narrow.length < 6) return undefined;
  let best: { x: number; crossing: number } | undefined;
  // Candidate gutters just beside line edges, rounded to whole units so a dense page costs
  // at most a page-width's worth of candidates.
  const candidates = new Set(narrow.flatMap((s) => [Math.round(s.x1 + 1), Math.round(s.x0 - 1)]).filter((x) => x > minX + 0.2 * width && x < maxX - 0.2 * width));
  for (const x of candidates) {
    const crossing = segs.filter((s) => s.x0 < x && s.x1 > x).length;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best || best.crossing > 0.15 * segs.length) return undefined;
  const left = narrow.filter((s) => s.x1 <= best!.x);
  const right = narrow.filter((s) => s.x0 >= best!.x);
  if (left.length < 3 || right.length < 3) return undefined;
  // Side by side, not one above the other: the two sides must share most of their height.
  const span = (ss: Seg[]) => [Math.min(...ss.map((s) => s.y)), Math.max(...ss.map((s) => s.y))] as const;
  const [l0, l1] = span(left);
  const [r0, r1] = span(right);
  const overlap = Math.min(l1, r1) - Math.max(l0, r0);
  return overlap > 0.3 * Math.min(l1 - l0, r1 - r0) ? best.x : undefined;
}

/**
 * Reading order of one page: top to bottom, except that between lines spanning a gutter
 * (titles, full-width captions) the left column is read before the right; each column may
 * split again (three columns). Each run of lines read together is one flow.
 */
function order(segs: Seg[], depth = 0): Seg[][] {
  const byY = [...segs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const gutter = depth < 2 ? findGutter(segs) : undefined;
  if (gutter === undefined) return byY.length ? [byY] : [];
  const flows: Seg[][] = [];
  let band: Seg[] = [];
  const closeBand = () => {
    const left = band.filter((s) => s.x1 <= gutter);
    const right = band.filter((s) => s.x1 > gutter);
    flows.push(...order(left, depth + 1), ...order(right, depth + 1));
    band = [];
  };
  for (const s of byY) {
    if (s.x0 < gutter && s.x1 > gutter) {
      closeBand();
      flows.push([s]);
    } else band.push(s);
  }
  closeBand();
  return flows;
}

/** All pages' lines in reading order, headers and footers removed. */
export function readingOrder(pages: readonly PdfPage[]): Line[] {
  const kept = dropRunningText(
    pages.map((p, i) => segments(p, i)),
    pages,
  );
  const flows = kept.map((segs) => order(segs));
  // A flow of a line or two says little about its column's width; lend it the usual one.
  const widths = flows.flat().filter((f) => f.length >= 3).map((f) => Math.max(...f.map((s) => s.x1)) - Math.min(...f.map((s) => s.x0)));
  const usual = median(widths);
  const lines: Line[] = [];
  flows.forEach((pageFlows) => {
    pageFlows.forEach((flow, f) => {
      // The column's edges: where its lines start and the furthest any line ends.
      const left = Math.min(...flow.map((s) => s.x0));
      const right = Math.max(...flow.map((s) => s.x1), flow.length < 3 ? left + usual : 0);
      for (const s of flow) lines.push({ ...s, left, right, flow: f });
    });
  });
  return lines;
}
