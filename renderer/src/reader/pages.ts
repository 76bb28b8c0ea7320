// Page numbers of a PDF in the reader's margin: "p. N" beside the block in which page N
// starts (a page may start mid-paragraph; the block holding that offset is marked). A
// handful of node decorations per document, so they are drawn all at once.

import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { TextMap } from './docmap';

/** The margin labels: block position → pages starting in it ("p. 4", or "pp. 4–5" for several). */
export function pageLabels(map: TextMap, pageStarts: readonly number[]): Map<number, string> {
  const pages = new Map<number, number[]>();
  pageStarts.forEach((cp, i) => {
    if (!Number.isInteger(cp) || cp < 0 || cp > map.cp.length) return;
    const at = map.blockStartAt(map.cp.toUtf16(cp));
    pages.set(at, [...(pages.get(at) ?? []), i + 1]);
  });
  const labels = new Map<number, string>();
  for (const [at, ns] of pages) labels.set(at, ns.length === 1 ? `p. ${ns[0]}` : `pp. ${ns[0]}–${ns[ns.length - 1]}`);
  return labels;
}

export function pageDecorations(doc: PMNode, map: TextMap, pageStarts: readonly number[] | null): DecorationSet {
  if (!pageStarts?.length) return DecorationSet.empty;
  const decos: Decoration[] = [];
  for (const [at, label] of pageLabels(map, pageStarts)) {
    const node = doc.nodeAt(at);
    if (!node) continue;
    decos.push(Decoration.node(at, at + node.nodeSize, { class: 'page-start', 'data-page': label }));
  }
  return DecorationSet.create(doc, decos);
}
