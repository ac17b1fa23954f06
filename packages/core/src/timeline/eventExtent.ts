import type { TimelineEvent } from '@parklinks/data';
import { r1 as round } from '../shared/r1.js';

/** How a date of a given precision is drawn: a day is a point, a month a short bar, a year a band. */
export type MarkShape = 'point' | 'bar' | 'band';

/** Horizontal (or, in the vertical timeline, vertical) extent of one mark, in px; `a0 <= a1`. */
export type MarkExtent = { shape: MarkShape; a0: number; a1: number; center: number };

const HALF_DAY = 43_200_000;

/** Shape for a date precision; undated events have none (they go to the "date unknown" tray). */
export function shapeOf(precision: TimelineEvent['precision']): MarkShape | null {
  return precision === 'day' ? 'point' : precision === 'month' ? 'bar' : precision === 'year' ? 'band' : null;
}

/**
 * Where a dated event sits on a time axis `scale` (ms → px, either direction, so a mirrored RTL
 * scale works): a point of `pointSize` centred on the day; a bar or band from the first to the
 * last millisecond of its month or year, never narrower than `minSize`. Null for undated events.
 */
export function eventExtent(
  event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>,
  scale: (ms: number) => number,
  pointSize = 8,
  minSize = 3,
): MarkExtent | null {
  const shape = shapeOf(event.precision);
  if (!shape || event.start === null || event.end === null) return null;
  if (shape === 'point') {
    const c = scale(event.start + HALF_DAY);
    return { shape, a0: round(c - pointSize / 2), a1: round(c + pointSize / 2), center: round(c) };
  }
  const p = scale(event.start);
  const q = scale(event.end + 1);
  let a0 = Math.min(p, q);
  let a1 = Math.max(p, q);
  const center = (a0 + a1) / 2;
  if (a1 - a0 < minSize) {
    a0 = center - minSize / 2;
    a1 = center + minSize / 2;
  }
  return { shape, a0: round(a0), a1: round(a1), center: round(center) };
}
