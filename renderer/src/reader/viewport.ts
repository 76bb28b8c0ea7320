// Where the reader is looking. Chunks off screen have estimated heights until the browser lays
// them out (content-visibility), so positions move as one scrolls: reveals and jumps to the
// end check again once the chunks around the target have rendered. The chunk observer tells
// the reader which chunks are near the screen, so only those get their highlights drawn.

import type { EditorView } from '@tiptap/pm/view';

/** Call `frames` animation frames from now (two: after the next layout and paint). */
function later(fn: () => void, set: (id: number) => void, frames = 2): void {
  set(requestAnimationFrame(() => (frames > 1 ? later(fn, set, frames - 1) : fn())));
}

/**
 * Scroll a document position to the middle of the reader, correcting the scroll while the
 * chunks around it are laid out and change size. Returns a cancel function.
 */
export function revealPosition(view: EditorView, scroller: HTMLElement, pos: number): () => void {
  jumps.set(scroller, (jumps.get(scroller) ?? 0) + 1);
  const target = () => {
    const { node } = view.domAtPos(pos);
    return node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
  };
  target()?.scrollIntoView({ block: 'center' });
  let frame = 0;
  let tries = 0;
  const check = () => {
    const el = target();
    if (!el) return;
    const r = el.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    if ((r.top >= box.top && r.bottom <= box.bottom) || tries++ >= 5) return;
    el.scrollIntoView({ block: 'center' });
    later(check, (id) => (frame = id));
  };
  later(check, (id) => (frame = id));
  return () => cancelAnimationFrame(frame);
}

/** The jump to an edge in progress in each scroller: a new one (or a reveal) ends it. */
const jumps = new WeakMap<HTMLElement, number>();

/** Scroll to the very top or bottom, following the bottom as the last chunks find their height. */
export function scrollToEdge(scroller: HTMLElement, to: 'start' | 'end'): void {
  const job = (jumps.get(scroller) ?? 0) + 1;
  jumps.set(scroller, job);
  if (to === 'start') {
    scroller.scrollTop = 0;
    return;
  }
  let tries = 0;
  const step = () => {
    if (jumps.get(scroller) !== job) return;
    const before = scroller.scrollHeight;
    scroller.scrollTop = before;
    if (tries++ < 10) later(() => (scroller.scrollHeight !== before || scroller.scrollTop + scroller.clientHeight < before - 1 ? step() : undefined), () => {});
  };
  step();
}

/**
 * Report the chunks (by index among the editor's top-level children) that come within one
 * screen of the visible part of the reader. Returns a function that stops observing.
 */
export function observeChunks(view: EditorView, scroller: HTMLElement, onNear: (chunks: number[]) => void): () => void {
  const index = new Map<Element, number>();
  const observer = new IntersectionObserver(
    (entries) => {
      const near = entries.filter((e) => e.isIntersecting).map((e) => index.get(e.target)!);
      if (near.length) onNear(near);
    },
    { root: scroller, rootMargin: '100% 0px' },
  );
  // Every top-level node is a chunk, so the n-th chunk element is chunk n.
  for (const el of view.dom.children) {
    if (!el.classList.contains('chunk')) continue;
    index.set(el, index.size);
    observer.observe(el);
  }
  return () => observer.disconnect();
}
