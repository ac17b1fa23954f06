import { frameAllowance, MIN_HEIGHT } from './element/reserve.js';

/** How much shorter than its element a chart may come out of its first draw and be kept (see fitChart). */
export const SHORT_BY = 16;

/**
 * Draws a chart so that the whole of it (title, summary, drawing, legend …) takes `target` px: draws its drawing
 * at `target` less the frame's height (as last measured, else estimated), measures, and draws once more with the
 * difference when the frame came out taller, or more than `SHORT_BY` px shorter. `draw(height)` draws
 * synchronously and returns the height the whole chart took. Both draws happen in one task, before the browser
 * paints, so the reader never sees the first. `view` picks the first estimate (the network's legend is longer).
 * Returns the frame's measured height, for the next call. The drawing is never below 120 px (a chart whose frame
 * needs more room than the element has grows instead).
 */
export function fitChart(
  target: number,
  frame: number | undefined,
  width: number,
  draw: (height: number) => number,
  view = 'map',
): number {
  const first = firstDrawHeight(target, frame, width, view);
  const took = draw(first);
  const second = secondDrawHeight(target, first, took);
  if (second !== undefined) draw(second);
  return took - first;
}

/** The drawing's height of a chart's first draw in `target` px: the frame as last measured, else estimated. */
export function firstDrawHeight(target: number, frame: number | undefined, width: number, view = 'map'): number {
  return Math.max(MIN_HEIGHT, target - (frame ?? frameAllowance(width, view)));
}

/**
 * The drawing's height of a second draw, after a first draw at `first` px took `took` px in all; undefined when the
 * first is kept (see fitChart).
 */
export function secondDrawHeight(target: number, first: number, took: number): number | undefined {
  // A chart up to SHORT_BY px shorter than its element keeps the first draw (a strip of background under its legend):
  // a second draw of the interactive map costs ~200 ms on a slow phone. Taller would push the page down: drawn again.
  const short = target - took;
  if ((short > -1 && short <= SHORT_BY) || (first === MIN_HEIGHT && took > target)) return undefined;
  const second = Math.max(MIN_HEIGHT, target - (took - first));
  return second === first ? undefined : second;
}
