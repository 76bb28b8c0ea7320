// The page an offset falls on, for documents that keep where each page starts (PDFs): the
// exports name the page of every annotation. Pages without text start where the next page
// does, so an offset belongs to the last page that starts at or before it.

/** The 1-based page holding the code point at `offset`, or null for an unpaged document. */
export function pageAt(pageStarts: readonly number[] | null | undefined, offset: number): number | null {
  if (!pageStarts?.length) return null;
  let lo = 0;
  let hi = pageStarts.length - 1;
  if (offset < pageStarts[0]!) return 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
