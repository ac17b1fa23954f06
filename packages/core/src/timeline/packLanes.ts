/** One interval to pack: its lane and its extent along the time axis (any unit, `a0 <= a1`). */
export type PackItem = { lane: string; a0: number; a1: number };

/** Row of each item (same order as the input) and the number of rows each lane needs. */
export type PackResult = { row: number[]; rows: Map<string, number> };

/** Intervals as columns: item i is `lane[i]`, from `a0[i]` to `a1[i]` (no object per item). */
export type PackColumns = { lane: readonly string[]; a0: ArrayLike<number>; a1: ArrayLike<number> };

/**
 * Assigns each item the first sub-row of its lane where it keeps at least `gap` from every other
 * item, taking items by start. On intervals this greedy order uses the fewest rows possible, and
 * no two items of one row overlap. Ties are broken by input order, so the result is deterministic.
 */
export function packLanes(items: readonly PackItem[], gap = 2): PackResult {
  return packColumns(
    {
      lane: items.map((it) => it.lane),
      a0: items.map((it) => it.a0),
      a1: items.map((it) => it.a1),
    },
    gap,
  );
}

/** `packLanes` on columns. */
export function packColumns({ lane, a0, a1 }: PackColumns, gap = 2): PackResult {
  // Lanes are packed independently: bucket by lane, then sort each bucket by start (numbers only).
  const byLane = new Map<string, number[]>();
  for (let i = 0; i < lane.length; i++) {
    const list = byLane.get(lane[i]!);
    if (list) list.push(i);
    else byLane.set(lane[i]!, [i]);
  }
  const before = (i: number, j: number) => a0[i]! - a0[j]! || a1[i]! - a1[j]! || i - j;
  const row = new Array<number>(lane.length).fill(0);
  const rows = new Map<string, number>();
  for (const [key, order] of [...byLane].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Items usually come in time order already: sort only when they do not.
    let sorted = true;
    for (let k = 1; k < order.length && sorted; k++) sorted = before(order[k - 1]!, order[k]!) < 0;
    if (!sorted) order.sort(before);
    const laneEnds: number[] = [];
    for (const i of order) {
      let r = 0;
      while (r < laneEnds.length && laneEnds[r]! + gap > a0[i]!) r += 1;
      laneEnds[r] = a1[i]!;
      row[i] = r;
    }
    rows.set(key, laneEnds.length);
  }
  return { row, rows };
}
