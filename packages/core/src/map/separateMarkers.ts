import { CellGrid } from './cellGrid.js';

/** What separation needs of a marker: centre and radius in px. */
export type Disc = { x: number; y: number; r: number };

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/**
 * Pushes overlapping discs apart (larger ones move less) until none overlaps by more than a
 * fraction of a pixel, `iterations` run out, or `work` comparisons of neighbouring discs per disc have
 * been made (dense clumps cost the square of their size per iteration: 2,000 parks in 59 countries took
 * ~250 ms for 60 iterations, 10,000 several seconds), like a Dorling cartogram. Deterministic: the same
 * input gives the same output. Returns new positions in input order; callers draw a leader line
 * from a moved marker to where it belongs. A disc at a non-finite position stays where it is, and so does a
 * disc marked in `fixed` (by position): the others are pushed away from it (a neighbourhood separated again
 * inside the markers around it).
 */
export function separateMarkers(
  discs: readonly Disc[],
  {
    gap = 1.5,
    iterations = 60,
    work = 500,
    fixed,
  }: { gap?: number; iterations?: number; work?: number; fixed?: ArrayLike<boolean> } = {},
): [number, number][] {
  const n = discs.length;
  const x = Float64Array.from(discs, (d) => d.x);
  const y = Float64Array.from(discs, (d) => d.y);
  const r = Float64Array.from(discs, (d) => d.r);
  const cell = 2 * Math.max(1, ...r) + gap;
  const cx = new Float64Array(n);
  const cy = new Float64Array(n);
  const grid = new CellGrid(n);
  // Neighbour comparisons left: `relax` keeps the count as it goes.
  const left = new Float64Array([work * n]);
  for (let it = 0; it < iterations; it++) if (relax(x, y, r, cx, cy, cell, gap, fixed, grid, left) < 0.5) break; // settled, or out of budget (-1)
  return discs.map((_, i) => [Math.round((x[i] as number) * 10) / 10, Math.round((y[i] as number) * 10) / 10]);
}

/**
 * One pass over every disc: returns the worst overlap it met, or -1 when the budget in `left` ran out (the disc
 * being moved is written back first). A function of its own so that V8 optimises the pass alone: inlined in the loop
 * over passes, the optimised loop met code it had never run (the test after a pass) and was thrown away at the end
 * of the first pass, then compiled again (2,000 discs in a fresh process: 52–64 ms).
 */
function relax(
  x: Float64Array,
  y: Float64Array,
  r: Float64Array,
  cx: Float64Array,
  cy: Float64Array,
  cell: number,
  gap: number,
  fixed: ArrayLike<boolean> | undefined,
  grid: CellGrid,
  left: Float64Array,
): number {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    cx[i] = Math.floor((x[i] as number) / cell);
    cy[i] = Math.floor((y[i] as number) / cell);
  }
  grid.fill(cx, cy);
  let worst = 0;
  let budget = left[0] as number;
  for (let i = 0; i < n; i++) {
    const ci = cx[i] as number;
    const cj = cy[i] as number;
    // A disc at infinity (or NaN) has no neighbours, and `gx++` never leaves an infinite cell.
    if (!Number.isFinite(ci) || !Number.isFinite(cj)) continue;
    const ri = r[i] as number;
    const fi = fixed?.[i] === true;
    // Disc i's position in locals while its neighbours are visited (only this loop moves it), written back after.
    let xi = x[i] as number;
    let yi = y[i] as number;
    for (let gx = ci - 1; gx <= ci + 1; gx++)
      for (let gy = cj - 1; gy <= cj + 1; gy++) {
        grid.range(gx, gy);
        const { from, to } = grid;
        budget -= to - from;
        // Kept as it goes: a store after the loop would be code the optimised loop has not run.
        left[0] = budget;
        if (budget < 0) {
          x[i] = xi;
          y[i] = yi;
          return -1;
        }
        for (let k = from; k < to; k++) {
          const j = grid.items[k] as number;
          if (j <= i) continue;
          const fj = fixed?.[j] === true;
          if (fi && fj) continue;
          const rj = r[j] as number;
          let dx = (x[j] as number) - xi;
          let dy = (y[j] as number) - yi;
          let d = Math.sqrt(dx * dx + dy * dy);
          const overlap = ri + rj + gap - d;
          if (overlap <= 0) continue;
          if (d < 1e-6) {
            // Same spot: part along a direction fixed by the pair, so the result is deterministic.
            const a = (i * 7 + j) * GOLDEN;
            dx = Math.cos(a);
            dy = Math.sin(a);
            d = 1;
          }
          // Share of the push disc i takes: less the larger it is; none when fixed, all when j is.
          const wi = fi ? 0 : fj ? 1 : (rj * rj) / (ri * ri + rj * rj);
          const push = Math.min(overlap, 4) / d;
          xi -= dx * push * wi;
          yi -= dy * push * wi;
          x[j] = (x[j] as number) + dx * push * (1 - wi);
          y[j] = (y[j] as number) + dy * push * (1 - wi);
          if (overlap > worst) worst = overlap;
        }
      }
    x[i] = xi;
    y[i] = yi;
  }
  return worst;
}
