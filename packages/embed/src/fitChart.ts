import { frameAllowance, MIN_HEIGHT } from './element/reserve.js';

/**
 * Draws a chart so that the whole of it (title, summary, drawing, legend …) takes `target` px: draws its drawing
 * at `target` less the frame's height (as last measured, else estimated), measures, and draws once more with the
 * difference when the frame came out taller or shorter. `draw(height)` draws synchronously and returns the height
 * the whole chart took. Both draws happen in one task, before the browser paints, so the reader never sees the
 * first. `view` picks the first estimate (the network's legend is longer). Returns the frame's measured height, for
 * the next call. The drawing is never below 120 px (a chart whose
 * frame needs more room than the element has grows instead).
 */
export function fitChart(
  target: number,
  frame: number | undefined,
  width: number,
  draw: (height: number) => number,
  view = 'map',
): number {
  const guess = frame ?? frameAllowance(width, view);
  const first = Math.max(MIN_HEIGHT, target - guess);
  const took = draw(first);
  const measured = took - first;
  if (Math.abs(took - target) < 1 || (first === MIN_HEIGHT && took > target)) return measured;
  const second = Math.max(MIN_HEIGHT, target - measured);
  if (second !== first) draw(second);
  return measured;
}
