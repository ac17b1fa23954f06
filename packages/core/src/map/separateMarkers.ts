/** What separation needs of a marker: centre and radius in px. */
export type Disc = { x: number; y: number; r: number };

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/**
 * Pushes overlapping discs apart (larger ones move less) until none overlaps by more than a
 * fraction of a pixel or `iterations` run out, like a Dorling cartogram. Deterministic: the same
 * input gives the same output. Returns new positions in input order; callers draw a leader line
 * from a moved marker to where it belongs. A disc at a non-finite position stays where it is.
 */
export function separateMarkers(discs: readonly Disc[], { gap = 1.5, iterations = 60 } = {}): [number, number][] {
  const x = discs.map((d) => d.x);
  const y = discs.map((d) => d.y);
  const r = discs.map((d) => d.r);
  const cell = 2 * Math.max(1, ...r) + gap;
  for (let it = 0; it < iterations; it++) {
    const grid = new Map<string, number[]>();
    for (let i = 0; i < discs.length; i++) {
      const key = `${Math.floor((x[i] as number) / cell)},${Math.floor((y[i] as number) / cell)}`;
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    }
    let worst = 0;
    for (let i = 0; i < discs.length; i++) {
      const [xi, yi, ri] = [x[i] as number, y[i] as number, r[i] as number];
      const cx = Math.floor(xi / cell);
      const cy = Math.floor(yi / cell);
      // A disc at infinity (or NaN) has no neighbours, and `gx++` never leaves an infinite cell.
      if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
      for (let gx = cx - 1; gx <= cx + 1; gx++)
        for (let gy = cy - 1; gy <= cy + 1; gy++)
          for (const j of grid.get(`${gx},${gy}`) ?? []) {
            if (j <= i) continue;
            const rj = r[j] as number;
            let dx = (x[j] as number) - (x[i] as number);
            let dy = (y[j] as number) - (y[i] as number);
            let d = Math.hypot(dx, dy);
            const overlap = ri + rj + gap - d;
            if (overlap <= 0) continue;
            if (d < 1e-6) {
              // Same spot: part along a direction fixed by the pair, so the result is deterministic.
              const a = (i * 7 + j) * GOLDEN;
              [dx, dy, d] = [Math.cos(a), Math.sin(a), 1];
            }
            const wi = (rj * rj) / (ri * ri + rj * rj);
            const push = Math.min(overlap, 4) / d;
            x[i] = (x[i] as number) - dx * push * wi;
            y[i] = (y[i] as number) - dy * push * wi;
            x[j] = (x[j] as number) + dx * push * (1 - wi);
            y[j] = (y[j] as number) + dy * push * (1 - wi);
            worst = Math.max(worst, overlap);
          }
    }
    if (worst < 0.5) break;
  }
  return discs.map((_, i) => [Math.round((x[i] as number) * 10) / 10, Math.round((y[i] as number) * 10) / 10]);
}
