// Where the floating tag bar goes over a selection. Pure (screen boxes in, a position out).

interface Rect {
  top: number;
  bottom: number;
  left: number;
}
const BAR_HEIGHT = 48;
const BAR_WIDTH = 330;

/**
 * Where the bar goes (inside the scroller's content): above the selection, else below it,
 * and always within the visible part, so a selection taller than the screen still shows it.
 * `a` and `b` are the screen boxes of the selection's ends; on one line (right-to-left text
 * puts the start on the right) the bar starts at the left end.
 */
export function barPlacement(a: Rect, b: Rect, scroller: { getBoundingClientRect(): { top: number; left: number; width: number }; scrollTop: number; clientHeight: number }): { top: number; left: number } {
  const box = scroller.getBoundingClientRect();
  const y = (v: number) => v - box.top + scroller.scrollTop;
  let top = y(Math.min(a.top, b.top)) - BAR_HEIGHT;
  if (top < scroller.scrollTop) top = y(Math.max(a.bottom, b.bottom)) + 8;
  top = Math.max(scroller.scrollTop + 8, Math.min(top, scroller.scrollTop + scroller.clientHeight - BAR_HEIGHT));
  const x = Math.abs(a.top - b.top) < 4 ? Math.min(a.left, b.left) : a.left;
  const left = Math.min(Math.max(x - box.left, 8), box.width - BAR_WIDTH);
  return { top, left };
}
