// Tagging from the reader: the selection is dropped in the transaction that draws its
// highlight, when it comes (each transaction that moves the browser's selection makes it lay
// the page out again); while one annotation is on its way, tag keys wait (one key, one
// annotation). Saved but not drawn (its tag is hidden): dropped once the app has drawn what
// changed. Not saved: kept, to try again.

import type { Selection } from '@tiptap/pm/state';

export interface TagFlow {
  /** The tagged selection, still to drop. */
  pending: { from: number; to: number } | null;
  busy: boolean;
}

export const newTagFlow = (): TagFlow => ({ pending: null, busy: false });

/** Where to put the caret when the highlight is drawn now (null: leave the selection be). */
export function dropWithHighlight(flow: TagFlow, sel: Selection): number | null {
  const p = flow.pending;
  flow.pending = null;
  return p && sel.from === p.from && sel.to === p.to ? p.to : null;
}

/** Save the selection as an annotation; `drop` puts the caret at its end when that is still due. */
export function tagThenDrop(flow: TagFlow, sel: () => Selection, save: () => Promise<unknown> | void, drop: (at: number) => void): void {
  if (flow.busy) return;
  const { from, to } = sel();
  flow.pending = { from, to };
  flow.busy = true;
  void Promise.resolve(save()).then((made) =>
    // After the app has drawn what the saved annotation changed.
    setTimeout(() => {
      flow.busy = false;
      const at = dropWithHighlight(flow, sel());
      if (made && at !== null) drop(at);
    }),
  );
}
