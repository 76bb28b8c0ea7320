// What a click or a drag on the reader's highlights means. Pure (table-tested); pointer.ts
// wires it to ProseMirror's events.

/** The annotation a click selects: the one after the selected one among those under the pointer. */
export function nextAtClick(ids: readonly string[], selectedId: string | null): string | null {
  if (!ids.length) return null;
  const i = selectedId ? ids.indexOf(selectedId) : -1;
  return ids[(i + 1) % ids.length]!;
}

/** A dragged end at code point `cp`: the span it leaves, never empty, the other end fixed. */
export function dragEdge(edge: 'start' | 'end', span: { start: number; end: number }, cp: number): { start: number; end: number } {
  return edge === 'start' ? { start: Math.min(cp, span.end - 1), end: span.end } : { start: span.start, end: Math.max(cp, span.start + 1) };
}
