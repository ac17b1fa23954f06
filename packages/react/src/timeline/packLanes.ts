/** One interval to pack: its lane and its extent along the time axis (any unit, `a0 <= a1`). */
export type PackItem = { lane: string; a0: number; a1: number };

/** Row of each item (same order as the input) and the number of rows each lane needs. */
export type PackResult = { row: number[]; rows: Map<string, number> };

/**
 * Assigns each item the first sub-row of its lane where it keeps at least `gap` from every other
 * item, taking items by start. On intervals this greedy order uses the fewest rows possible, and
 * no two items of one row overlap. Ties are broken by input order, so the result is deterministic.
 */
export function packLanes(items: readonly PackItem[], gap = 2): PackResult {
  const order = items.map((_, i) => i);
  order.sort((i, j) => {
    const a = items[i]!;
    const b = items[j]!;
    return a.lane < b.lane ? -1 : a.lane > b.lane ? 1 : a.a0 - b.a0 || a.a1 - b.a1 || i - j;
  });
  const row = new Array<number>(items.length).fill(0);
  const ends = new Map<string, number[]>();
  for (const i of order) {
    const it = items[i]!;
    const laneEnds = ends.get(it.lane) ?? [];
    ends.set(it.lane, laneEnds);
    let r = 0;
    while (r < laneEnds.length && laneEnds[r]! + gap > it.a0) r += 1;
    laneEnds[r] = it.a1;
    row[i] = r;
  }
  const rows = new Map<string, number>();
  for (const [lane, laneEnds] of ends) rows.set(lane, laneEnds.length);
  return { row, rows };
}
