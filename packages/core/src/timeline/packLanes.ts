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
  // Lanes are packed independently: bucket by lane, then sort each bucket by start (numbers only).
  const byLane = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const lane = items[i]!.lane;
    const list = byLane.get(lane);
    if (list) list.push(i);
    else byLane.set(lane, [i]);
  }
  const row = new Array<number>(items.length).fill(0);
  const rows = new Map<string, number>();
  for (const [lane, order] of [...byLane].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    order.sort((i, j) => {
      const a = items[i]!;
      const b = items[j]!;
      return a.a0 - b.a0 || a.a1 - b.a1 || i - j;
    });
    const laneEnds: number[] = [];
    for (const i of order) {
      const it = items[i]!;
      let r = 0;
      while (r < laneEnds.length && laneEnds[r]! + gap > it.a0) r += 1;
      laneEnds[r] = it.a1;
      row[i] = r;
    }
    rows.set(lane, laneEnds.length);
  }
  return { row, rows };
}
