import { cellPairs, clampToBox, gridOf, gridScratch, type RepelNode } from './forceRepel.js';

/**
 * Pushes overlapping discs apart (positions only, smaller discs move more) until none overlap
 * or `rounds` is reached, keeping each inside the box inset by `inset`. Runs after the
 * simulation so no node ends up hidden under another whenever the box has room.
 */
export function separate(
  nodes: RepelNode[],
  padding: number,
  box: { width: number; height: number; inset: number },
  rounds = 30,
): number {
  const n = nodes.length;
  let maxR = 0;
  for (const d of nodes) if (d.r > maxR) maxR = d.r;
  const cutoff = 2 * maxR + padding;
  // Positions in typed arrays during a round, with the same operations in the same order as on the nodes.
  const r = Float64Array.from(nodes, (d) => d.r);
  const fixed = Uint8Array.from(nodes, (d) => (d.fx != null ? 1 : 0));
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  let overlaps = 0;
  const scratch = gridScratch();
  for (let round = 0; round < rounds; round++) {
    overlaps = 0;
    for (let i = 0; i < n; i++) {
      px[i] = nodes[i]!.x ?? 0;
      py[i] = nodes[i]!.y ?? 0;
    }
    const g = n >= 2 ? gridOf(nodes, cutoff, scratch) : null;
    const c2 = cutoff * cutoff;
    const pairs = g ? cellPairs(g, scratch) : new Int32Array(0);
    const items = g?.items ?? new Int32Array(0);
    const xs = g?.xs ?? new Float64Array(0);
    const ys = g?.ys ?? new Float64Array(0);
    for (let p = 0; p < pairs.length; p += 4) {
      const a0 = pairs[p]!;
      const a1 = pairs[p + 1]!;
      const b0 = pairs[p + 2]!;
      const b1 = pairs[p + 3]!;
      const same = a0 === b0;
      for (let a = a0; a < a1; a++) {
        const ax = xs[a]!;
        const ay = ys[a]!;
        for (let b = same ? a + 1 : b0; b < b1; b++) {
          let dx = xs[b]! - ax;
          let dy = ys[b]! - ay;
          let d2 = dx * dx + dy * dy;
          if (d2 >= c2) continue;
          let i = items[a]!;
          let j = items[b]!;
          if (i > j) {
            const t = i;
            i = j;
            j = t;
            dx = -dx;
            dy = -dy;
          }
          const rr = r[i]! + r[j]! + padding;
          if (d2 >= rr * rr) continue;
          overlaps++;
          if (d2 === 0) {
            // Coincident: split along a fixed direction chosen by index parity (no randomness needed).
            dx = (i + j) % 2 ? 1e-3 : 0;
            dy = (i + j) % 2 ? 0 : 1e-3;
            d2 = 1e-6;
          }
          const d = Math.sqrt(d2);
          const push = (rr - d) / d;
          const iFixed = fixed[i] === 1;
          const jFixed = fixed[j] === 1;
          if (iFixed && jFixed) continue;
          const ri = r[i]!;
          const rj = r[j]!;
          const share = iFixed ? 0 : jFixed ? 1 : (rj * rj) / (ri * ri + rj * rj);
          px[i] = px[i]! - dx * push * share;
          py[i] = py[i]! - dy * push * share;
          px[j] = px[j]! + dx * push * (1 - share);
          py[j] = py[j]! + dy * push * (1 - share);
        }
      }
    }
    for (let i = 0; i < n; i++) {
      const d = nodes[i]!;
      d.x = px[i]!;
      d.y = py[i]!;
      clampToBox(d, box);
    }
    if (overlaps === 0) break;
  }
  return overlaps;
}
