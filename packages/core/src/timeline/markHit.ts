import type { LaidMark, LaneLayout } from './layoutLanes.js';

/** The marks of each row (tops sorted), each row's marks sorted by start: built once per layout. */
type RowIndex = { tops: Float64Array; rows: LaidMark[][] };
const rowIndex = new WeakMap<LaneLayout, RowIndex>();

function indexRows(layout: LaneLayout): RowIndex {
  let idx = rowIndex.get(layout);
  if (idx) return idx;
  const byTop = new Map<number, LaidMark[]>();
  for (const m of layout.marks) {
    const row = byTop.get(m.y);
    if (row) row.push(m);
    else byTop.set(m.y, [m]);
  }
  const tops = Float64Array.from(byTop.keys()).sort();
  const rows = Array.from(tops, (t) => (byTop.get(t) as LaidMark[]).sort((a, b) => a.a0 - b.a0));
  idx = { tops, rows };
  rowIndex.set(layout, idx);
  return idx;
}

/** Index of the last value ≤ v in a sorted array (−1 when none). */
function lastAtMost(n: number, at: (i: number) => number, v: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The mark under a point of the lanes (x from the plot's left edge, y from the lanes' top), or null: the mark
 * whose row holds `y` and whose extent, widened by `slop` px on each side, holds `x` (the nearest centre when
 * several do). What a pointer hits where the marks are drawn on a canvas, without an element per mark; the
 * rows are indexed on the first call for a layout (a binary search for the row, then for the mark).
 */
export function markAt(layout: LaneLayout, x: number, y: number, slop = 1.5): LaidMark | null {
  const { tops, rows } = indexRows(layout);
  const r = lastAtMost(tops.length, (i) => tops[i] as number, y);
  const row = rows[r];
  if (!row || y >= (tops[r] as number) + (row[0]?.h ?? 0)) return null;
  // Marks in a row do not overlap: the candidates start at most `slop` after x and end at least `slop` before it.
  const last = lastAtMost(row.length, (i) => (row[i] as LaidMark).a0, x + slop);
  let best: LaidMark | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (let i = last; i >= 0; i--) {
    const m = row[i] as LaidMark;
    if (m.a1 + slop < x) break;
    const d = Math.abs(m.center - x);
    if (d < bestD) [best, bestD] = [m, d];
  }
  return best;
}
