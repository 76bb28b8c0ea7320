// Stage 4's placing of annotations on a corrected text (a document matched by address or
// title whose text differs): each incoming document's annotations together, in one pass
// along the text (anchoring/batch.ts), rather than a search of the whole text per quote.

import { anchorAll } from '../../anchoring/batch';
import type { Anchor } from '../../anchoring/anchor';
import type { IncomingAnnotation } from '../read';
import type { MergeContext } from './plan';

/** The placement of each incoming annotation bound for a corrected text (others: undefined). */
export function reanchored(ctx: MergeContext): (inc: IncomingAnnotation) => Anchor | undefined {
  const byRef = new Map<string, IncomingAnnotation[]>();
  for (const inc of ctx.incoming.annotations) {
    const target = ctx.docMap.get(inc.documentRef);
    // Without a quote there is nothing to look for: the stage refuses it in its place.
    if (!target || target.sameText || !inc.exact) continue;
    let list = byRef.get(inc.documentRef);
    if (!list) byRef.set(inc.documentRef, (list = []));
    list.push(inc);
  }
  const placed = new Map<IncomingAnnotation, Anchor>();
  for (const [ref, list] of byRef) {
    const anchors = anchorAll(ctx.index(ctx.docMap.get(ref)!.id), list);
    list.forEach((inc, i) => placed.set(inc, anchors[i]!));
  }
  return (inc) => placed.get(inc);
}
